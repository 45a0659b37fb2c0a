/**
 * Storing a verified bundle. Everything an import writes (header, content, evidence blobs, journal, and the
 * history row for the revision it replaces) happens in ONE transaction, so a failure at any point (a full
 * disk, a clashing evidence id) leaves the database exactly as it was: nothing is ever half-imported.
 * Nothing awaits WebCrypto inside the transaction (that would end it); the digest is computed beforehand.
 */
import type { AssessmentDocument } from '../domain/assessment/model';
import { summarizeContent } from '../domain/assessment/summary';
import { BUILT_IN_PACK } from '../domain/framework/builtin-pack';
import type { Failure } from '../domain/result';
import type { VerifiedBundle } from '../domain/import/verify-types';
import type { AirrDatabase } from './database';
import { planImport, type ImportPlan } from './import-plan';
import type { AssessmentHeader, EvidenceRow, JournalRow, RevisionRow } from './rows';
import { storageFailure, type StorageFailure } from './storage-errors';
import { searchWordsOf } from './search-words';
import { loadDocument } from './assessment-document';

/** A verified bundle ready to store, with the SHA-256 of its SHA256SUMS (see import-pipeline.ts). */
export type PreparedImport = { verdict: VerifiedBundle; bundleDigest: string };

export type StoreOutcome = 'added' | 'updated' | 'kept-as-history' | 'already-imported';

export type ImportRefusal = Failure<'local-conflict' | 'revision-conflict' | 'older-revision'>;

export type StoreResult =
  | { ok: true; outcome: StoreOutcome; assessmentId: string; revision: number; message: string }
  | ImportRefusal
  | StorageFailure;

export type StoreOptions = {
  /** The second, explicit action for an older revision: keep it as history. */
  keepOlderAsHistory?: boolean;
  now?: Date;
};

const TABLES = ['assessments', 'contents', 'evidence', 'journal', 'revisions', 'reports'] as const;

function historyRow(db: AirrDatabase, id: string, revision: number): Promise<RevisionRow | undefined> {
  return db.revisions.get([id, revision]);
}

/** What storing this bundle would do, for the preview. Read-only. */
export async function previewImport(db: AirrDatabase, prepared: PreparedImport): Promise<ImportPlan> {
  const { id, revision } = prepared.verdict.document;
  const [current, history] = await Promise.all([db.assessments.get(id), historyRow(db, id, revision)]);
  return planImport(current, history, { revision, bundleDigest: prepared.bundleDigest });
}

function headerOf(prepared: PreparedImport, importedAt: string): AssessmentHeader {
  const { document, signer } = prepared.verdict;
  return {
    id: document.id,
    title: document.content.title,
    siteName: document.content.site.name,
    sector: document.content.sector,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
    revision: document.revision,
    packId: document.pack.id,
    packVersion: document.pack.version,
    source: 'imported',
    signerFingerprint: signer.fingerprintHex,
    signerName: signer.subject.name,
    bundleDigest: prepared.bundleDigest,
    importedAt,
    ...summarizeContent(BUILT_IN_PACK, document.content),
    searchWords: searchWordsOf(document.content.title, document.content.site.name),
  };
}

function evidenceRows(verdict: VerifiedBundle): EvidenceRow[] {
  const bytesByHash = new Map(verdict.evidence.map((file) => [file.sha256, file.bytes]));
  return verdict.document.evidence.map((meta) => ({
    ...meta,
    assessmentId: verdict.document.id,
    blob: new Blob([new Uint8Array(bytesByHash.get(meta.sha256) ?? new Uint8Array())], { type: meta.type }),
  }));
}

/** The stored current revision as a document, to keep as history (evidence as metadata; blobs are replaced). */
async function storedDocument(db: AirrDatabase, header: AssessmentHeader): Promise<AssessmentDocument> {
  const document = await loadDocument(db, header.id);
  if (!document) throw new Error(`The stored content of ${header.id} is missing.`);
  return document;
}

async function writeCurrent(
  db: AirrDatabase,
  prepared: PreparedImport,
  evidence: EvidenceRow[],
  at: string,
): Promise<void> {
  const { document } = prepared.verdict;
  const journal: JournalRow[] = document.journal.map((entry) => ({ ...entry, assessmentId: document.id }));
  await db.evidence.where('assessmentId').equals(document.id).delete();
  await db.journal.where('assessmentId').equals(document.id).delete();
  await db.assessments.put(headerOf(prepared, at));
  await db.contents.put({ assessmentId: document.id, content: document.content });
  // add, not put: an evidence id already used by another assessment must fail the import, not steal the row.
  await db.evidence.bulkAdd(evidence);
  await db.journal.bulkAdd(journal);
  const pdf = new Blob([new Uint8Array(prepared.verdict.reportPdf)], { type: 'application/pdf' });
  await db.reports.put({ assessmentId: document.id, revision: document.revision, pdf });
}

class Refused extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal.message);
  }
}

function refusalFor(plan: ImportPlan): ImportRefusal | null {
  if (plan.kind === 'local-conflict' || plan.kind === 'revision-conflict')
    return { ok: false, code: plan.kind, message: plan.message };
  return null;
}

/**
 * Stores a verified bundle according to {@link planImport}: new → added; newer → the stored revision is
 * moved to `revisions` and the new one becomes current; the same bundle → nothing changes; older → refused
 * with 'older-revision' unless `keepOlderAsHistory`, then only a history row is added. All or nothing.
 */
export async function storeVerifiedBundle(
  db: AirrDatabase,
  prepared: PreparedImport,
  options: StoreOptions = {},
): Promise<StoreResult> {
  const at = (options.now ?? new Date()).toISOString();
  const { document, signer } = prepared.verdict;
  const evidence = evidenceRows(prepared.verdict);
  const done = (outcome: StoreOutcome, message: string) =>
    ({ ok: true, outcome, assessmentId: document.id, revision: document.revision, message }) as const;
  try {
    return await db.transaction(
      'rw',
      TABLES.map((name) => db.table(name)),
      async () => {
        const current = await db.assessments.get(document.id);
        const plan = planImport(current, await historyRow(db, document.id, document.revision), {
          revision: document.revision,
          bundleDigest: prepared.bundleDigest,
        });
        const refusal = refusalFor(plan);
        if (refusal) throw new Refused(refusal);
        if (plan.kind === 'already-imported') return done('already-imported', plan.message);
        const history = (doc: AssessmentDocument, fingerprint: string, digest: string, importedAt: string) =>
          db.revisions.add({
            assessmentId: doc.id,
            revision: doc.revision,
            document: doc,
            signerFingerprint: fingerprint,
            importedAt,
            bundleDigest: digest,
          });
        if (plan.kind === 'older') {
          if (!options.keepOlderAsHistory)
            throw new Refused({ ok: false, code: 'older-revision', message: plan.message });
          await history(document, signer.fingerprintHex, prepared.bundleDigest, at);
          return done('kept-as-history', `Revision ${document.revision} is kept as history.`);
        }
        if (plan.kind === 'newer' && current) {
          const previous = await storedDocument(db, current);
          await history(
            previous,
            current.signerFingerprint,
            current.bundleDigest ?? '',
            current.importedAt ?? current.updatedAt,
          );
        }
        await writeCurrent(db, prepared, evidence, at);
        return plan.kind === 'newer'
          ? done('updated', plan.message)
          : done('added', `Revision ${document.revision} was imported.`);
      },
    );
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    return storageFailure(error);
  }
}
