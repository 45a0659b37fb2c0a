import type { AssessmentContent, EvidenceMeta, JournalEntry } from '../domain/assessment/model';

export type AssessmentStatus = 'draft' | 'in-progress' | 'complete';

/** One row per assessment: what the library lists, filters and sorts on. Derived from the content. */
export interface AssessmentHeader {
  id: string;
  title: string;
  siteName: string;
  sector: string;
  status: AssessmentStatus;
  createdAt: string;
  updatedAt: string;
  revision: number;
  packId: string;
  packVersion: string;
  /** 0..1, share of in-scope practices answered. */
  completeness: number;
  /** 0..1 or null when nothing is scorable yet. */
  overallScore: number | null;
}

export interface ContentRow {
  assessmentId: string;
  content: AssessmentContent;
}

export interface EvidenceRow extends EvidenceMeta {
  assessmentId: string;
  blob: Blob;
}

export interface JournalRow extends JournalEntry {
  assessmentId: string;
}
