/**
 * The "short key id" attack on trust by fingerprint suffix, run for real at a size a test can afford.
 *
 * Until this change, trusting a signer asked for the last 8 hex characters of the SHA-256 fingerprint. An
 * attacker who wants to be trusted as a known assessor makes certificates with the same name until one's
 * fingerprint ends in the same characters. Each extra hex character multiplies the expected work by 16, and
 * nothing else about the attack changes, so matching 3 characters here (~4,096 tries, under a second) is the
 * same attack as matching 8 (~4.3 billion tries: minutes to hours on ordinary hardware).
 *
 * Three grinding routes are tried: honest re-signing with a new key (the strict parser must accept such a
 * certificate, so only the full-fingerprint check stops it), and the two cheap routes the old parser allowed
 * (bytes appended after the DER, and edits under a signature that no longer verifies), which cost a hash per
 * try instead of a signature and which the strict parser now refuses outright.
 */
import { createHash, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../../../../renderer/src/domain/crypto/certificate';
import {
  checkTypedFingerprint,
  groupedFingerprint,
} from '../../../../renderer/src/domain/crypto/fingerprint';
import { createIdentity } from '../../../../renderer/src/domain/crypto/identity';
import { parseCertificate } from '../../../../renderer/src/domain/crypto/parse-certificate';
import { concat, joinCertificate, joinTbs, splitCertificate, tbsFields, tlv } from './helpers/der-edit';

/** The check this app used to trust a signer, from the removed confirm-signer-form.tsx, with its length lifted. */
function oldTailCheck(fingerprintHex: string, typed: string, chars = 8): boolean {
  const clean = typed.replace(/[\s:]/g, '').toLowerCase();
  return clean.length === chars && fingerprintHex.toLowerCase().endsWith(clean);
}

const MATCHED_CHARS = 3;
const CHEAP_MATCHED_CHARS = 4;
/**
 * Far beyond the expected 16^k tries, so a run that finds nothing is a failure, not bad luck: a run misses
 * with probability about e^(-MAX_TRIES / 16^k). For the 4 characters of the cheap grinds 400,000 tries missed
 * once in about 450 runs (e^-6.1; CI saw it); 4,000,000 miss about once in 10^26. The tries stop at the
 * first match, so only a miss costs the whole bound.
 */
const MAX_TRIES = 4_000_000;

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const SUBJECT = { name: 'Grace Hopper', organization: 'Region 9 CSA', email: 'grace@example.org' };

let target: { fingerprint: string; der: Uint8Array };
let attacker: { der: Uint8Array; key: KeyObject };

beforeAll(async () => {
  const honest = await createIdentity({ ...SUBJECT, passphrase: 'the real assessor passphrase' });
  if (!honest.ok) throw new Error(honest.message);
  target = { fingerprint: honest.value.certificate.fingerprint.compact, der: honest.value.certificate.der };
  // The attacker's own key, and a certificate naming the same person, made with the app's own code.
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  attacker = { der: (await createSelfSignedCertificate(keys, SUBJECT, 3)).der, key };
});

function grind(
  suffix: string,
  attempt: (tries: number) => Uint8Array,
): { bytes: Uint8Array; fingerprint: string } {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const bytes = attempt(tries);
    const fingerprint = sha256Hex(bytes);
    if (fingerprint.endsWith(suffix)) return { bytes, fingerprint };
  }
  throw new Error(`No certificate ending in ${suffix} after ${MAX_TRIES} tries.`);
}

describe('a certificate ground to end like a trusted one', () => {
  it('passes the old suffix check but not the full-fingerprint check, though it is a valid certificate', async () => {
    const suffix = target.fingerprint.slice(-MATCHED_CHARS);
    const parts = splitCertificate(attacker.der);
    // ECDSA signatures are randomized: every signing of the same tbsCertificate is a new valid certificate.
    const forged = grind(suffix, () =>
      joinCertificate({
        ...parts,
        signature: sign('sha256', parts.tbs, { key: attacker.key, dsaEncoding: 'der' }),
      }),
    );
    const parsed = await parseCertificate(forged.bytes);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.subject.name).toBe(SUBJECT.name);
    expect(parsed.value.fingerprint.compact).toBe(forged.fingerprint);
    expect(forged.fingerprint).not.toBe(target.fingerprint);

    // What the victim was told out of band is the real assessor's fingerprint.
    const told = target.fingerprint;
    expect(oldTailCheck(forged.fingerprint, told.slice(-MATCHED_CHARS), MATCHED_CHARS)).toBe(true);
    expect(checkTypedFingerprint(forged.fingerprint, groupedFingerprint(told))).toMatchObject({
      ok: false,
      code: 'fingerprint-differs',
    });
    expect(checkTypedFingerprint(forged.fingerprint, told.slice(-8))).toMatchObject({
      ok: false,
      code: 'fingerprint-incomplete',
    });
    // The real certificate still confirms with what the victim was told.
    expect(checkTypedFingerprint(target.fingerprint, groupedFingerprint(told)).ok).toBe(true);
  });

  it('the old check accepts any certificate sharing the suffix, whatever its length: the work is all that changes', () => {
    for (let chars = 1; chars <= 8; chars++) {
      const told = target.fingerprint;
      const lookalike = `${'0'.repeat(64 - chars)}${told.slice(-chars)}`;
      expect(oldTailCheck(lookalike, told.slice(-chars), chars)).toBe(true);
      expect(checkTypedFingerprint(lookalike, told)).toMatchObject({
        ok: false,
        code: 'fingerprint-differs',
      });
    }
  });

  it('ground cheaply with bytes after the DER: refused by the strict parser as trailing bytes', async () => {
    const suffix = target.fingerprint.slice(-CHEAP_MATCHED_CHARS);
    // The old parser hashed the whole input while reading only the certificate, so a counter appended after
    // the DER changed the fingerprint at the cost of one hash per try, with no key at all.
    const padded = grind(suffix, (tries) =>
      concat(target.der, tlv(0x04, new Uint8Array(new Uint32Array([tries]).buffer))),
    );
    expect(padded.fingerprint.endsWith(suffix)).toBe(true);
    expect(oldTailCheck(padded.fingerprint, suffix, CHEAP_MATCHED_CHARS)).toBe(true);
    expect(await parseCertificate(padded.bytes)).toMatchObject({
      ok: false,
      code: 'certificate-trailing-bytes',
    });
  });

  it('ground cheaply by editing the signed part without re-signing: refused as a bad self-signature', async () => {
    const suffix = target.fingerprint.slice(-CHEAP_MATCHED_CHARS);
    const parts = splitCertificate(attacker.der);
    const fields = tbsFields(parts.tbs);
    const forged = grind(suffix, (tries) => {
      const serial = tlv(0x02, new Uint8Array([0x40, ...new Uint8Array(new Uint32Array([tries]).buffer)]));
      return joinCertificate({
        ...parts,
        tbs: joinTbs([fields[0] ?? new Uint8Array(), serial, ...fields.slice(2)]),
      });
    });
    expect(oldTailCheck(forged.fingerprint, suffix, CHEAP_MATCHED_CHARS)).toBe(true);
    expect(await parseCertificate(forged.bytes)).toMatchObject({
      ok: false,
      code: 'certificate-bad-self-signature',
    });
  });
});
