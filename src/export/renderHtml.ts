import { match } from 'ts-pattern';
import type { SummaryBlock } from './summaryBlocks.js';

/**
 * Escapes text for HTML content and quoted attribute values: `&`, `<`, `>`,
 * `"` and `'`.
 *
 * @param text - any text
 * @returns the text, safe between tags and inside `"…"` or `'…'` attributes
 * @example
 * escapeHtml('<b title="x">Tom & Jerry\'s</b>'); // '&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * The style sheet of the printable plan: compact on screen, and for print
 * (`@media print`) small type in two columns, no link colours and no source
 * addresses (the citations stay), sections that do not break across
 * columns, and the client handout on a page of its own (`break-before: page`).
 *
 * @example
 * PRINT_CSS.includes('@media print'); // true
 */
export const PRINT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 1.5rem auto; max-width: 62rem; padding: 0 1rem; font: 11pt/1.35 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #111; background: #fff; }
h1 { font-size: 15pt; margin: 0 0 0.3em; }
h2 { font-size: 11.5pt; margin: 0.7em 0 0.2em; border-bottom: 1px solid #999; padding-bottom: 1px; }
h3 { font-size: 10.5pt; margin: 0.4em 0 0.1em; }
p { margin: 0.2em 0; }
ul, ol { margin: 0.2em 0; padding-left: 1.2em; }
li { margin: 0.05em 0; }
table { border-collapse: collapse; margin: 0.2em 0; }
th, td { border: 1px solid #bbb; padding: 1px 5px; text-align: left; vertical-align: top; }
th { background: #eee; }
.sources li { overflow-wrap: anywhere; }
td { overflow-wrap: break-word; }
.handout { margin-top: 2.5em; border-top: 2px dashed #888; padding-top: 1em; }
.handout h1 { font-size: 16pt; }
.handout { font-size: 12pt; }
@page { margin: 10mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 7.5pt; line-height: 1.15; }
  .sources .url { display: none; }
  ul.sources { padding-left: 0; }
  .sources li { display: inline; }
  .sources li:not(:last-child)::after { content: '; '; }
  h1 { font-size: 11pt; margin-bottom: 0.1em; }
  h2 { font-size: 8.5pt; margin: 0.35em 0 0.1em; }
  h3 { font-size: 8pt; margin: 0.25em 0 0; }
  p, ul { margin: 0.1em 0; }
  li { margin: 0; }
  a { color: inherit; text-decoration: none; }
  .plan-of-care { column-count: 2; column-gap: 6mm; }
  .plan-of-care > header { column-span: all; }
  section { break-inside: avoid-column; }
  li, tr { break-inside: avoid; }
  .handout { break-before: page; page-break-before: always; margin-top: 0; border-top: 0; padding-top: 0; font-size: 11pt; }
}
`;

// A section's id from its heading: "Checks at each visit" → "checks-at-each-visit".
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// Only web addresses become links; anything else (javascript:, data:) stays text.
const isWebAddress = (url: string): boolean => /^https?:\/\/[^\s"'<>]+$/i.test(url);

/**
 * Writes summary blocks as HTML elements (no document around them): each
 * level-2 heading opens a `<section data-section="…">` that runs to the
 * next one; every text is escaped, and only `http(s)` addresses become links.
 *
 * @param blocks - the summary
 * @returns HTML elements
 * @example
 * renderHtmlBlocks([{ kind: 'heading', level: 2, text: 'Avoid' }, { kind: 'list', items: ['<script>'] }]);
 * // '<section data-section="avoid"><h2>Avoid</h2>\n<ul><li>&lt;script&gt;</li></ul></section>'
 */
export function renderHtmlBlocks(blocks: readonly SummaryBlock[]): string {
  const out: string[] = [];
  let open = false;
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level <= 2 && open) {
      out[out.length - 1] += '</section>';
      open = false;
    }
    const html = match(block)
      .with({ kind: 'heading', level: 1 }, (b) => `<header><h1>${escapeHtml(b.text)}</h1></header>`)
      .with({ kind: 'heading', level: 2 }, (b) => `<section data-section="${escapeHtml(slug(b.text))}"><h2>${escapeHtml(b.text)}</h2>`)
      .with({ kind: 'heading', level: 3 }, (b) => `<h3>${escapeHtml(b.text)}</h3>`)
      .with({ kind: 'paragraph' }, (b) => `<p>${escapeHtml(b.text)}</p>`)
      .with({ kind: 'list' }, (b) => `<ul>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`)
      .with(
        { kind: 'table' },
        (b) =>
          `<table><thead><tr>${b.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`,
      )
      .with(
        { kind: 'sources' },
        (b) =>
          `<ul class="sources">${b.items
            .map((s) => {
              const address =
                s.url === undefined
                  ? ''
                  : ` <span class="url">${isWebAddress(s.url) ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a>` : escapeHtml(s.url)}</span>`;
              return `<li id="source-${escapeHtml(slug(s.id))}"><b>${escapeHtml(s.id)}</b>: ${escapeHtml(s.citation)}${address}</li>`;
            })
            .join('')}</ul>`,
      )
      .exhaustive();
    out.push(html);
    if (block.kind === 'heading' && block.level === 2) open = true;
  }
  if (open) out[out.length - 1] += '</section>';
  return out.join('\n');
}

/**
 * Writes a standalone HTML document: the therapist's page (`<main
 * class="plan-of-care">`) and, when given, the client handout (`<section
 * class="handout">`, printed on a page of its own). Self-contained: the
 * style sheet is inline, there are no scripts, images, fonts or other
 * external assets.
 *
 * @param title - the document title
 * @param blocks - the therapist's summary
 * @param handout - the client handout, if any
 * @returns the document, ending with a newline
 * @example
 * renderHtml('Plan', [{ kind: 'paragraph', text: 'A & B' }]).includes('<p>A &amp; B</p>'); // true
 */
export function renderHtml(title: string, blocks: readonly SummaryBlock[], handout?: readonly SummaryBlock[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    `<main class="plan-of-care">\n${renderHtmlBlocks(blocks)}\n</main>`,
    ...(handout === undefined ? [] : [`<section class="handout">\n${renderHtmlBlocks(handout)}\n</section>`]),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
