/**
 * The data layer: the one way screens (renderer/src/ui/) read and write stored data. Live hooks for reads,
 * the Store (bound repository functions) for writes. Screens never see the Dexie database; ESLint enforces it.
 * Everything exported here is light: modules with heavy dependencies are reached lazily through the Store.
 */
export { createStore, type Store } from './store';
export { StoreProvider, useStore } from './store-context';
export { preloadStorageCode } from './storage-code';
export { useAssessment, useAssessmentContent, useAssessmentHeader, useEvidence } from './assessment-hooks';
export type { LoadedAssessment } from '../storage/assessment-queries';
export { useLibraryPage, useLibrarySigners, type LibraryPage } from './library-hooks';
export { usePortfolio, useSeriesTrend, useSiteTrends, type OnOwnPacks } from './portfolio-hooks';
export { useDocuments, useRevisions, useSiteAssessments } from './revision-hooks';
export { useSignedReport } from './report-hooks';
export { useKnownSuppliers, useSentRequests } from './supplier-requester-hooks';
export {
  useRecordJournal,
  useRemediation,
  useRemediationBySite,
  useRemediationCounts,
  useRemediationJournal,
  useStoredPlans,
} from './remediation-hooks';
export { useIdleLockMinutes, useRecipients, useStoredIdentity } from './settings-hooks';
export { useInboxAttachments, useInboxRequest, useSupplierInbox } from './supplier-inbox-hooks';
export { useTrustedFingerprints, useTrustedSigner, useTrustedSigners } from './trust-hooks';
export { usePackOf, usePacks, usePackSet, useUpgradeTarget } from './pack-hooks';
export { useWorkPackages } from './work-package-hooks';
export type { WorkPackageRow } from '../storage/work-package-rows';
export type { ListedPack, PackTrust } from '../storage/pack-repository';
export type { UpgradeSummary } from '../domain/framework/upgrade-assessment';
export type { ReadPack } from '../domain/framework/pack-file';
export {
  useKeyChanges,
  useSignerContext,
  useSignerState,
  useSignerStateOfRef,
  useSignerStates,
  useSignerStatesByIds,
} from './signer-hooks';
// Plain values screens need from storage (all light).
export { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES } from '../storage/idle-lock-choices';
export { DEFAULT_QUERY, SORT_FIELDS } from '../storage/library-query';
export { defaultLabel, MAX_LABEL_LENGTH } from '../storage/trust-queries';
export { parseDocumentRef } from '../storage/document-ref';
export type { BackupSignerInfo } from '../storage/backup/backup-signature';
// Typed content edits: bindings derived from the document schema, and the changes built from them.
export {
  addItem,
  addItems,
  answerField,
  assessorField,
  contentField,
  findingField,
  itemField,
  markingField,
  optionalTextField,
  remediationField,
  removeItem,
  setField,
  siteField,
  systemField,
  systemInventoryField,
  type ContentChange,
  type FieldBinding,
} from '../storage/content-binding';
export { MAX_DECIDED_BY_LENGTH, MAX_DECISION_REASON_LENGTH } from '../storage/signer-pin-repository';
