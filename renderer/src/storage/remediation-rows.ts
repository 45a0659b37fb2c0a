import type { JournalEntry } from '../domain/assessment/model';
import type { ClosureEvidence, RemediationPlan } from '../domain/remediation/model';

/** The site's plan for one finding, keyed [assessmentId+findingId]; never part of the signed content. */
export interface RemediationRow extends RemediationPlan {
  assessmentId: string;
  updatedAt: string;
}

/** One entry of an assessment's remediation journal, keyed [assessmentId+seq]; its own hash chain. */
export interface RemediationJournalRow extends JournalEntry {
  assessmentId: string;
}

/** A file proving a finding's closure: the blob and its SHA-256 at capture. */
export interface RemediationEvidenceRow extends ClosureEvidence {
  assessmentId: string;
  findingId: string;
  blob: Blob;
}
