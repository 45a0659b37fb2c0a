/**
 * The data the PDF report is drawn from. The caller (export flow) assembles it from the assessment document,
 * the framework pack and the scoring module, so this module depends on neither pack loading nor scoring code.
 */
import type { AreaCode, AssessmentDocument, Finding, RoleCode } from '../assessment/model';
import type { RemediationPlan } from '../remediation/model';

/**
 * One score as the scoring module computed it (scoring/tally.ts ScoreSummary): percent is
 * toPercent(summary.score), an integer 0–100 or null when nothing scorable was answered; answered and
 * inScope are the summary's counts.
 */
export type ScoreValue = { percent: number | null; answered: number; inScope: number };

export type ReportScores = {
  overall: ScoreValue;
  /** Share of in-scope practices with an answer other than not-assessed, 0–100. */
  completenessPercent: number;
  byArea: Partial<Record<AreaCode, ScoreValue>>;
  /** The role × area heat map; roles the organization does not hold may be left out. */
  byRoleArea: Partial<Record<RoleCode, Partial<Record<AreaCode, ScoreValue>>>>;
};

export type ReportLabels = {
  /** e.g. "DHS AI Roles and Responsibilities Framework (Nov 2024)". */
  packTitle: string;
  roles: Record<RoleCode, string>;
  areas: Record<AreaCode, string>;
  /** Sector id → display name; unknown ids are printed as they are. */
  sectors: Record<string, string>;
  /** Risk category id (or "category/sub-risk" id) → display name. */
  riskCategories: Record<string, string>;
  /** Risk level id → display name. */
  riskLevels: Record<string, string>;
  /** Practices in scope for this assessment, in pack order. */
  practices: readonly { id: string; area: AreaCode; title: string }[];
  /** Every practice title in the pack by id, for supplier attestations about practices outside the roles. */
  allPracticeTitles?: Readonly<Record<string, string>>;
};

export type ReportSigner = {
  name: string;
  organization: string;
  /** Certificate SHA-256 fingerprint, colon form (AA:BB:…). */
  fingerprint: string;
};

/** The site's remediation layer, printed when it exists (stored plans); not part of the assessor's findings. */
export type ReportRemediation = {
  plans: ReadonlyArray<{ finding: Finding; plan: RemediationPlan }>;
  closed: ReadonlyArray<{ plan: RemediationPlan; title: string; closedInRevision: number | null }>;
  /** yyyy-mm-dd the overdue marks are computed against. */
  today: string;
};

export type ReportInput = {
  document: AssessmentDocument;
  labels: ReportLabels;
  scores: ReportScores;
  signer: ReportSigner;
  /** SHA-256 of the bundle's assessment.json (see bundle/assessment-json.ts): the "assessment digest". */
  assessmentSha256: string;
  /** ISO timestamp printed as the report date and used as the PDF creation date. */
  generatedAt: string;
  appVersion: string;
  remediation?: ReportRemediation;
};
