import { match } from 'ts-pattern';

/**
 * A piece of a therapist-readable summary, independent of its format, so
 * that Markdown and plain text say exactly the same things.
 */
export type SummaryBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** A source: id, citation and an optional address, written as a link where the format has links. */
  | { kind: 'sources'; items: { id: string; citation: string; url?: string | undefined }[] };

// Characters that Markdown would read as syntax inside running text.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#]/g;

const escapeMarkdown = (text: string): string => text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);

/**
 * Writes summary blocks as CommonMark: `#` headings, `-` lists, pipe tables,
 * autolinked addresses; text from the plan is escaped so that it never turns
 * into markup.
 *
 * @param blocks - the summary
 * @returns Markdown, ending with a newline
 * @example
 * renderMarkdown([{ kind: 'heading', level: 1, text: 'Plan' }]); // '# Plan\n'
 */
export function renderMarkdown(blocks: readonly SummaryBlock[]): string {
  const parts = blocks.map((block) =>
    match(block)
      .with({ kind: 'heading' }, (b) => `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`)
      .with({ kind: 'paragraph' }, (b) => escapeMarkdown(b.text))
      .with({ kind: 'list' }, (b) => b.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n'))
      .with({ kind: 'table' }, (b) => {
        const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
        return [row(b.header), `|${b.header.map(() => ' --- |').join('')}`, ...b.rows.map(row)].join('\n');
      })
      .with({ kind: 'sources' }, (b) =>
        b.items
          .map((s) => `- ${escapeMarkdown(s.id)}: ${escapeMarkdown(s.citation)}${s.url === undefined ? '' : ` <${s.url}>`}`)
          .join('\n'),
      )
      .exhaustive(),
  );
  return `${parts.join('\n\n')}\n`;
}

/**
 * Writes summary blocks as plain text with no markup at all: headings in
 * capitals, `•` bullets, tables as space-aligned columns, addresses as they
 * are.
 *
 * @param blocks - the summary
 * @returns plain text, ending with a newline
 * @example
 * renderText([{ kind: 'heading', level: 2, text: 'Pressure' }]); // 'PRESSURE\n'
 */
export function renderText(blocks: readonly SummaryBlock[]): string {
  const parts = blocks.map((block) =>
    match(block)
      .with({ kind: 'heading' }, (b) => (b.level === 3 ? b.text : b.text.toUpperCase()))
      .with({ kind: 'paragraph' }, (b) => b.text)
      .with({ kind: 'list' }, (b) => b.items.map((item) => `• ${item}`).join('\n'))
      .with({ kind: 'table' }, (b) => {
        const widths = b.header.map((h, i) => Math.max(h.length, ...b.rows.map((r) => (r[i] ?? '').length)));
        const row = (cells: readonly string[]) =>
          cells
            .map((cell, i) => cell.padEnd(widths[i] ?? 0))
            .join('  ')
            .trimEnd();
        return [row(b.header), ...b.rows.map(row)].join('\n');
      })
      .with({ kind: 'sources' }, (b) =>
        b.items.map((s) => `• ${s.id}: ${s.citation}${s.url === undefined ? '' : ` ${s.url}`}`).join('\n'),
      )
      .exhaustive(),
  );
  return `${parts.join('\n\n')}\n`;
}
