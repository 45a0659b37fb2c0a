/**
 * Handing work out and sending it back, both through the ordinary export (services/export/run-export.ts):
 * the same signed (optionally sealed) bundle, with a work package in its manifest. The export freezes the
 * journal it reads, so the hand-out's base stays in the lead's journal whatever is edited afterwards.
 */
import type { AssessmentDocument } from '../../domain/assessment/model';
import type { WorkPackage, WorkPackageScope } from '../../domain/bundle/manifest';
import { journalHeadOf } from '../../domain/bundle/work-package-check';
import { failure, success, type Failure, type Result } from '../../domain/result';
import type { AirrDatabase } from '../../storage/database';
import {
  markReturned,
  packagesOf,
  recordHandOut,
  workingCopyOf,
} from '../../storage/work-package-repository';
import type { WorkPackageRow } from '../../storage/work-package-rows';
import type { ExportCode } from '../export/export-codes';
import { runExport, type Exported, type ExportRequest } from '../export/run-export';

export type HandOutCode =
  | ExportCode
  | 'assignee-not-trusted'
  | 'assignee-is-lead'
  | 'package-live'
  | 'package-not-recorded'
  | 'not-a-working-copy'
  | 'wrong-identity';

export type PackageRequest = Omit<ExportRequest, 'redaction' | 'workPackage'>;

export type HandOutRequest = PackageRequest & {
  /** SHA-256 fingerprint (lowercase hex) of the assessor's certificate, from this device's trust store. */
  assignee: string;
  scope: WorkPackageScope;
  now?: Date;
};

export type HandedOut = Exported & { packageId: string };

function scopeOf(scope: WorkPackageScope): WorkPackageScope {
  return {
    ...(scope.areas && scope.areas.length > 0 ? { areas: [...scope.areas] } : {}),
    ...(scope.roles && scope.roles.length > 0 ? { roles: [...scope.roles] } : {}),
  };
}

/**
 * The package of this assessment the assignee still holds unmerged, if any. An assessor's device holds one
 * working copy per assessment, so a second live package to the same person could not open there, and two
 * bases would stand for one person's work: hand out again once a return of the first is merged (or to someone
 * else, whenever).
 */
async function livePackageOf(
  db: AirrDatabase,
  assessmentId: string,
  assignee: string,
): Promise<WorkPackageRow | undefined> {
  return (await packagesOf(db, assessmentId)).find(
    (row) => row.side === 'lead' && row.assigneeFingerprint === assignee && row.mergedReturns.length === 0,
  );
}

/**
 * Writes a signed hand-out of the assessment to a trusted assessor and records the package with its base (the
 * content and evidence the export read). Refused, with nothing written, when the assignee is not trusted here,
 * is the lead's own identity, or still holds a package of this assessment whose return was not merged.
 */
export async function handOut(
  db: AirrDatabase,
  request: HandOutRequest,
): Promise<Result<HandedOut, HandOutCode, Failure<HandOutCode>>> {
  const trusted = await db.trustedSigners.get(request.assignee);
  if (!trusted)
    return failure(
      'assignee-not-trusted',
      'Work can be handed out only to an assessor whose certificate is on the Trust page. Nothing was written.',
    );
  const lead = request.signer.record.fingerprint;
  if (request.assignee === lead)
    return failure(
      'assignee-is-lead',
      'Work cannot be handed out to your own identity. Nothing was written.',
    );
  const live = await livePackageOf(db, request.assessmentId, request.assignee);
  if (live)
    return failure(
      'package-live',
      `${trusted.subjectName} still holds the work package of this assessment handed out on ${live.createdAt.slice(0, 10)}, and no return of it has been merged. Merge their return first (or send them that file again); nothing was written.`,
    );
  const packageId = crypto.randomUUID();
  const scope = scopeOf(request.scope);
  let base: AssessmentDocument | undefined;
  const workPackage = (stored: AssessmentDocument): WorkPackage => {
    base = stored;
    return {
      role: 'hand-out',
      packageId,
      baseHead: journalHeadOf(stored),
      leadFingerprint: lead,
      assigneeFingerprint: request.assignee,
      scope,
    };
  };
  const exported = await runExport(db, { ...request, workPackage });
  if (!exported.ok) return exported;
  if (!base) return failure('export-failed', 'The hand-out was not prepared.');
  const row: WorkPackageRow = {
    packageId,
    assessmentId: request.assessmentId,
    side: 'lead',
    baseHead: journalHeadOf(base),
    leadFingerprint: lead,
    assigneeFingerprint: request.assignee,
    assigneeName: trusted.subjectName,
    scope,
    state: 'handed-out',
    createdAt: (request.now ?? new Date()).toISOString(),
    base: { content: base.content, evidence: base.evidence },
    mergedReturns: [],
  };
  const recorded = await recordHandOut(db, row);
  if (!recorded.ok)
    return failure(
      'package-not-recorded',
      `${exported.value.name} was saved, but this device could not record the work package (${recorded.message}) Hand the work out again.`,
    );
  return success({ ...exported.value, packageId });
}

/**
 * Writes the working copy back as a signed return to its lead. Refused, with nothing written, when the
 * assessment is not a working copy or the unlocked identity is not the package's assignee.
 */
export async function returnToLead(
  db: AirrDatabase,
  request: PackageRequest,
): Promise<Result<Exported, HandOutCode, Failure<HandOutCode>>> {
  const row = await workingCopyOf(db, request.assessmentId);
  if (!row) return failure('not-a-working-copy', 'This assessment is not a work package handed out to you.');
  if (request.signer.record.fingerprint !== row.assigneeFingerprint)
    return failure(
      'wrong-identity',
      'This work package was handed out to another of your identities: unlock that one to return it. Nothing was written.',
    );
  const exported = await runExport(db, {
    ...request,
    workPackage: () => ({
      role: 'return',
      packageId: row.packageId,
      baseHead: row.baseHead,
      leadFingerprint: row.leadFingerprint,
      assigneeFingerprint: row.assigneeFingerprint,
      scope: row.scope,
    }),
  });
  if (!exported.ok) return exported;
  const marked = await markReturned(db, row.packageId);
  if (!marked.ok)
    return failure(
      'package-not-recorded',
      `${exported.value.name} was saved, but this device could not note the return (${marked.message}) Send the file to your lead, then return the work again before changing anything.`,
    );
  return success(exported.value);
}
