/**
 * The Store: every read and write the screens make, bound to the one database. It is the only way from
 * renderer/src/ui/ to storage (lint-enforced): screens never see the database or its tables. Reads are plain
 * bound functions so the live-query hooks in this folder can watch them. Only what the library screen reads is
 * bound eagerly; the repositories that validate with zod are deferred (storage-code.ts) and the heavy
 * pipelines lazy, so the start-up bundle stays small (see docs/ARCHITECTURE.md, "Start-up").
 */
import type { OpenedFile } from '../platform';
import type { AirrDatabase } from '../storage/database';
import {
  getLoadedAssessment,
  getSignedReport,
  latestPerSite,
  siteSeries,
  seriesOf,
  listBySite,
  listEvidence,
  listRevisions,
} from '../storage/assessment-queries';
import { countMatching, librarySigners, queryPage } from '../storage/library-query';
import { listRecipients } from '../storage/recipient-queries';
import { findTrustedSigner, listTrustedSigners, trustedFingerprints } from '../storage/trust-queries';
import {
  readSignerContext,
  readSignerState,
  readSignerStateOfRef,
  readSignerStates,
  readSignerStatesByIds,
} from '../storage/signer-state';
import { findSignerPin } from '../storage/signer-pin-repository';
import type { KeyValueArea } from '../storage/pending-edits';
import { pendingEditKeys } from '../storage/pending-edit-keys';
import type { ContentChange } from '../storage/content-binding';
import { bind, deferred, lazy } from './bind';
import { storageCode } from './storage-code';
import type * as DeferredStorageModule from './deferred-storage';
import type { PlanDraft, RemediationPlan } from '../domain/remediation/model';
import type { PackRef } from '../domain/assessment/model';
import { supplierRequesterStore } from './supplier-requester-store';
import { primedPage } from './primed-page';

const trustCode = () => import('../storage/trust-repository');
const recipientCode = () => import('../storage/recipient-repository');
const importCode = () => import('../services/import/import-service');
const exportCode = () => import('../services/export/run-export');
const poamCode = () => import('../services/remediation/poam-files');
const hashingCode = () => import('../services/hashing/hash-evidence');
const backupCode = () => import('../services/backup/backup-service');
const autoBackupCode = () => import('../services/backup/auto-backup');
const supplierInboxCode = () => import('../services/supplier/supplier-inbox-service');
const supplierInboxStorage = () => import('../storage/supplier-inbox-repository');
const packFileCode = () => import('../domain/framework/pack-file');
const workPackageCode = () => import('../services/work-package/work-package-service');

/** Where typed edits are logged ahead of the database (storage/pending-edits.ts); none where there is none. */
function defaultPendingArea(): KeyValueArea | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The write-ahead logs (pending edits, plan drafts) are synchronous and live in the deferred storage code.
 * They are called from screens other than the library, which show only once that code has loaded
 * (ui/app/routes.tsx); a write that still comes earlier is made as soon as the code is there.
 */
type DeferredStorage = typeof DeferredStorageModule;

function withStorageCode(write: (code: DeferredStorage) => void): void {
  const code = storageCode.loaded();
  if (code) write(code);
  else void storageCode.load().then(write);
}

function loadedStorageCode(): DeferredStorage {
  const code = storageCode.loaded();
  if (!code) throw new Error('The storage code is not loaded yet: open this screen through its route.');
  return code;
}

export function createStore(db: AirrDatabase, pendingArea: KeyValueArea | null = defaultPendingArea()) {
  const firstPage = primedPage((query, offset, limit) => queryPage(db, query, offset, limit));
  return {
    // Assessments
    getHeader: deferred(db, storageCode, (m) => m.getHeader),
    getContent: deferred(db, storageCode, (m) => m.getContent),
    getLoadedAssessment: bind(db, getLoadedAssessment),
    listEvidence: bind(db, listEvidence),
    listRevisions: bind(db, listRevisions),
    listBySite: bind(db, listBySite),
    latestPerSite: bind(db, latestPerSite),
    siteSeries: bind(db, siteSeries),
    seriesOf: bind(db, seriesOf),
    getSignedReport: bind(db, getSignedReport),
    loadDocument: deferred(db, storageCode, (m) => m.loadDocument),
    loadDocumentRef: deferred(db, storageCode, (m) => m.loadDocumentRef),
    createAssessment: deferred(db, storageCode, (m) => m.createAssessment),
    startNextCycle: deferred(db, storageCode, (m) => m.startNextCycle),
    /** Applies a change; a field set that committed is removed from the write-ahead log. */
    applyChange: async (assessmentId: string, change: ContentChange, actor: string) => {
      const code = await storageCode.load();
      const result = await code.applyChange(db, assessmentId, change, actor);
      if (result.ok && pendingArea) code.settlePendingEdit(pendingArea, assessmentId, change);
      return result;
    },
    /** Logs a field edit synchronously, before its save, so a reload or crash cannot lose it. */
    notePendingEdit: (assessmentId: string, change: ContentChange, actor: string) => {
      if (pendingArea)
        withStorageCode((code) => code.notePendingEdit(pendingArea, assessmentId, change, actor));
    },
    /** Applies the edits a previous run logged but did not commit; run once at start. */
    replayPendingEdits: async () =>
      pendingArea && pendingEditKeys(pendingArea).length > 0
        ? (await storageCode.load()).replayPendingEdits(db, pendingArea)
        : { restored: 0, dropped: 0 },
    /** The hashing client's code, fetched when evidence can be attached, so a first attach does not wait for it. */
    preloadHashingCode: () => hashingCode().then(() => undefined),
    /** SHA-256 of a picked file, in a worker (two files at a time), or why the file could not be read. */
    hashFile: async (file: File, onProgress?: (bytesDone: number) => void) =>
      (await hashingCode()).hashEvidenceFile(file, onProgress),
    addEvidence: deferred(db, storageCode, (m) => m.addEvidence),
    removeEvidence: deferred(db, storageCode, (m) => m.removeEvidence),
    getJournal: deferred(db, storageCode, (m) => m.getJournal),
    // Remediation (the site's own layer, never the signed content)
    loadRemediation: deferred(db, storageCode, (m) => m.loadRemediation),
    remediationCounts: deferred(db, storageCode, (m) => m.remediationCounts),
    storedPlans: deferred(db, storageCode, (m) => m.storedPlansOf),
    remediationBySite: deferred(db, storageCode, (m) => m.remediationBySite),
    getRemediationJournal: deferred(db, storageCode, (m) => m.getRemediationJournal),
    /** Stores a plan; once stored, its unsaved draft (storage/plan-drafts.ts) is dropped. */
    savePlan: async (assessmentId: string, plan: RemediationPlan, actor: string) => {
      const code = await storageCode.load();
      const result = await code.savePlan(db, assessmentId, plan, actor);
      if (result.ok && pendingArea) code.dropPlanDraft(pendingArea, assessmentId, plan.findingId);
      return result;
    },
    /** Keeps what is typed in a plan editor, synchronously, until it is saved or discarded. */
    keepPlanDraft: (assessmentId: string, draft: PlanDraft) => {
      if (pendingArea) withStorageCode((code) => code.keepPlanDraft(pendingArea, assessmentId, draft));
    },
    keptPlanDraft: (assessmentId: string, findingId: string) =>
      pendingArea ? loadedStorageCode().keptPlanDraft(pendingArea, assessmentId, findingId) : null,
    dropPlanDraft: (assessmentId: string, findingId: string) => {
      if (pendingArea) withStorageCode((code) => code.dropPlanDraft(pendingArea, assessmentId, findingId));
    },
    addClosureEvidence: deferred(db, storageCode, (m) => m.addClosureEvidence),
    removeClosureEvidence: deferred(db, storageCode, (m) => m.removeClosureEvidence),
    getClosureEvidenceBlob: deferred(db, storageCode, (m) => m.getClosureEvidenceBlob),
    poamFile: lazy(db, () => poamCode().then((m) => m.poamFile)),
    // Library
    queryPage: bind(db, queryPage),
    countMatching: bind(db, countMatching),
    librarySigners: bind(db, librarySigners),
    /** Reads a library page before the first render (main.tsx), so the library's first commit shows it. */
    primeLibraryPage: firstPage.prime,
    /** The page {@link primeLibraryPage} read, if it is this query's; handed out once. */
    takePrimedLibraryPage: firstPage.take,
    // Identity
    getIdentity: deferred(db, storageCode, (m) => m.getIdentity),
    saveIdentity: deferred(db, storageCode, (m) => m.saveIdentity),
    updateIdentity: deferred(db, storageCode, (m) => m.updateIdentity),
    getIdleLockMinutes: deferred(db, storageCode, (m) => m.getIdleLockMinutes),
    setIdleLockMinutes: deferred(db, storageCode, (m) => m.setIdleLockMinutes),
    // Recipients
    listRecipients: bind(db, listRecipients),
    addRecipient: lazy(db, () => recipientCode().then((m) => m.addRecipient)),
    removeRecipient: lazy(db, () => recipientCode().then((m) => m.removeRecipient)),
    // Trust
    listTrustedSigners: bind(db, listTrustedSigners),
    findTrustedSigner: bind(db, findTrustedSigner),
    trustedFingerprints: bind(db, trustedFingerprints),
    addTrustedSigner: lazy(db, () => trustCode().then((m) => m.addTrustedSigner)),
    removeTrustedSigner: lazy(db, () => trustCode().then((m) => m.removeTrustedSigner)),
    readTrustCandidate: async (certificate: string | Uint8Array) =>
      (await trustCode()).readTrustCandidate(certificate),
    // Signers: trust state and pins (signer continuity)
    readSignerState: bind(db, readSignerState),
    readSignerStateOfRef: bind(db, readSignerStateOfRef),
    readSignerStates: bind(db, readSignerStates),
    readSignerStatesByIds: bind(db, readSignerStatesByIds),
    readSignerContext: bind(db, readSignerContext),
    findSignerPin: bind(db, findSignerPin),
    // Import. The import screen loads the verifier's code while the user picks a file (about 150-270 ms of
    // chunks here, pkijs among them), so that a verify starts hashing at once instead of waiting for it.
    preloadImportCode: () => importCode().then(() => undefined),
    readBundleFile: async (file: OpenedFile) => (await importCode()).readBundleFile(file),
    verifyImport: lazy(db, () => importCode().then((m) => m.verifyImport)),
    acceptImport: lazy(db, () => importCode().then((m) => m.acceptImport)),
    // Export
    runExport: lazy(db, () => exportCode().then((m) => m.runExport)),
    saveReportOnly: lazy(db, () => exportCode().then((m) => m.saveReportOnly)),
    // Backup and restore of the whole library (restore writes only after confirmRestore)
    backupFileName: async (now: Date) => (await backupCode()).backupFileName(now),
    saveBackup: lazy(db, () => backupCode().then((m) => m.saveBackup)),
    previewRestore: lazy(db, () => backupCode().then((m) => m.previewRestore)),
    confirmRestore: lazy(db, () => backupCode().then((m) => m.confirmRestore)),
    // Desktop only: one automatic backup into main's folder, sealed to the chosen recipient
    runAutoBackup: lazy(db, () => autoBackupCode().then((m) => m.runAutoBackup)),
    // Supplier side of the hand-off: requests received, their draft answers and attachments
    listInbox: lazy(db, () => supplierInboxStorage().then((m) => m.listInbox)),
    getInboxRequest: lazy(db, () => supplierInboxStorage().then((m) => m.getInboxRequest)),
    listInboxAttachments: lazy(db, () => supplierInboxStorage().then((m) => m.listInboxAttachments)),
    saveInboxDraft: lazy(db, () => supplierInboxStorage().then((m) => m.saveInboxDraft)),
    removeInboxAttachment: lazy(db, () => supplierInboxStorage().then((m) => m.removeInboxAttachment)),
    previewSupplierRequest: lazy(db, () => supplierInboxCode().then((m) => m.previewRequest)),
    addToSupplierInbox: lazy(db, () => supplierInboxCode().then((m) => m.addToInbox)),
    attachSupplierFile: lazy(db, () => supplierInboxCode().then((m) => m.attachFile)),
    sendSupplierResponse: lazy(db, () => supplierInboxCode().then((m) => m.sendResponse)),
    // Framework packs: the built-in one and those installed from files; upgrading an assessment's pack
    findPack: deferred(db, storageCode, (m) => m.findPack),
    listPacks: deferred(db, storageCode, (m) => m.listPacks),
    /** Reads a pack file strictly (certificate code loads on first use); nothing is stored. */
    readPackFile: async (bytes: Uint8Array) => (await packFileCode()).readPackFile(bytes),
    installRefusal: deferred(db, storageCode, (m) => m.installRefusal),
    installPack: deferred(db, storageCode, (m) => m.installPack),
    upgradeTarget: deferred(db, storageCode, (m) => m.upgradeTarget),
    previewUpgrade: deferred(db, storageCode, (m) => m.previewUpgrade),
    /** Upgrades an assessment's pack; its edits still in the write-ahead log are applied first, in the same write. */
    upgradeToPack: async (assessmentId: string, to: PackRef, actor: string) =>
      (await storageCode.load()).upgradeToPack(
        db,
        assessmentId,
        to,
        actor,
        new Date(),
        pendingArea ?? undefined,
      ),
    // Work packages: hand out, open as a working copy, return, merge a return
    listWorkPackages: lazy(db, () => workPackageCode().then((m) => m.packagesOf)),
    handOut: lazy(db, () => workPackageCode().then((m) => m.handOut)),
    returnToLead: lazy(db, () => workPackageCode().then((m) => m.returnToLead)),
    openHandOut: lazy(db, () => workPackageCode().then((m) => m.openHandOut)),
    prepareReturnMerge: lazy(db, () => workPackageCode().then((m) => m.prepareReturnMerge)),
    applyReturnMerge: lazy(db, () => workPackageCode().then((m) => m.applyReturnMerge)),
    ...supplierRequesterStore(db),
  };
}

export type Store = ReturnType<typeof createStore>;
