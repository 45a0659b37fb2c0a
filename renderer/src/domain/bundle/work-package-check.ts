/**
 * What a work package must agree with, checked by the exporter before it writes one and by the verifier
 * before it believes one: a hand-out is signed by its lead and its base is the journal head it carries; a
 * return is signed by its assignee and its journal still holds the base. A package carries the whole journal
 * (the merge reads it), so it is never a redacted copy.
 */
import type { AssessmentDocument } from '../assessment/model';
import { GENESIS_HASH } from '../journal/journal';
import type { WorkPackage } from './manifest';

/** Why a package is refused: the signer is not the one its role names, or the package contradicts itself. */
export type WorkPackageProblem = {
  kind: 'wrong-signer' | 'inconsistent';
  message: string;
  path: string;
};

/** The journal head of a document: its last entry's hash, or the genesis hash for an empty journal. */
export function journalHeadOf(document: Pick<AssessmentDocument, 'journal'>): string {
  return document.journal.at(-1)?.hash ?? GENESIS_HASH;
}

function wrongSigner(pkg: WorkPackage, signerFingerprint: string): WorkPackageProblem | null {
  const expected = pkg.role === 'hand-out' ? pkg.leadFingerprint : pkg.assigneeFingerprint;
  if (signerFingerprint === expected) return null;
  return {
    kind: 'wrong-signer',
    path: pkg.role === 'hand-out' ? 'workPackage.leadFingerprint' : 'workPackage.assigneeFingerprint',
    message:
      pkg.role === 'hand-out'
        ? 'This hand-out is not signed by the lead it names, so it cannot be trusted as their work package.'
        : 'This return is not signed by the assessor the work was handed out to, so it cannot be merged.',
  };
}

/** The first problem of a package in a bundle signed by `signerFingerprint`, or null when it holds. */
export function workPackageProblem(
  pkg: WorkPackage,
  document: Pick<AssessmentDocument, 'journal' | 'content'>,
  signerFingerprint: string,
): WorkPackageProblem | null {
  const signer = wrongSigner(pkg, signerFingerprint);
  if (signer) return signer;
  const inconsistent = (path: string, message: string): WorkPackageProblem => ({
    kind: 'inconsistent',
    path,
    message,
  });
  if (pkg.leadFingerprint === pkg.assigneeFingerprint) {
    return inconsistent(
      'workPackage.assigneeFingerprint',
      'A work package cannot be handed out to its own lead.',
    );
  }
  if (document.content.redaction) {
    return inconsistent(
      'redaction',
      'A work package carries the whole assessment and cannot be a redacted copy.',
    );
  }
  if (pkg.role === 'hand-out' && journalHeadOf(document) !== pkg.baseHead) {
    return inconsistent(
      'workPackage.baseHead',
      'The hand-out names a base other than the head of the journal it carries.',
    );
  }
  const holdsBase =
    pkg.baseHead === GENESIS_HASH || document.journal.some((entry) => entry.hash === pkg.baseHead);
  if (pkg.role === 'return' && !holdsBase) {
    return inconsistent(
      'workPackage.baseHead',
      'The return’s journal does not hold the state it was handed out in.',
    );
  }
  return null;
}
