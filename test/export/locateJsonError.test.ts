import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../src/export/locateJsonError.js';
import { fcConfig } from '../support/fcConfig.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('locateJsonError', () => {
  it.each([
    ['', 0, 1, 1, 'unexpected end of input'],
    ['{"a": 1,\n}', 9, 2, 1, "expected a double-quoted property name, found '}'"],
    ['[1 2]', 3, 1, 4, "expected ',' or ']', found '2'"],
    ['{"a" 1}', 5, 1, 6, "expected ':' after the property name, found '1'"],
    ['{"a": tru}', 9, 1, 10, "unexpected '}' in 'true'"],
    ['{"a": "x\ny"}', 8, 1, 9, 'control character U+000A in a string (escape it)'],
    ['"\\x"', 2, 1, 3, 'bad escape \\x'],
    ['"\\u12G4"', 2, 1, 3, 'bad \\u escape (4 hex digits expected)'],
    ['{"a": 01}', 7, 1, 8, "expected ',' or '}', found '1'"],
    ['{"a": -}', 6, 1, 7, "unexpected '-'"],
    ['{} x', 3, 1, 4, "unexpected 'x' after the JSON value"],
    ['{"a": "open', 11, 1, 12, 'unterminated string'],
    ["{'a': 1}", 1, 1, 2, "expected a double-quoted property name, found '''"],
    ['[1,]', 3, 1, 4, "unexpected ']'"],
  ])('%j → offset %i (line %i, column %i): %s', (text, offset, line, column, reason) => {
    expect(parses(text)).toBe(false);
    expect(locateJsonError(text)).toEqual({ offset, line, column, reason });
  });

  it('finds nothing wrong in valid JSON, however deep', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n", {}]}')).toBeUndefined();
    expect(locateJsonError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
    expect(locateJsonError(`${'['.repeat(100_000)}`)?.reason).toBe('unexpected end of input');
  });

  it('agrees with JSON.parse on valid JSON and on every one-character edit of it', () => {
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'replace'), char: fc.constantFrom(...'{}[]",:0-1.eE+ \n\\tfnu"x') });
    fc.assert(
      fc.property(fc.json(), edit, (json, { at, kind, char }) => {
        expect(locateJsonError(json)).toBeUndefined();
        const i = at % (json.length + 1);
        const text =
          kind === 'delete' ? json.slice(0, i) + json.slice(i + 1) : kind === 'insert' ? json.slice(0, i) + char + json.slice(i) : json.slice(0, i) + char + json.slice(i + 1);
        const found = locateJsonError(text);
        expect(found === undefined, text).toBe(parses(text));
        if (found !== undefined) {
          expect(found.offset).toBeGreaterThanOrEqual(0);
          expect(found.offset).toBeLessThanOrEqual(text.length);
          expect(found.reason).not.toContain('\n');
        }
      }),
      { seed: fcConfig.seed, numRuns: fcConfig.numRuns },
    );
  });
});
