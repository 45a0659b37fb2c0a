/**
 * What importing a verified bundle would do to what is stored, decided from the stored header and history
 * alone. The same function answers the preview (before the user accepts) and runs again inside the storing
 * transaction, so a second window importing meanwhile cannot make the preview's promise wrong.
 */
import type { AssessmentHeader, RevisionRow } from './rows';

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
  | { kind: 'revision-conflict'; message: string };

export type IncomingBundle = { revision: number; bundleDigest: string };

/** Decides what an import would do. `history` is the stored history row for the incoming revision, if any. */
export function planImport(
  current: AssessmentHeader | undefined,
  history: RevisionRow | undefined,
  incoming: IncomingBundle,
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
  if (stored !== undefined && stored === incoming.bundleDigest)
    return {
      kind: 'already-imported',
      message: `Revision ${incoming.revision} from this bundle is already imported${sameRevision ? '' : ' (kept as history)'}; nothing changes.`,
    };
  if (sameRevision || history)
    return {
      kind: 'revision-conflict',
      message: `A different bundle with revision ${incoming.revision} of this assessment is already stored. Ask the assessor which one is right; nothing was stored.`,
    };
  if (incoming.revision > current.revision)
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
