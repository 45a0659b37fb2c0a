import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTypedFingerprint,
  colonFingerprint,
  fingerprintGroups,
  groupedFingerprint,
  normalizeFingerprint,
  sameFingerprint,
} from '../../../../renderer/src/domain/crypto/fingerprint';

const HEX = '0123456789abcdeffedcba98765432100f1e2d3c4b5a69788796a5b4c3d2e1f0';

const hex64 = fc
  .array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 })
  .map((chars) => chars.join(''));

describe('fingerprint formats', () => {
  it('groups a fingerprint in 16 groups of 4 uppercase characters for reading aloud', () => {
    expect(fingerprintGroups(HEX)).toHaveLength(16);
    expect(groupedFingerprint(HEX)).toBe(
      '0123 4567 89AB CDEF FEDC BA98 7654 3210 0F1E 2D3C 4B5A 6978 8796 A5B4 C3D2 E1F0',
    );
    expect(colonFingerprint(HEX)).toBe(
      '01:23:45:67:89:AB:CD:EF:FE:DC:BA:98:76:54:32:10:0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0',
    );
  });

  it('reads back every form it writes, and the line openssl prints, to the same 64 lowercase hex', () => {
    fc.assert(
      fc.property(hex64, (hex) => {
        for (const form of [
          hex,
          hex.toUpperCase(),
          groupedFingerprint(hex),
          groupedFingerprint(hex).toLowerCase(),
          colonFingerprint(hex),
          `sha256 Fingerprint=${colonFingerprint(hex)}`,
          `SHA256 Fingerprint=${colonFingerprint(hex)}\n`,
          fingerprintGroups(hex).join('\n'),
          `  ${groupedFingerprint(hex)}\t`,
        ])
          expect(normalizeFingerprint(form)).toBe(hex);
      }),
    );
  });

  it('reads nothing shorter, longer or with other characters as a fingerprint', () => {
    expect(normalizeFingerprint(HEX.slice(0, 63))).toBeNull();
    expect(normalizeFingerprint(`${HEX}0`)).toBeNull();
    expect(normalizeFingerprint(HEX.slice(-8))).toBeNull();
    expect(normalizeFingerprint(`${HEX.slice(0, 63)}g`)).toBeNull();
    expect(normalizeFingerprint(HEX.replace(/(.{4})/g, '$1-'))).toBeNull();
    expect(normalizeFingerprint(`${' '.repeat(600)}${HEX}`)).toBeNull();
  });
});

describe('checkTypedFingerprint', () => {
  it('accepts the whole fingerprint in any case and grouping', () => {
    expect(checkTypedFingerprint(HEX, groupedFingerprint(HEX).toLowerCase())).toEqual({
      ok: true,
      value: true,
    });
    expect(checkTypedFingerprint(colonFingerprint(HEX), HEX.toUpperCase()).ok).toBe(true);
  });

  it('refuses a part of the fingerprint, however long, as incomplete', () => {
    for (const part of [HEX.slice(-8), HEX.slice(0, 32), HEX.slice(1)])
      expect(checkTypedFingerprint(HEX, part)).toMatchObject({ ok: false, code: 'fingerprint-incomplete' });
    expect(checkTypedFingerprint(HEX, '')).toMatchObject({ ok: false, code: 'fingerprint-incomplete' });
  });

  it('refuses characters that are not hex', () => {
    expect(checkTypedFingerprint(HEX, `${HEX.slice(0, 63)}x`)).toMatchObject({
      ok: false,
      code: 'fingerprint-not-hex',
    });
  });

  it('refuses a fingerprint that differs in any one character and says which group differs', () => {
    fc.assert(
      fc.property(hex64, fc.integer({ min: 0, max: 63 }), (hex, index) => {
        const other = hex[index] === '0' ? '1' : '0';
        const typed = `${hex.slice(0, index)}${other}${hex.slice(index + 1)}`;
        const result = checkTypedFingerprint(hex, typed);
        expect(result).toMatchObject({ ok: false, code: 'fingerprint-differs' });
        expect(!result.ok && result.message).toContain(`group ${Math.floor(index / 4) + 1} of 16`);
        expect(sameFingerprint(hex, typed)).toBe(false);
      }),
    );
  });

  it('compares two full fingerprints in any forms', () => {
    expect(sameFingerprint(colonFingerprint(HEX), groupedFingerprint(HEX))).toBe(true);
    expect(sameFingerprint(HEX.slice(-8), HEX.slice(-8))).toBe(false);
  });
});
