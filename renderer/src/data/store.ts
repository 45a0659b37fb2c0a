/**
 * The Store: every read and write the screens make, bound to the one database. It is the only way from
 * renderer/src/ui/ to storage (lint-enforced): screens never see the database or its tables. Reads are plain
 * bound functions so the live-query hooks in this folder can watch them; modules with heavy dependencies are
 * bound lazily so the start-up bundle stays small (see docs/ARCHITECTURE.md, "Start-up").
 */
import type { OpenedFile } from '../platform';
import type { AirrDatabase } from '../storage/database';
import {
  applyChange,
  createAssessment,
  getContent,
  getHeader,
  getJournal,
} from '../storage/assessment-repository';
import { loadDocument, loadDocumentRef } from '../storage/assessment-document';
import {
  getLoadedAssessment,
  getSignedReport,
  latestPerSite,
  siteSeries,
  listBySite,
  listEvidence,
  listRevisions,
} from '../storage/assessment-queries';
import { addEvidence, removeEvidence } from '../storage/evidence-repository';
import { getIdentity, saveIdentity, updateIdentity } from '../storage/identity-repository';
import { getIdleLockMinutes, setIdleLockMinutes } from '../storage/idle-lock-setting';
import { countMatching, librarySigners, queryPage } from '../storage/library-query';
import { listRecipients } from '../storage/recipient-queries';
import { findTrustedSigner, listTrustedSigners, trustedFingerprints } from '../storage/trust-queries';
import {
  addClosureEvidence,
  getClosureEvidenceBlob,
  getRemediationJournal,
  removeClosureEvidence,
  savePlan,
} from '../storage/remediation-repository';
import {
  loadRemediation,
  remediationBySite,
  remediationCounts,
  storedPlansOf,
} from '../storage/remediation-view';
import {
  readSignerContext,
  readSignerState,
  readSignerStateOfRef,
  readSignerStates,
  readSignerStatesByIds,
} from '../storage/signer-state';
import { findSignerPin } from '../storage/signer-pin-repository';
import {
  notePendingEdit,
  replayPendingEdits,
  settlePendingEdit,
  type KeyValueArea,
} from '../storage/pending-edits';
import type { ContentChange } from '../storage/content-binding';
import { bind, lazy } from './bind';
import { dropPlanDraft, keepPlanDraft, keptPlanDraft } from '../storage/plan-drafts';
import type { PlanDraft, RemediationPlan } from '../domain/remediation/model';

const trustCode = () => import('../storage/trust-repository');
const recipientCode = () => import('../storage/recipient-repository');
const importCode = () => import('../services/import/import-service');
const exportCode = () => import('../services/export/run-export');
const poamCode = () => import('../services/remediation/poam-files');
const hashingCode = () => import('../services/hashing/hash-evidence');

/** Where typed edits are logged ahead of the database (storage/pending-edits.ts); none where there is none. */
function defaultPendingArea(): KeyValueArea | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function createStore(db: AirrDatabase, pendingArea: KeyValueArea | null = defaultPendingArea()) {
  return {
    // Assessments
    getHeader: bind(db, getHeader),
    getContent: bind(db, getContent),
    getLoadedAssessment: bind(db, getLoadedAssessment),
    listEvidence: bind(db, listEvidence),
    listRevisions: bind(db, listRevisions),
    listBySite: bind(db, listBySite),
    latestPerSite: bind(db, latestPerSite),
    siteSeries: bind(db, siteSeries),
    getSignedReport: bind(db, getSignedReport),
    loadDocument: bind(db, loadDocument),
    loadDocumentRef: bind(db, loadDocumentRef),
    createAssessment: bind(db, createAssessment),
    /** Applies a change; a field set that committed is removed from the write-ahead log. */
    applyChange: async (assessmentId: string, change: ContentChange, actor: string) => {
      const result = await applyChange(db, assessmentId, change, actor);
      if (result.ok && pendingArea) settlePendingEdit(pendingArea, assessmentId, change);
      return result;
    },
    /** Logs a field edit synchronously, before its save, so a reload or crash cannot lose it. */
    notePendingEdit: (assessmentId: string, change: ContentChange, actor: string) => {
      if (pendingArea) notePendingEdit(pendingArea, assessmentId, change, actor);
    },
    /** Applies the edits a previous run logged but did not commit; run once at start. */
    replayPendingEdits: async () =>
      pendingArea ? replayPendingEdits(db, pendingArea) : { restored: 0, dropped: 0 },
    /** SHA-256 of a picked file, in a worker (two files at a time), or why the file could not be read. */
    hashFile: async (file: File, onProgress?: (bytesDone: number) => void) =>
      (await hashingCode()).hashEvidenceFile(file, onProgress),
    addEvidence: bind(db, addEvidence),
    removeEvidence: bind(db, removeEvidence),
    getJournal: bind(db, getJournal),
    // Remediation (the site's own layer, never the signed content)
    loadRemediation: bind(db, loadRemediation),
    remediationCounts: bind(db, remediationCounts),
    storedPlans: bind(db, storedPlansOf),
    remediationBySite: bind(db, remediationBySite),
    getRemediationJournal: bind(db, getRemediationJournal),
    /** Stores a plan; once stored, its unsaved draft (storage/plan-drafts.ts) is dropped. */
    savePlan: async (assessmentId: string, plan: RemediationPlan, actor: string) => {
      const result = await savePlan(db, assessmentId, plan, actor);
      if (result.ok && pendingArea) dropPlanDraft(pendingArea, assessmentId, plan.findingId);
      return result;
    },
    /** Keeps what is typed in a plan editor, synchronously, until it is saved or discarded. */
    keepPlanDraft: (assessmentId: string, draft: PlanDraft) => {
      if (pendingArea) keepPlanDraft(pendingArea, assessmentId, draft);
    },
    keptPlanDraft: (assessmentId: string, findingId: string) =>
      pendingArea ? keptPlanDraft(pendingArea, assessmentId, findingId) : null,
    dropPlanDraft: (assessmentId: string, findingId: string) => {
      if (pendingArea) dropPlanDraft(pendingArea, assessmentId, findingId);
    },
    addClosureEvidence: bind(db, addClosureEvidence),
    removeClosureEvidence: bind(db, removeClosureEvidence),
    getClosureEvidenceBlob: bind(db, getClosureEvidenceBlob),
    poamFile: lazy(db, () => poamCode().then((m) => m.poamFile)),
    // Library
    queryPage: bind(db, queryPage),
    countMatching: bind(db, countMatching),
    librarySigners: bind(db, librarySigners),
    // Identity
    getIdentity: bind(db, getIdentity),
    saveIdentity: bind(db, saveIdentity),
    updateIdentity: bind(db, updateIdentity),
    getIdleLockMinutes: bind(db, getIdleLockMinutes),
    setIdleLockMinutes: bind(db, setIdleLockMinutes),
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
    // Import
    readBundleFile: async (file: OpenedFile) => (await importCode()).readBundleFile(file),
    verifyImport: lazy(db, () => importCode().then((m) => m.verifyImport)),
    acceptImport: lazy(db, () => importCode().then((m) => m.acceptImport)),
    // Export
    runExport: lazy(db, () => exportCode().then((m) => m.runExport)),
    saveReportOnly: lazy(db, () => exportCode().then((m) => m.saveReportOnly)),
  };
}

export type Store = ReturnType<typeof createStore>;
