import { describe, expect, it } from 'vitest';
import { quoted, safeJson, safeMessage, terminalSafe } from '../../../cli/terminal-text';

describe('terminalSafe', () => {
  it('writes every C0, DEL and C1 control character as a visible escape', () => {
    for (let code = 0; code <= 0x9f; code += 1) {
      if (code >= 0x20 && code < 0x7f) continue;
      const out = terminalSafe(`a${String.fromCharCode(code)}b`);
      expect(out).toMatch(/^a\\(x[0-9a-f]{2}|[nrt])b$/);
    }
  });

  it('escapes bidi overrides and isolates, and the backslash itself', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])
      expect(terminalSafe(String.fromCodePoint(code))).toBe(`\\u{${code.toString(16)}}`);
    expect(terminalSafe('C:\\x1b')).toBe('C:\\\\x1b');
  });

  it('leaves ordinary text, accents and other scripts alone', () => {
    const text = 'Riverside “Water” Plant — São Paulo, 東京, Ünïcode';
    expect(terminalSafe(text)).toBe(text);
  });

  it('quotes with inner quotes escaped, so a name cannot close its own quotes', () => {
    expect(quoted('a" REJECTED "b')).toBe('"a\\" REJECTED \\"b"');
  });
});

describe('safeMessage', () => {
  it('escapes control and bidi characters but not backslashes, so quoted names are not escaped twice', () => {
    const message = `Unknown option ${quoted('--x\u001b[2K')}: \u202e\n`;
    expect(safeMessage(message)).toBe('Unknown option "--x\\x1b[2K": \\u{202e}\\n');
  });
});

describe('safeJson', () => {
  it('escapes DEL, C1 and bidi characters as \\u sequences that parse back to the same value', () => {
    const value = { name: 'x\u007f\u0085\u009b\u202e\u2066\n\u001b' };
    const json = safeJson(value);
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(JSON.parse(json)).toEqual(value);
  });
});
