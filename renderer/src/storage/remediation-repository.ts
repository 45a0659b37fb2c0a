/**
 * The remediation layer: the site's plans, their own hash-chained journal and closure evidence. Writes go
 * only to the remediation tables, never to an assessment's content, so they work the same on an assessment
 * made here and on a signed import, and no re-import is ever refused or undone because of them (imports do
 * not touch these tables; plans are carried over by finding id).
 */
import { Dexie } from 'dexie';
import { failure, type Failure, type Result } from '../domain/result';
import { appendEntry } from '../domain/journal/journal';
import { MAX_CLOSURE_EVIDENCE, RemediationPlan } from '../domain/remediation/model';
import { planChanges, type PlanFieldChange } from '../domain/remediation/plan-diff';
import { seedPlan } from '../domain/remediation/seed';
import type { AirrDatabase } from './database';
import type { RemediationEvidenceRow, RemediationJournalRow, RemediationRow } from './remediation-rows';
import { Refusal, refusalOrFailure, type IoCode } from './storage-errors';

/** The stable codes of the remediation layer. */
export type RemediationCode = 'invalid-plan' | 'not-found' | 'duplicate-evidence' | IoCode;
export type RemediationFailure = Failure<RemediationCode>;
/** A saved plan and how many journal entries the save appended (0 when nothing changed). */
export type SavedPlan = { plan: RemediationPlan; entries: number };
export type PlanSaveResult = Result<SavedPlan, RemediationCode>;

const range = (id: string) =>
  [
    [id, Dexie.minKey],
    [id, Dexie.maxKey],
  ] as const;

/** Every stored plan of an assessment (including plans of findings the assessor has since removed). */
export function listPlans(db: AirrDatabase, assessmentId: string): Promise<RemediationRow[]> {
  const [low, high] = range(assessmentId);
  return db.remediation.where('[assessmentId+findingId]').between(low, high).toArray();
}

/** The remediation journal, first entry first. */
export function getRemediationJournal(
  db: AirrDatabase,
  assessmentId: string,
): Promise<RemediationJournalRow[]> {
  const [low, high] = range(assessmentId);
  return db.remediationJournal.where('[assessmentId+seq]').between(low, high).toArray();
}

/** The plan of a stored row, without its storage keys. */
export function planOf(row: RemediationRow): RemediationPlan {
  const { assessmentId: _id, updatedAt: _at, ...plan } = row;
  return plan;
}

/** The plan as it stands before a write: stored, or seeded from the finding of the current content. */
async function currentPlan(
  db: AirrDatabase,
  assessmentId: string,
  findingId: string,
): Promise<RemediationPlan> {
  const stored = await db.remediation.get([assessmentId, findingId]);
  if (stored) return planOf(stored);
  const content = await db.contents.get(assessmentId);
  const finding = content?.content.findings.find((item) => item.id === findingId);
  if (!finding) throw new Refusal(failure('not-found', 'This finding is not in the assessment.'));
  return seedPlan(finding);
}

async function journalChanges(
  db: AirrDatabase,
  assessmentId: string,
  changes: readonly PlanFieldChange[],
  actor: string,
  at: string,
): Promise<void> {
  const [low, high] = range(assessmentId);
  let prev = await db.remediationJournal.where('[assessmentId+seq]').between(low, high).last();
  for (const change of changes) {
    const entry = appendEntry(prev, { at, actor, ...change });
    await db.remediationJournal.add({ ...entry, assessmentId });
    prev = { ...entry, assessmentId };
  }
}

async function writePlan(
  db: AirrDatabase,
  assessmentId: string,
  next: (before: RemediationPlan) => RemediationPlan,
  findingId: string,
  actor: string,
  at: string,
): Promise<SavedPlan> {
  if (!(await db.assessments.get(assessmentId)))
    throw new Refusal(failure('not-found', 'This assessment no longer exists.'));
  const before = await currentPlan(db, assessmentId, findingId);
  const parsed = RemediationPlan.safeParse(next(before));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Refusal(
      failure('invalid-plan', `Not saved: ${issue?.message ?? 'the plan is invalid'}`.replace(/\.?$/, '.')),
    );
  }
  const changes = planChanges(before, parsed.data);
  const stored = await db.remediation.get([assessmentId, findingId]);
  if (changes.length === 0 && stored) return { plan: parsed.data, entries: 0 };
  await db.remediation.put({ ...parsed.data, assessmentId, updatedAt: at });
  await journalChanges(db, assessmentId, changes, actor, at);
  return { plan: parsed.data, entries: changes.length };
}

async function inTransaction(db: AirrDatabase, work: () => Promise<SavedPlan>): Promise<PlanSaveResult> {
  try {
    const value = await db.transaction(
      'rw',
      [db.assessments, db.contents, db.remediation, db.remediationJournal, db.remediationEvidence],
      work,
    );
    return { ok: true, value };
  } catch (error) {
    return refusalOrFailure<RemediationFailure>(error);
  }
}

/**
 * Saves a finding's plan (owner, status and its details, dates, milestones, note) in one transaction with one
 * journal entry per changed field. Closure evidence is not taken from `plan`: it changes only through
 * addClosureEvidence/removeClosureEvidence, so the list always matches the stored files.
 */
export async function savePlan(
  db: AirrDatabase,
  assessmentId: string,
  plan: RemediationPlan,
  actor: string,
  now = new Date(),
): Promise<PlanSaveResult> {
  return inTransaction(db, () =>
    writePlan(
      db,
      assessmentId,
      (before) => ({ ...plan, findingId: before.findingId, closureEvidence: before.closureEvidence }),
      plan.findingId,
      actor,
      now.toISOString(),
    ),
  );
}

export type NewClosureEvidence = Omit<RemediationEvidenceRow, 'assessmentId' | 'findingId'>;

/** Attaches a closure evidence file (already hashed) to a finding's plan; the same file twice is refused. */
export async function addClosureEvidence(
  db: AirrDatabase,
  assessmentId: string,
  findingId: string,
  file: NewClosureEvidence,
  actor: string,
  now = new Date(),
): Promise<PlanSaveResult> {
  const { blob, ...meta } = file;
  return inTransaction(db, async () => {
    const written = await writePlan(
      db,
      assessmentId,
      (before) => {
        const same = before.closureEvidence.find((item) => item.sha256 === meta.sha256);
        if (same)
          throw new Refusal(
            failure(
              'duplicate-evidence',
              `“${meta.name}” is already attached to this plan (as “${same.name}”, same SHA-256).`,
            ),
          );
        if (before.closureEvidence.length >= MAX_CLOSURE_EVIDENCE)
          throw new Refusal(
            failure('invalid-plan', `A plan holds at most ${MAX_CLOSURE_EVIDENCE} closure evidence files.`),
          );
        return { ...before, closureEvidence: [...before.closureEvidence, meta] };
      },
      findingId,
      actor,
      now.toISOString(),
    );
    await db.remediationEvidence.add({ ...meta, blob, assessmentId, findingId });
    return written;
  });
}

/** Removes one closure evidence file from a finding's plan (journaled). */
export async function removeClosureEvidence(
  db: AirrDatabase,
  assessmentId: string,
  findingId: string,
  evidenceId: string,
  actor: string,
  now = new Date(),
): Promise<PlanSaveResult> {
  return inTransaction(db, async () => {
    const row = await db.remediationEvidence.get(evidenceId);
    if (!row || row.assessmentId !== assessmentId || row.findingId !== findingId)
      throw new Refusal(failure('not-found', 'This evidence file is no longer attached.'));
    const written = await writePlan(
      db,
      assessmentId,
      (before) => ({
        ...before,
        closureEvidence: before.closureEvidence.filter((item) => item.id !== evidenceId),
      }),
      findingId,
      actor,
      now.toISOString(),
    );
    await db.remediationEvidence.delete(evidenceId);
    return written;
  });
}

/** A closure evidence file's blob, for saving it again. */
export async function getClosureEvidenceBlob(
  db: AirrDatabase,
  assessmentId: string,
  evidenceId: string,
): Promise<Blob | undefined> {
  const row = await db.remediationEvidence.get(evidenceId);
  return row?.assessmentId === assessmentId ? row.blob : undefined;
}
