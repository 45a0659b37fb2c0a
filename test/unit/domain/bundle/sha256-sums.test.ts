import { describe, expect, it } from 'vitest';
import { fromUtf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { formatSha256Sums, parseSha256Sums } from '../../../../renderer/src/domain/bundle/sha256-sums';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('SHA256SUMS', () => {
  it('is written in GNU format, sorted by path in byte order', () => {
    const text = fromUtf8(
      formatSha256Sums([
        { path: 'report.pdf', sha256: A },
        { path: 'SHA-notes', sha256: B },
        { path: 'evidence/x.jpg', sha256: A },
      ]),
    );
    expect(text).toBe(`${B}  SHA-notes\n${A}  evidence/x.jpg\n${A}  report.pdf\n`);
  });

  it('parses what it writes', () => {
    const entries = [
      { path: 'a.json', sha256: A },
      { path: 'evidence/b.txt', sha256: B },
    ];
    expect(parseSha256Sums(fromUtf8(formatSha256Sums(entries)))).toEqual({ ok: true, value: entries });
  });

  it('rejects traversal, duplicates, binary-mode markers, uppercase hex and a missing final newline', () => {
    for (const text of [
      `${A}  ../etc/passwd\n`,
      `${A}  a\n${B}  a\n`,
      `${A} *a\n`,
      `${A.toUpperCase()}  a\n`,
      `${A}  a`,
      `${A}  /abs\n`,
    ]) {
      expect(parseSha256Sums(text)).toMatchObject({ ok: false, code: 'sha256sums-malformed' });
    }
  });

  it('refuses to write an unsafe path', () => {
    expect(() => formatSha256Sums([{ path: 'evidence/../x', sha256: A }])).toThrow(/Unsafe path/);
  });
});
