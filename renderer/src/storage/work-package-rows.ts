/**
 * A work package as this device keeps it (v11 `workPackages`). On the lead's device (`side: 'lead'`) it holds
 * the handed-out base, the state every return is merged against, and the digests of returns merged; on the
 * assessor's (`side: 'assignee'`) it marks the assessment as a working copy of that package. One schema for
 * the repository and the backup's row check.
 */
import { z } from 'zod';
import { AssessmentContent, EvidenceMeta } from '../domain/assessment/model';
import { WorkPackageScope } from '../domain/bundle/manifest';

const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);

export const WORK_PACKAGE_STATES = ['handed-out', 'working', 'returned'] as const;

export const WorkPackageRowSchema = z.object({
  packageId: z.uuid(),
  assessmentId: z.string().min(1).max(100),
  side: z.enum(['lead', 'assignee']),
  baseHead: SHA256_HEX,
  leadFingerprint: SHA256_HEX,
  assigneeFingerprint: SHA256_HEX,
  /** The assignee's name as their certificate (in the lead's trust store) gives it. */
  assigneeName: z.string().max(500),
  scope: WorkPackageScope,
  state: z.enum(WORK_PACKAGE_STATES),
  createdAt: z.iso.datetime({ offset: true }),
  /** Lead only: the handed-out content and evidence metadata, the merge's base. */
  base: z.object({ content: AssessmentContent, evidence: z.array(EvidenceMeta) }).optional(),
  /** Lead only: SHA-256 of SHA256SUMS of each return merged (the same return merged again changes nothing). */
  mergedReturns: z.array(SHA256_HEX).max(10_000),
});
export type WorkPackageRow = z.infer<typeof WorkPackageRowSchema>;
