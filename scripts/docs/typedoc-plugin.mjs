// A local typedoc plugin for the massage-plan docs site (loaded from typedoc.json).
//
// The playground is built by scripts/docs/playground.ts into <out>/playground/
// after typedoc has written the site, so typedoc cannot check or copy it. This
// plugin links it from every page with a URL relative to that page:
// - a "Playground" link at the top of the site menu;
// - in guides, the pseudo-URL `playground:index.html` (a markdown link target
//   that typedoc leaves alone, as it has a scheme) becomes the relative URL.

import { posix } from 'node:path';
import { JSX, MarkdownEvent } from 'typedoc';

const PLAYGROUND = 'playground/index.html';
const PSEUDO = /playground:index\.html/g;

/** @param {string} pageUrl the page's URL relative to the site root, e.g. `documents/Getting_started.html` */
function playgroundFrom(pageUrl) {
  return posix.relative(posix.dirname(pageUrl), PLAYGROUND);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.hooks.on('sidebar.begin', (context) =>
    JSX.createElement(
      'nav',
      { class: 'tsd-navigation', 'aria-label': 'Playground', style: 'margin-bottom: 1rem; font-weight: 600' },
      JSX.createElement(
        'a',
        { href: context.relativeURL(PLAYGROUND), id: 'playground-link' },
        JSX.createElement('span', null, '▶ Playground: try an intake'),
      ),
    ),
  );

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
