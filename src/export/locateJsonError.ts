/** Where and why a text is not valid JSON. */
export interface JsonErrorLocation {
  /** Offset of the offending character (0-based; the text's length at an unexpected end). */
  offset: number;
  /** 1-based line of the offset. */
  line: number;
  /** 1-based column of the offset, in UTF-16 code units. */
  column: number;
  /** What went wrong, in a few words, e.g. `expected ',' or '}'`. */
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const describe = (char: string | undefined): string =>
  char === undefined ? 'end of input' : /[\x20-\x7e]/.test(char) ? `'${char}'` : `character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

// A scanner for RFC 8259 JSON that stops at the first error. JSON.parse
// already knows the text is invalid; its messages differ between engines and
// some quote the whole input, so the CLI and the playground locate the error
// here instead, in one short line.
function scan(text: string): void {
  let i = 0;
  const peek = () => text[i];
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const fail = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(`unexpected ${describe(text[i])} in '${word}'`);
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const ch = peek();
      if (ch === undefined) fail('unterminated string');
      if (ch === '"') {
        i++;
        return;
      }
      if (ch !== undefined && ch < ' ') fail(`control ${describe(ch)} in a string (escape it)`);
      if (ch === '\\') {
        i++;
        const esc = peek();
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape (4 hex digits expected)');
          i += 5;
          continue;
        }
        if (esc === undefined || !'"\\/bfnrt'.includes(esc)) fail(`bad escape \\${esc ?? ''}`);
      }
      i++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (match === null || match[0] === '' || match[0] === '-') fail(`unexpected ${describe(peek())}`);
    i += match?.[0].length ?? 0;
  };
  // Iterative over containers, so deep nesting cannot overflow the stack.
  const stack: ('{' | '[')[] = [];
  const value = () => {
    ws();
    const ch = peek();
    if (ch === '{' || ch === '[') {
      i++;
      stack.push(ch);
      ws();
      if (peek() === (ch === '{' ? '}' : ']')) {
        i++;
        stack.pop();
        return false;
      }
      if (ch === '{') key();
      return true;
    }
    if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail(`unexpected ${describe(ch)}`);
    return false;
  };
  const key = () => {
    ws();
    if (peek() !== '"') fail(`expected a double-quoted property name, found ${describe(peek())}`);
    string();
    ws();
    if (peek() !== ':') fail(`expected ':' after the property name, found ${describe(peek())}`);
    i++;
  };
  let opened = value();
  for (;;) {
    if (opened) {
      opened = value();
      continue;
    }
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    const close = top === '{' ? '}' : ']';
    if (peek() === ',') {
      i++;
      if (top === '{') key();
      opened = value();
    } else if (peek() === close) {
      i++;
      stack.pop();
    } else {
      fail(`expected ',' or '${close}', found ${describe(peek())}`);
    }
  }
  ws();
  if (i < text.length) fail(`unexpected ${describe(peek())} after the JSON value`);
}

/**
 * Finds where a text stops being valid JSON, for error messages that point
 * at the line and column instead of quoting the input.
 *
 * @param text - the text that failed to parse
 * @returns the location and reason of the first error, or undefined when the text is valid JSON
 * @example
 * locateJsonError('{"a": 1,\n}'); // { offset: 9, line: 2, column: 1, reason: "expected a double-quoted property name, found '}'" }
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - before.lastIndexOf('\n');
    return { offset: error.offset, line, column, reason: error.reason };
  }
}
