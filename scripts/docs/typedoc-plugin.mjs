// A local typedoc plugin for the massage-plan docs site (loaded from typedoc.json).
//
// 1. The API grouped by purpose. src/index.ts exports in commented sections
//    (`// Intake: schema, parsing, errors`, `// Engine`, ...); every export
//    is put in the group its section names (the words before a colon), so
//    the sidebar lists Intake, Engine, Catalogue, Export ... instead of one
//    flat list by kind, and no source file needs a tag. Two refinements:
//    the fixed vocabularies (ids of conditions, regions, ...) get a group of
//    their own, and "Interoperability" is called "Export". A public name
//    outside every section is a warning (an error: treatWarningsAsErrors).
//    typedoc.json's groupOrder orders the groups; the guides (grouped by
//    their front matter) come first.
// 2. zod-inferred types shown as their objects. typedoc-plugin-zod (also in
//    typedoc.json) replaces an alias that is exactly `z.output<typeof S>`
//    (or `z.input`, `z.infer`) with the inferred type; an alias that wraps
//    one (`Omit<z.output<typeof S>, 'rules'> & { ... }`,
//    `ReadonlyArrays<z.input<typeof S>>`) is expanded here to the object
//    type it resolves to, one property per row.
// 3. The therapists' section at the top of the sidebar: the guides whose
//    front matter says `group: For therapists`, and the playground.
// 4. The playground is built by scripts/docs/playground.ts into
//    <out>/playground/ after typedoc has written the site, so typedoc cannot
//    check or copy it. It is linked from every page with a URL relative to
//    that page, and in guides the pseudo-URL `playground:index.html` (a
//    markdown link target that typedoc leaves alone, as it has a scheme)
//    becomes the relative URL.

import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import {
  Comment,
  CommentTag,
  Converter,
  DeclarationReflection,
  JSX,
  makeRecursiveVisitor,
  MarkdownEvent,
  ReflectionKind,
  ReflectionType,
  TypeScript as ts,
} from 'typedoc';

const PLAYGROUND = 'playground/index.html';
const PSEUDO = /playground:index\.html/g;

/** The sidebar section and document group for therapists (the front matter `group` of their guides). */
export const THERAPISTS = 'For therapists';

/** Section names of src/index.ts that read better under another name. */
const RENAMED_SECTIONS = { Interoperability: 'Export' };

/** Modules whose exports get a group of their own, whatever their section. */
const MODULE_GROUPS = { './intake/vocabulary.js': 'Vocabulary' };

/** @param {string} pageUrl the page's URL relative to the site root, e.g. `documents/Getting_started.html` */
function playgroundFrom(pageUrl) {
  return posix.relative(posix.dirname(pageUrl), PLAYGROUND);
}

/**
 * The purpose group of every name that an entry point exports, from its
 * section comments.
 *
 * @param {string} source the text of the entry point (src/index.ts)
 * @returns {Map<string, string>} exported name → group
 */
export function groupsFromSections(source) {
  const groups = new Map();
  let section;
  const statements = source.matchAll(/^\/\/ ([^\n]*)$|^export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/gm);
  for (const [, comment, names, from] of statements) {
    if (comment !== undefined) {
      const title = comment.split(':')[0].trim();
      section = RENAMED_SECTIONS[title] ?? title;
      continue;
    }
    const group = MODULE_GROUPS[from] ?? section;
    for (const part of names.split(',').map((p) => p.trim()).filter(Boolean)) {
      const name = part.replace(/^type\s+/, '').split(/\s+as\s+/).pop();
      if (group) groups.set(name, group);
    }
  }
  return groups;
}

/** Type names by which zod infers the type of a schema. */
const ZOD_INFER = ['TypeOf', 'input', 'output'];

/**
 * Whether a type still mentions a zod-inferred type (`z.output<...>`, ...).
 *
 * @param {import('typedoc').SomeType | undefined} type
 */
function mentionsZodInference(type) {
  let found = false;
  type?.visit(
    makeRecursiveVisitor({
      reference: (ref) => {
        if (ref.package === 'zod' && ZOD_INFER.includes(ref.qualifiedName)) found = true;
      },
    }),
  );
  return found;
}

/**
 * Replaces the type of a type alias that wraps a zod-inferred type with the
 * object type it resolves to (its properties, as typedoc converts a type
 * literal). Unions are left alone.
 *
 * @param {import('typedoc').Context} context
 * @param {import('typedoc').DeclarationReflection} alias
 */
function expandZodAlias(context, alias) {
  if (!alias.kindOf(ReflectionKind.TypeAlias) || !mentionsZodInference(alias.type)) return;
  const declaration = context.getSymbolFromReflection(alias)?.getDeclarations()?.find(ts.isTypeAliasDeclaration);
  const type = declaration && context.getTypeAtLocation(declaration);
  if (!type || type.isUnion() || context.checker.getPropertiesOfType(type).length === 0) return;
  alias.type?.visit(makeRecursiveVisitor({ reflection: (t) => context.project.removeReflection(t.declaration) }));
  const literal = new DeclarationReflection('__type', ReflectionKind.TypeLiteral, alias);
  context.withScope(alias).registerReflection(literal, undefined);
  const scope = context.withScope(alias).withScope(literal);
  for (const property of context.checker.getPropertiesOfType(type)) context.converter.convertSymbol(scope, property);
  alias.type = new ReflectionType(literal);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // 2. Wrapped zod-inferred types, after typedoc-plugin-zod's own deferred step (it is loaded first).
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kindOf(ReflectionKind.TypeAlias)) context.converter.deferConversion(() => expandZodAlias(context, reflection));
  });

  // 1. Purpose groups, as @group tags added before typedoc groups the project (at resolve end).
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const entryPoints = app.options.getValue('entryPoints');
    if (entryPoints.length !== 1) {
      app.logger.warn(`typedoc-plugin: purpose groups need one entry point, not ${entryPoints.length}`);
      return;
    }
    const groups = groupsFromSections(readFileSync(resolve(entryPoints[0]), 'utf8'));
    for (const reflection of context.project.children ?? []) {
      const group = groups.get(reflection.name);
      if (!group) {
        app.logger.warn(`typedoc-plugin: ${reflection.name} is exported outside the commented sections of ${entryPoints[0]}, so it has no group`);
        continue;
      }
      // A function's comment is on its signature.
      const owner = reflection.kindOf(ReflectionKind.Function) ? reflection.signatures?.[0] : reflection;
      if (!owner) continue;
      owner.comment ??= new Comment();
      const tag = new CommentTag('@group', [{ kind: 'text', text: group }]);
      tag.skipRendering = true;
      owner.comment.blockTags.push(tag);
    }
  });

  // 3 and 4. The therapists' section, with the playground, at the top of the sidebar.
  app.renderer.hooks.on('sidebar.begin', (context) => {
    const guides = (context.page.project.documents ?? []).filter((doc) => doc.frontmatter?.group === THERAPISTS);
    const link = (href, text, id) => JSX.createElement('li', null, JSX.createElement('a', { href, id }, JSX.createElement('span', null, text)));
    return JSX.createElement(
      'nav',
      { class: 'tsd-navigation', id: 'therapists-section', 'aria-label': THERAPISTS, style: 'margin-bottom: 1rem' },
      JSX.createElement('div', { style: 'font-weight: 600' }, THERAPISTS),
      JSX.createElement(
        'ul',
        { class: 'tsd-small-nested-navigation' },
        ...guides.map((doc) => link(context.urlTo(doc), doc.name)),
        link(context.relativeURL(PLAYGROUND), '▶ Playground: try an intake', 'playground-link'),
      ),
    );
  });

  app.renderer.on(
    MarkdownEvent.PARSE,
    /** @param {MarkdownEvent} event */
    (event) => {
      event.parsedText = event.parsedText.replace(PSEUDO, playgroundFrom(event.page.url));
    },
    // after the markdown is rendered (the marked plugin listens at priority 0)
    -100,
  );
}
