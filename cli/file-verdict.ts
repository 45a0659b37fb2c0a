/**
 * One bundle file → one verdict. Only verifyBundle's result is interpreted here; the checks themselves are
 * the app's (renderer/src/domain/import). Trust is a separate question from integrity: a bundle that is
 * intact but whose signer nobody vouched for is not "verified" for a script, hence its own outcomes.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { BundleSource } from '../renderer/src/domain/import/bundle-source';
import { KNOWN_PACKS } from '../renderer/src/domain/framework/builtin-pack';
import { isSealed, openSealed } from '../renderer/src/domain/import/open-sealed';
import { KEY_CODES } from '../renderer/src/domain/import/verify-codes';
import { verifyBundle } from '../renderer/src/domain/import/verify-bundle';
import { redactedHeadline, redactedSummary } from '../renderer/src/domain/redaction/describe';
import { fileHandleSource } from './file-source';

export type Outcome = 'trusted' | 'signer-not-trusted' | 'trust-not-checked' | 'rejected';

/** Exit status of one outcome; the run exits with the worst (see worstExit). */
export const OUTCOME_EXIT: Readonly<Record<Outcome, 0 | 1 | 3>> = {
  trusted: 0,
  'signer-not-trusted': 3,
  'trust-not-checked': 3,
  rejected: 1,
};

export type FileVerdict =
  | { file: string; outcome: 'rejected'; code: string; message: string }
  | {
      file: string;
      outcome: Exclude<Outcome, 'rejected'>;
      sealed: boolean;
      assessment: { id: string; revision: number; title: string; siteName: string };
      signer: { name: string; organization: string; email: string; fingerprint: string };
      /** The change journal's hash chain, checked by the verifier (a broken chain is a rejection). */
      journal: { intact: true; entries: number };
      /** "Redacted: Sector partner; removed People (1), …" for a redacted bundle, else null. */
      redacted: string | null;
      warnings: string[];
    };

export interface VerifyContext {
  /** Lowercase 64-hex fingerprints of the --trust certificates; null when none was given. */
  trusted: ReadonlySet<string> | null;
  /** X25519 secret keys from --identity. */
  keys: readonly string[];
}

const MAGIC_BYTES = 64;

/** True when the file starts like an age file; read errors count as "not sealed" (reported when read). */
export function fileLooksSealed(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = new Uint8Array(MAGIC_BYTES);
      const read = readSync(fd, head, 0, MAGIC_BYTES, 0);
      return isSealed(head.subarray(0, read));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Tries each key; a failure that no other key can change (a damaged or too large file) is reported as soon as
 * one key gets that far, so a right key among wrong ones still names the real cause.
 */
async function unseal(bytes: Uint8Array, keys: readonly string[]) {
  let last = await openSealed(bytes, {});
  for (const identity of keys) {
    last = await openSealed(bytes, { identity });
    if (last.ok || !(KEY_CODES as readonly string[]).includes(last.code)) return last;
  }
  return last;
}

const readFailed = (file: string, error: unknown): FileVerdict => ({
  file,
  outcome: 'rejected',
  code: 'read-failed',
  message: `The file cannot be read: ${(error as Error).message}`,
});

/**
 * A plain bundle is read slice by slice from the file (any size); a sealed one is read whole and opened in
 * memory, so it is bounded by what Node can read at once (2 GiB).
 */
async function verdictOf(file: string, context: VerifyContext) {
  const handle = await open(file, 'r');
  try {
    const source = fileHandleSource(handle, (await handle.stat()).size);
    const sealed = isSealed(await source.read(0, MAGIC_BYTES));
    let input: Uint8Array | BundleSource = source;
    if (sealed) {
      const opened = await unseal(new Uint8Array(await handle.readFile()), context.keys);
      if (!opened.ok) return { sealed, verdict: opened };
      input = opened.value;
    }
    const verdict = await verifyBundle(input, {
      knownPacks: KNOWN_PACKS,
      trustedFingerprints: context.trusted ?? new Set<string>(),
    });
    return { sealed, verdict };
  } finally {
    await handle.close();
  }
}

export async function verifyFile(file: string, context: VerifyContext): Promise<FileVerdict> {
  let read: Awaited<ReturnType<typeof verdictOf>>;
  try {
    read = await verdictOf(file, context);
  } catch (error) {
    return readFailed(file, error);
  }
  const { sealed, verdict } = read;
  if (!verdict.ok) return { file, outcome: 'rejected', code: verdict.code, message: verdict.message };
  const bundle = verdict.value;
  const { manifest, document, signer } = bundle;
  let outcome: Exclude<Outcome, 'rejected'> = 'trust-not-checked';
  if (context.trusted !== null) outcome = bundle.status === 'trusted' ? 'trusted' : 'signer-not-trusted';
  return {
    file,
    outcome,
    sealed,
    assessment: {
      id: manifest.assessmentId,
      revision: manifest.revision,
      title: document.content.title,
      siteName: document.content.site.name,
    },
    signer: { ...signer.subject, fingerprint: signer.fingerprint },
    journal: bundle.journal,
    redacted: manifest.redaction
      ? `${redactedHeadline(manifest.redaction)}; removed ${redactedSummary(manifest.redaction)}`
      : null,
    warnings: bundle.warnings,
  };
}

/** 1 (a rejection) outranks 3 (an untrusted or unchecked signer), which outranks 0. */
export function worstExit(verdicts: readonly FileVerdict[]): 0 | 1 | 3 {
  const codes = verdicts.map((verdict) => OUTCOME_EXIT[verdict.outcome]);
  if (codes.includes(1)) return 1;
  return codes.includes(3) ? 3 : 0;
}
