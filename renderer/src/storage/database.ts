import { Dexie, type EntityTable, type Table } from 'dexie';
import { migration001Initial } from './migrations/001-initial';
import { migration002AssessmentContent } from './migrations/002-assessment-content';
import { migration003SigningAndImport } from './migrations/003-signing-and-import';
import { migration004SearchWords } from './migrations/004-search-words';
import { migration005SignedReports } from './migrations/005-signed-reports';
import { migration006RemediationLayer } from './migrations/006-remediation-layer';
import { migration007SignerPins } from './migrations/007-signer-pins';
import { migration008ExportRevisions } from './migrations/008-export-revisions';
import { migration009SupplierTables } from './migrations/009-supplier-tables';
import { migration010FrameworkPacks } from './migrations/010-framework-packs';
import { migration011WorkPackages } from './migrations/011-work-packages';
import type {
  AssessmentHeader,
  ContentRow,
  EvidenceRow,
  IdentityRow,
  JournalRow,
  RecipientRow,
  ReportRow,
  RevisionRow,
  SignerPinRow,
  TrustedSignerRow,
} from './rows';
import type { RemediationEvidenceRow, RemediationJournalRow, RemediationRow } from './remediation-rows';
import type {
  SupplierAttachmentRow,
  SupplierInboxRow,
  SupplierPinRow,
  SupplierRequestRow,
  SupplierResponseRow,
} from './supplier-rows';
import type { PackRow } from './pack-rows';
import type { WorkPackageRow } from './work-package-rows';

export const DATABASE_NAME = 'airr-assessor';

/** Every schema version ever released, oldest first. Each file in migrations/ is kept forever. */
export const MIGRATIONS: ReadonlyArray<(db: Dexie) => void> = [
  migration001Initial,
  migration002AssessmentContent,
  migration003SigningAndImport,
  migration004SearchWords,
  migration005SignedReports,
  migration006RemediationLayer,
  migration007SignerPins,
  migration008ExportRevisions,
  migration009SupplierTables,
  migration010FrameworkPacks,
  migration011WorkPackages,
];

export type AirrDatabase = Dexie & {
  assessments: EntityTable<AssessmentHeader, 'id'>;
  contents: EntityTable<ContentRow, 'assessmentId'>;
  evidence: EntityTable<EvidenceRow, 'id'>;
  // Compound primary key [assessmentId+seq].
  journal: Table<JournalRow, [string, number]>;
  identities: EntityTable<IdentityRow, 'id'>;
  recipients: EntityTable<RecipientRow, 'id'>;
  trustedSigners: EntityTable<TrustedSignerRow, 'fingerprint'>;
  // Compound primary key [assessmentId+revision].
  revisions: Table<RevisionRow, [string, number]>;
  reports: EntityTable<ReportRow, 'assessmentId'>;
  // Remediation layer (v6), compound keys [assessmentId+findingId] and [assessmentId+seq].
  remediation: Table<RemediationRow, [string, string]>;
  remediationJournal: Table<RemediationJournalRow, [string, number]>;
  remediationEvidence: EntityTable<RemediationEvidenceRow, 'id'>;
  signerPins: EntityTable<SignerPinRow, 'assessmentId'>;
  // Supplier hand-off (v9).
  supplierRequests: EntityTable<SupplierRequestRow, 'id'>;
  supplierResponses: EntityTable<SupplierResponseRow, 'id'>;
  supplierPins: EntityTable<SupplierPinRow, 'supplierId'>;
  supplierInbox: EntityTable<SupplierInboxRow, 'id'>;
  supplierAttachments: EntityTable<SupplierAttachmentRow, 'id'>;
  // Installed framework packs (v10), compound key [id+version].
  packs: Table<PackRow, [string, string]>;
  // Work packages handed out or received (v11).
  workPackages: EntityTable<WorkPackageRow, 'packageId'>;
};

/** Opens (or creates) the database with every migration declared; upgrades run on first open. */
export function openDatabase(
  name: string = DATABASE_NAME,
  options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange },
): AirrDatabase {
  const db = new Dexie(name, options) as AirrDatabase;
  for (const migrate of MIGRATIONS) migrate(db);
  return db;
}
