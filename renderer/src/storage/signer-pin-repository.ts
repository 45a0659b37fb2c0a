/**
 * Signer pins: which certificate each imported assessment id is bound to, and the recorded decisions that
 * moved it. Pins are only written inside the import transaction (import-repository.ts), never on their own,
 * so a pin and the revision it was accepted with are always stored together.
 */
import type { Failure } from '../domain/result';
import type { AirrDatabase } from './database';
import type { SignerRef } from './import-plan';
import type { AssessmentHeader, SignerPinChange, SignerPinRow } from './rows';

export const MAX_DECIDED_BY_LENGTH = 100;
export const MAX_DECISION_REASON_LENGTH = 500;

/**
 * The explicit decision "the assessor has a new key". It names both certificates, so a decision taken while
 * looking at one bundle can never accept a different one that arrived meanwhile.
 */
export type KeyChangeDecision = {
  pinnedFingerprint: string;
  newFingerprint: string;
  decidedBy: string;
  reason?: string;
};

/** One side of a signer change, with its trust state at the moment of the refusal. */
export type SignerSide = SignerRef & { trusted: boolean; trustedLabel: string | null };

export type SignerChangedRefusal = Failure<'signer-changed'> & {
  direction: 'newer' | 'older';
  pinned: SignerSide;
  incoming: SignerSide;
};

export type KeyChangeFailure = Failure<
  'key-change-decision-invalid' | 'key-change-decision-mismatch' | 'new-signer-not-trusted'
>;

/** The pin of an assessment, if it has one. */
export function findSignerPin(db: AirrDatabase, assessmentId: string): Promise<SignerPinRow | undefined> {
  return db.signerPins.get(assessmentId);
}

/** What the plan compares with: the stored pin, or the pin a pre-v7 header implies. */
export function pinnedRef(pin: SignerPinRow | undefined): SignerRef | undefined {
  return pin ? { fingerprint: pin.fingerprint, name: pin.signerName } : undefined;
}

/** Checks the decision's own fields (not yet against the bundle). */
export function checkDecision(decision: KeyChangeDecision): KeyChangeFailure | null {
  const who = decision.decidedBy.trim();
  const reason = (decision.reason ?? '').trim();
  const hex = /^[0-9a-f]{64}$/;
  if (
    !who ||
    who.length > MAX_DECIDED_BY_LENGTH ||
    reason.length > MAX_DECISION_REASON_LENGTH ||
    !hex.test(decision.pinnedFingerprint) ||
    !hex.test(decision.newFingerprint)
  )
    return {
      ok: false,
      code: 'key-change-decision-invalid',
      message: `Say who decides (1 to ${MAX_DECIDED_BY_LENGTH} characters) and keep the reason to at most ${MAX_DECISION_REASON_LENGTH} characters; nothing was stored.`,
    };
  return null;
}

/** The decision must be about exactly the two certificates this import would switch between. */
export function decisionMatches(
  decision: KeyChangeDecision,
  pinned: SignerRef,
  incoming: SignerRef,
): KeyChangeFailure | null {
  if (decision.pinnedFingerprint === pinned.fingerprint && decision.newFingerprint === incoming.fingerprint)
    return null;
  return {
    ok: false,
    code: 'key-change-decision-mismatch',
    message:
      'The key-change decision was made for other certificates than the ones this import switches between; nothing was stored. Look at both signers again and decide anew.',
  };
}

export const NEW_SIGNER_NOT_TRUSTED: KeyChangeFailure = {
  ok: false,
  code: 'new-signer-not-trusted',
  message:
    'The new signer is not in your trust store. Trust their certificate by its full fingerprint first, then record the key change; nothing was stored.',
};

/** A signer with its trust store entry, read in the caller's transaction. */
export async function signerSide(db: AirrDatabase, signer: SignerRef): Promise<SignerSide> {
  const row = await db.trustedSigners.get(signer.fingerprint);
  return { ...signer, trusted: row !== undefined, trustedLabel: row?.label ?? null };
}

/** A new pin: the certificate of an assessment's first accepted revision. */
export function firstPin(assessmentId: string, signer: SignerRef, at: string): SignerPinRow {
  return {
    assessmentId,
    fingerprint: signer.fingerprint,
    signerName: signer.name,
    pinnedAt: at,
    firstFingerprint: signer.fingerprint,
    firstName: signer.name,
    changes: [],
  };
}

/** The pin a pre-v7 imported header implies, for a header that somehow lacks its pin row. */
export function impliedPin(header: AssessmentHeader): SignerPinRow {
  return firstPin(
    header.id,
    { fingerprint: header.signerFingerprint, name: header.signerName ?? '' },
    header.importedAt ?? header.updatedAt,
  );
}

/**
 * The pin after an accepted change. A revision that becomes current moves the pin to its certificate; an
 * older one kept as history is recorded but leaves the pin alone, since the next revision still comes from
 * the current signer.
 */
export function pinAfterChange(pin: SignerPinRow, change: SignerPinChange): SignerPinRow {
  const changes = [...pin.changes, change];
  if (change.kind === 'history') return { ...pin, changes };
  return {
    ...pin,
    fingerprint: change.toFingerprint,
    signerName: change.toName,
    pinnedAt: change.decidedAt,
    changes,
  };
}
