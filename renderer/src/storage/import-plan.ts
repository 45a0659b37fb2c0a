/**
 * What importing a verified bundle would do to what is stored, decided from the stored header, history and
 * signer pin alone. The same function answers the preview (before the user accepts) and runs again inside the
 * storing transaction, so a second window importing meanwhile cannot make the preview's promise wrong.
 *
 * Signer continuity: an imported assessment id is bound to the certificate that signed its first accepted
 * revision. A revision signed by any other certificate, newer or older, is `signer-changed`, however alike
 * the names look: names are chosen by whoever makes the certificate, fingerprints are not.
 */
import type { AssessmentHeader, RevisionRow } from './rows';

/** A signer as the import page shows it: the certificate's name and its 64-hex SHA-256 fingerprint. */
export type SignerRef = { fingerprint: string; name: string };

export type ImportPlan =
  /** Nothing with this id is stored: it is added. */
  | { kind: 'new'; message: string }
  /** This exact bundle (same revision, same SHA256SUMS) is already stored, current or as history. */
  | { kind: 'already-imported'; message: string }
  /** A newer revision of a stored import: it becomes current, the stored one becomes history. */
  | { kind: 'newer'; storedRevision: number; message: string }
  /** An older revision than the stored one: only kept, as history, if the user asks. */
  | { kind: 'older'; storedRevision: number; message: string }
  /** An assessment made on this device has the same id: refused, it is never overwritten. */
  | { kind: 'local-conflict'; message: string }
  /** A different bundle claims a revision already stored: refused, someone must explain the difference. */
  | { kind: 'revision-conflict'; message: string }
  /**
   * Signed by another certificate than the pinned one: refused unless the new signer is trusted and someone
   * records the decision that the assessor has a new key. `direction` says what accepting would then do.
   */
  | {
      kind: 'signer-changed';
      direction: 'newer' | 'older';
      storedRevision: number;
      pinned: SignerRef;
      incoming: SignerRef;
      message: string;
    };

export type IncomingBundle = {
  revision: number;
  /** The bundle digest: SHA-256 of SHA256SUMS, new for every export. */
  bundleDigest: string;
  /**
   * The assessment digest: SHA-256 of assessment.json (stored as `documentDigest`). The same revision
   * exported twice has the same one, but a new bundle digest.
   */
  assessmentDigest: string;
  signer: SignerRef;
};

function signerChanged(
  direction: 'newer' | 'older',
  storedRevision: number,
  pinned: SignerRef,
  incoming: IncomingBundle,
): ImportPlan {
  return {
    kind: 'signer-changed',
    direction,
    storedRevision,
    pinned,
    incoming: incoming.signer,
    message: `Revision ${incoming.revision} is signed by a different certificate than the one this assessment is bound to. It is refused unless the new signer is trusted and you record that the assessor has a new key; nothing was stored.`,
  };
}

/**
 * Decides what an import would do. `history` is the stored history row for the incoming revision, if any;
 * `pinned` the certificate the assessment id is bound to (the current revision's signer when no pin is stored).
 */
export function planImport(
  current: AssessmentHeader | undefined,
  history: RevisionRow | undefined,
  incoming: IncomingBundle,
  pinned?: SignerRef,
): ImportPlan {
  if (!current) return { kind: 'new', message: 'This assessment is not in the library yet.' };
  if (current.source !== 'imported')
    return {
      kind: 'local-conflict',
      message:
        'An assessment made on this device has the same id. It is never overwritten by an import; nothing was stored.',
    };
  const sameRevision = current.revision === incoming.revision;
  const stored = sameRevision ? current.bundleDigest : history?.bundleDigest;
  const where = sameRevision ? '' : ' (kept as history)';
  if (stored !== undefined && stored === incoming.bundleDigest)
    return {
      kind: 'already-imported',
      message: `Revision ${incoming.revision} from this bundle is already imported${where}; nothing changes.`,
    };
  // The assessor exported the same revision again (for example sealed to another recipient): a new
  // signature and manifest time, but the same assessment.json from the same signer. Nothing new to store.
  const storedDocument = sameRevision ? current.documentDigest : history?.documentDigest;
  const storedSigner = sameRevision ? current.signerFingerprint : history?.signerFingerprint;
  if (
    storedDocument !== undefined &&
    storedDocument === incoming.assessmentDigest &&
    storedSigner === incoming.signer.fingerprint
  )
    return {
      kind: 'already-imported',
      message: `Revision ${incoming.revision} with this exact content is already imported${where} from another export of it; nothing changes.`,
    };
  if (sameRevision || history)
    return {
      kind: 'revision-conflict',
      message: `A different bundle with revision ${incoming.revision} of this assessment is already stored. Ask the assessor which one is right; nothing was stored.`,
    };
  const pin = pinned ?? { fingerprint: current.signerFingerprint, name: current.signerName ?? '' };
  const newer = incoming.revision > current.revision;
  if (incoming.signer.fingerprint !== pin.fingerprint)
    return signerChanged(newer ? 'newer' : 'older', current.revision, pin, incoming);
  if (newer)
    return {
      kind: 'newer',
      storedRevision: current.revision,
      message: `Revision ${incoming.revision} is newer than the stored revision ${current.revision}: it becomes current and revision ${current.revision} is kept as history.`,
    };
  return {
    kind: 'older',
    storedRevision: current.revision,
    message: `Revision ${incoming.revision} is older than the stored revision ${current.revision}. It does not replace it; you can keep it as history.`,
  };
}
