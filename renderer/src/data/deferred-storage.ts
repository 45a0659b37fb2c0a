/**
 * The storage code the library screen does not need: the repositories that validate what they read and write
 * (zod schemas, the framework pack) and the write-ahead logs. The Store reaches it through storageCode
 * (storage-code.ts), so it is a chunk of its own, loaded after the first screen shows.
 */
export {
  applyChange,
  createAssessment,
  getContent,
  getHeader,
  getJournal,
} from '../storage/assessment-repository';
export { loadDocument, loadDocumentRef } from '../storage/assessment-document';
export { startNextCycle } from '../storage/next-cycle-repository';
export { addEvidence, removeEvidence } from '../storage/evidence-repository';
export { getIdentity, saveIdentity, updateIdentity } from '../storage/identity-repository';
export { getIdleLockMinutes, setIdleLockMinutes } from '../storage/idle-lock-setting';
export {
  addClosureEvidence,
  getClosureEvidenceBlob,
  getRemediationJournal,
  removeClosureEvidence,
  savePlan,
} from '../storage/remediation-repository';
export {
  loadRemediation,
  remediationBySite,
  remediationCounts,
  storedPlansOf,
} from '../storage/remediation-view';
export { notePendingEdit, replayPendingEdits, settlePendingEdit } from '../storage/pending-edits';
export { dropPlanDraft, keepPlanDraft, keptPlanDraft } from '../storage/plan-drafts';
export { knownSuppliers, listSentRequests, sentRequestsOf } from '../storage/supplier-request-repository';
export { findPack, installPack, installRefusal, listPacks } from '../storage/pack-repository';
export { previewUpgrade, upgradeTarget, upgradeToPack } from '../storage/pack-upgrade-repository';
