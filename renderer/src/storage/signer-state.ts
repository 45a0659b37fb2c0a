/**
 * The one answer to "who signed this, and do we trust them?" for every screen that shows a signer (library,
 * review, compare, portfolio), so no screen shows a bare name. Trust is read from the trust store and the
 * pin each time, never stored with the assessment, so it follows the trust store live.
 */
import { parseDocumentRef } from './document-ref';
import type { AirrDatabase } from './database';
import type { AssessmentHeader, SignerPinRow, TrustedSignerRow } from './rows';

/**
 * `own`: made on this device. `trusted` / `unknown`: imported, the signer is / is not in the trust store.
 * `changed`: imported, signed by another certificate than the one the assessment was first bound to, accepted
 * by a recorded key-change decision (trust is then given separately by `trustedLabel`).
 */
export type SignerStateKind = 'own' | 'trusted' | 'unknown' | 'changed';

export const SIGNER_STATE_KINDS: readonly SignerStateKind[] = ['own', 'trusted', 'unknown', 'changed'];

export type SignerState = {
  kind: SignerStateKind;
  /** The certificate's name; '' for own assessments and for signers whose name was never recorded. */
  name: string;
  /** 64 lowercase hex; '' for own assessments. */
  fingerprint: string;
  /** The trust store's label when the signer is trusted, else null. */
  trustedLabel: string | null;
  /** For `changed`: the certificate the assessment was first bound to. */
  first: { fingerprint: string; name: string } | null;
};

/** What a signer state is computed from: a header, a history revision, or anything alike. */
export type SignedBy = { source: 'local' | 'imported'; fingerprint: string; name: string };

/** The state's kind alone, from the facts; the library filter and the column use this same rule. */
export function signerStateKind(
  signed: SignedBy,
  trusted: boolean,
  firstFingerprint: string | undefined,
): SignerStateKind {
  if (signed.source === 'local') return 'own';
  if (firstFingerprint !== undefined && firstFingerprint !== signed.fingerprint) return 'changed';
  return trusted ? 'trusted' : 'unknown';
}

export function signerStateOf(
  signed: SignedBy,
  pin: SignerPinRow | undefined,
  trusted: TrustedSignerRow | undefined,
): SignerState {
  const kind = signerStateKind(signed, trusted !== undefined, pin?.firstFingerprint);
  if (kind === 'own') return { kind, name: '', fingerprint: '', trustedLabel: null, first: null };
  return {
    kind,
    name: signed.name,
    fingerprint: signed.fingerprint,
    trustedLabel: trusted?.label ?? null,
    first: kind === 'changed' && pin ? { fingerprint: pin.firstFingerprint, name: pin.firstName } : null,
  };
}

export function signedByHeader(header: AssessmentHeader): SignedBy {
  return { source: header.source, fingerprint: header.signerFingerprint, name: header.signerName ?? '' };
}

async function stateFor(db: AirrDatabase, assessmentId: string, signed: SignedBy): Promise<SignerState> {
  if (signed.source === 'local') return signerStateOf(signed, undefined, undefined);
  const [pin, trusted] = await Promise.all([
    db.signerPins.get(assessmentId),
    signed.fingerprint ? db.trustedSigners.get(signed.fingerprint) : undefined,
  ]);
  return signerStateOf(signed, pin, trusted);
}

/** The signer state of an assessment's current revision. */
export function readSignerState(db: AirrDatabase, header: AssessmentHeader): Promise<SignerState> {
  return stateFor(db, header.id, signedByHeader(header));
}

/**
 * The signer state of what a compare reference names: an assessment's current revision (`id`) or one kept
 * as history (`id@revision`). undefined when nothing by that reference is stored.
 */
export async function readSignerStateOfRef(db: AirrDatabase, ref: string): Promise<SignerState | undefined> {
  const { id, revision } = parseDocumentRef(ref);
  const header = await db.assessments.get(id);
  if (!header) return undefined;
  if (revision === null || revision === header.revision) return readSignerState(db, header);
  const row = await db.revisions.get([id, revision]);
  if (!row) return undefined;
  const sameAsCurrent = row.signerFingerprint === header.signerFingerprint;
  const name = row.signerName ?? (sameAsCurrent ? (header.signerName ?? '') : '');
  return stateFor(db, id, { source: 'imported', fingerprint: row.signerFingerprint, name });
}

/** The signer states of many headers at once (portfolio), keyed by assessment id. */
export async function readSignerStates(
  db: AirrDatabase,
  headers: readonly AssessmentHeader[],
): Promise<Map<string, SignerState>> {
  const trustedRows = new Map((await db.trustedSigners.toArray()).map((row) => [row.fingerprint, row]));
  const pins = await db.signerPins.bulkGet(headers.map((header) => header.id));
  return new Map(
    headers.map((header, index) => [
      header.id,
      signerStateOf(signedByHeader(header), pins[index], trustedRows.get(header.signerFingerprint)),
    ]),
  );
}

/** The signer states of the assessments with these ids (ids not stored are left out). */
export async function readSignerStatesByIds(
  db: AirrDatabase,
  ids: readonly string[],
): Promise<Map<string, SignerState>> {
  const headers = await db.assessments.bulkGet([...ids]);
  return readSignerStates(
    db,
    headers.filter((header): header is AssessmentHeader => header !== undefined),
  );
}

/** What the library filter needs to compute every header's state: trusted fingerprints, first pins. */
export type SignerContext = {
  trusted: ReadonlySet<string>;
  /** assessment id → fingerprint of the certificate it was first bound to. */
  firstSigners: ReadonlyMap<string, string>;
};

export async function readSignerContext(db: AirrDatabase): Promise<SignerContext> {
  const [trusted, pins] = await Promise.all([
    db.trustedSigners.toCollection().primaryKeys(),
    db.signerPins.toArray(),
  ]);
  return {
    trusted: new Set(trusted),
    firstSigners: new Map(pins.map((pin) => [pin.assessmentId, pin.firstFingerprint])),
  };
}
