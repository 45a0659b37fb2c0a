/**
 * Storing a verified bundle. Everything an import writes (header, content, evidence blobs, journal, and the
 * history row for the revision it replaces) happens in ONE transaction, so a failure at any point (a full
 * disk, a clashing evidence id) leaves the database exactly as it was: nothing is ever half-imported.
 * Nothing awaits WebCrypto inside the transaction (that would end it); the digest is computed beforehand.
 */
import type { AssessmentDocument } from '../domain/assessment/model';
import { summarizeContent } from '../domain/assessment/summary';
import type { FrameworkPack } from '../domain/framework/pack-schema';
import { findPack } from './pack-repository';
import { failure, success, type Failure, type Result } from '../domain/result';
import type { VerifiedBundle, VerifiedEvidence } from '../domain/import/verify-types';
import type { AirrDatabase } from './database';
import { planImport, type ImportPlan, type SignerRef } from './import-plan';
import type { AssessmentHeader, EvidenceRow, JournalRow, RevisionRow, SignerPinChange } from './rows';
import {
  checkDecision,
  decisionMatches,
  firstPin,
  impliedPin,
  NEW_SIGNER_NOT_TRUSTED,
  pinAfterChange,
  pinnedRef,
  signerSide,
  type KeyChangeDecision,
  type KeyChangeFailure,
  type SignerChangedRefusal,
} from './signer-pin-repository';
import { Refusal, refusalOrFailure, type IoCode } from './storage-errors';
import { searchWordsOf } from './search-words';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
import { loadDocument } from './assessment-document';

/**
 * The verified bundle's bytes: the picked file itself (evidence is stored as slices of it, never copied into
 * memory) or, for a bundle opened from a sealed file or given as bytes, those bytes.
 */
export type BundleContent = Blob | Uint8Array;

/**
 * A verified bundle ready to store; `bundleDigest` is the SHA-256 of its SHA256SUMS (the bundle's identity),
 * `content` what was verified.
 */
export type PreparedImport = { verdict: VerifiedBundle; bundleDigest: string; content: BundleContent };

export type StoreOutcome = 'added' | 'updated' | 'kept-as-history' | 'already-imported';

export type ImportRefusal =
  | Failure<'local-conflict' | 'revision-conflict' | 'older-revision' | 'work-package'>
  | SignerChangedRefusal
  | KeyChangeFailure;

/** The stable codes of {@link storeVerifiedBundle}. */
export type StoreCode = ImportRefusal['code'] | IoCode;

export const WORK_PACKAGE_NOT_A_RECORD =
  'This bundle is a work package (a hand-out or a return), not a signed record: open it as a work package instead. Nothing was stored.';

/** What storing did, and the sentence that says so. */
export type StoredImport = { outcome: StoreOutcome; assessmentId: string; revision: number; message: string };

export type StoreResult = Result<StoredImport, StoreCode, ImportRefusal | Failure<IoCode>>;

export type StoreOptions = {
  /** The second, explicit action for an older revision: keep it as history. */
  keepOlderAsHistory?: boolean;
  /** The recorded decision that the assessor has a new key: needed to accept a `signer-changed` plan. */
  keyChange?: KeyChangeDecision;
  now?: Date;
};

const TABLES = [
  'assessments',
  'contents',
  'evidence',
  'journal',
  'revisions',
  'reports',
  'signerPins',
  'trustedSigners',
  'packs',
] as const;

function historyRow(db: AirrDatabase, id: string, revision: number): Promise<RevisionRow | undefined> {
  return db.revisions.get([id, revision]);
}

/** What storing this bundle would do, for the preview. Read-only. */
export async function previewImport(db: AirrDatabase, prepared: PreparedImport): Promise<ImportPlan> {
  const { id, revision } = prepared.verdict.document;
  const [current, history, pin] = await Promise.all([
    db.assessments.get(id),
    historyRow(db, id, revision),
    db.signerPins.get(id),
  ]);
  return planImport(current, history, incomingOf(prepared), pinnedRef(pin));
}

function signerOf(prepared: PreparedImport): SignerRef {
  const { signer } = prepared.verdict;
  return { fingerprint: signer.fingerprintHex, name: signer.subject.name };
}

function incomingOf(prepared: PreparedImport) {
  const { revision } = prepared.verdict.document;
  return {
    revision,
    bundleDigest: prepared.bundleDigest,
    assessmentDigest: prepared.verdict.manifest.assessmentSha256,
    signer: signerOf(prepared),
  };
}

function headerOf(
  prepared: PreparedImport,
  importedAt: string,
  pack: FrameworkPack | undefined,
): AssessmentHeader {
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
    documentDigest: prepared.verdict.manifest.assessmentSha256,
    importedAt,
    ...(document.content.redaction ? { redaction: document.content.redaction.profile } : {}),
    ...summarizeContent(pack, document.content),
    searchWords: searchWordsOf(document.content.title, document.content.site.name),
    ...(document.content.cycle ? { seriesId: document.content.cycle.seriesId } : {}),
  };
}

/**
 * An evidence file as a Blob. A range of the picked file is a slice of it: IndexedDB copies it from disk when
 * the transaction commits, so a bundle of any size stores in bounded memory, and a file changed on disk since
 * it was verified fails to read and aborts the whole import instead of storing other bytes.
 */
function evidenceBlob(content: BundleContent, evidence: VerifiedEvidence | undefined, type: string): Blob {
  if (!evidence) return new Blob([], { type });
  if (evidence.content.kind === 'bytes') return new Blob([new Uint8Array(evidence.content.bytes)], { type });
  const { start, end } = evidence.content;
  if (content instanceof Blob) return content.slice(start, end, type);
  return new Blob([content.slice(start, end)], { type });
}

/** The verified bundle's evidence as rows to store (blobs are slices of the verified bytes). */
export function evidenceRows(prepared: PreparedImport): EvidenceRow[] {
  const { verdict, content } = prepared;
  const byHash = new Map(verdict.evidence.map((file) => [file.sha256, file]));
  return verdict.document.evidence.map((meta) => {
    const verified = byHash.get(meta.sha256);
    return {
      ...meta,
      assessmentId: verdict.document.id,
      blob: evidenceBlob(content, verified, meta.type),
      // Checked by the verifier: an export of this assessment passes the stored blob through unread.
      ...(verified ? { crc32: verified.crc32 } : {}),
    };
  });
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
  // Scored on its own pack when this device has it; a bundle on a pack it lacks is stored unscored until it is
  // installed (installPack summarizes it then).
  const pack = await findPack(db, document.pack);
  await db.assessments.put(headerOf(prepared, at, pack));
  await db.contents.put({ assessmentId: document.id, content: document.content });
  // add, not put: an evidence id already used by another assessment must fail the import, not steal the row.
  await db.evidence.bulkAdd(evidence);
  await db.journal.bulkAdd(journal);
  const pdf = new Blob([new Uint8Array(prepared.verdict.reportPdf)], { type: 'application/pdf' });
  const { reportDocx } = prepared.verdict;
  // Kept with the PDF so the facility manager can open the editable copy that came with this revision.
  const docx = reportDocx ? { docx: new Blob([new Uint8Array(reportDocx)], { type: DOCX_TYPE }) } : {};
  await db.reports.put({ assessmentId: document.id, revision: document.revision, pdf, ...docx });
}

/**
 * A signer change goes ahead only with a decision about exactly these two certificates and a trusted new
 * signer; otherwise it is refused with both signers and their trust state, for the side-by-side view.
 */
async function acceptSignerChange(
  db: AirrDatabase,
  plan: Extract<ImportPlan, { kind: 'signer-changed' }>,
  decision: KeyChangeDecision | undefined,
): Promise<void> {
  if (!decision) {
    const [pinned, incoming] = await Promise.all([
      signerSide(db, plan.pinned),
      signerSide(db, plan.incoming),
    ]);
    throw new Refusal<SignerChangedRefusal>({
      ...failure('signer-changed', plan.message),
      direction: plan.direction,
      pinned,
      incoming,
    });
  }
  const mismatch = decisionMatches(decision, plan.pinned, plan.incoming);
  if (mismatch) throw new Refusal(mismatch);
  if (!(await db.trustedSigners.get(plan.incoming.fingerprint))) throw new Refusal(NEW_SIGNER_NOT_TRUSTED);
}

function changeRecord(
  plan: Extract<ImportPlan, { kind: 'signer-changed' }>,
  decision: KeyChangeDecision,
  revision: number,
  at: string,
): SignerPinChange {
  return {
    kind: plan.direction === 'newer' ? 'current' : 'history',
    revision,
    fromFingerprint: plan.pinned.fingerprint,
    fromName: plan.pinned.name,
    toFingerprint: plan.incoming.fingerprint,
    toName: plan.incoming.name,
    decidedBy: decision.decidedBy.trim(),
    decidedAt: at,
    reason: (decision.reason ?? '').trim(),
  };
}

/** Writes the pin an accepted import leaves: first pin, unchanged, or moved by a recorded decision. */
async function writePin(
  db: AirrDatabase,
  prepared: PreparedImport,
  current: AssessmentHeader | undefined,
  change: SignerPinChange | null,
  at: string,
): Promise<void> {
  const id = prepared.verdict.document.id;
  const stored = await db.signerPins.get(id);
  const pin = stored ?? (current ? impliedPin(current) : firstPin(id, signerOf(prepared), at));
  const next = change ? pinAfterChange(pin, change) : pin;
  if (next !== stored) await db.signerPins.put(next);
}

/**
 * Stores a verified bundle according to {@link planImport}: new → added; newer → the stored revision is
 * moved to `revisions` and the new one becomes current; the same bundle → nothing changes; older → refused
 * with 'older-revision' unless `keepOlderAsHistory`, then only a history row is added. A revision signed by
 * another certificate than the pinned one is refused with 'signer-changed' unless `keyChange` names both
 * certificates and the new one is trusted; then it goes ahead as newer/older and the decision is kept in the
 * pin (which moves only when the revision becomes current). All or nothing.
 */
export async function storeVerifiedBundle(
  db: AirrDatabase,
  prepared: PreparedImport,
  options: StoreOptions = {},
): Promise<StoreResult> {
  const at = (options.now ?? new Date()).toISOString();
  const { document } = prepared.verdict;
  // A hand-out or a return is not a signed record: stored as one, it could neither be worked on nor merged.
  if (prepared.verdict.manifest.workPackage) return failure('work-package', WORK_PACKAGE_NOT_A_RECORD);
  const invalid = options.keyChange ? checkDecision(options.keyChange) : null;
  if (invalid) return invalid;
  const evidence = evidenceRows(prepared);
  const done = (outcome: StoreOutcome, message: string) =>
    success({ outcome, assessmentId: document.id, revision: document.revision, message });
  try {
    return await db.transaction(
      'rw',
      TABLES.map((name) => db.table(name)),
      async () => {
        const current = await db.assessments.get(document.id);
        const plan = planImport(
          current,
          await historyRow(db, document.id, document.revision),
          incomingOf(prepared),
          pinnedRef(await db.signerPins.get(document.id)),
        );
        if (plan.kind === 'local-conflict' || plan.kind === 'revision-conflict')
          throw new Refusal(failure(plan.kind, plan.message));
        if (plan.kind === 'already-imported') return done('already-imported', plan.message);
        let change: SignerPinChange | null = null;
        let kind: 'new' | 'newer' | 'older';
        if (plan.kind === 'signer-changed') {
          await acceptSignerChange(db, plan, options.keyChange);
          change = options.keyChange ? changeRecord(plan, options.keyChange, document.revision, at) : null;
          kind = plan.direction;
        } else kind = plan.kind;
        const history = (
          doc: AssessmentDocument,
          from: SignerRef,
          digest: string,
          importedAt: string,
          assessmentDigest: string | undefined,
        ) =>
          db.revisions.add({
            assessmentId: doc.id,
            revision: doc.revision,
            document: doc,
            signerFingerprint: from.fingerprint,
            signerName: from.name,
            importedAt,
            bundleDigest: digest,
            ...(assessmentDigest ? { documentDigest: assessmentDigest } : {}),
          });
        if (kind === 'older') {
          if (!options.keepOlderAsHistory) {
            const message = `Revision ${document.revision} is older than the stored revision ${current?.revision ?? 0}. It does not replace it; you can keep it as history.`;
            throw new Refusal(failure('older-revision', message));
          }
          await history(
            document,
            signerOf(prepared),
            prepared.bundleDigest,
            at,
            prepared.verdict.manifest.assessmentSha256,
          );
          await writePin(db, prepared, current, change, at);
          const recorded = change ? ' The other signing key is recorded in its history.' : '';
          return done('kept-as-history', `Revision ${document.revision} is kept as history.${recorded}`);
        }
        if (kind === 'newer' && current) {
          const previous = await storedDocument(db, current);
          await history(
            previous,
            { fingerprint: current.signerFingerprint, name: current.signerName ?? '' },
            current.bundleDigest ?? '',
            current.importedAt ?? current.updatedAt,
            current.documentDigest,
          );
        }
        await writeCurrent(db, prepared, evidence, at);
        await writePin(db, prepared, current, change, at);
        if (change)
          return done(
            'updated',
            `Revision ${document.revision}, signed by the new key, is now current; the key change is recorded and the assessment is bound to the new key.`,
          );
        return kind === 'newer'
          ? done('updated', plan.message)
          : done('added', `Revision ${document.revision} was imported.`);
      },
    );
  } catch (error) {
    return refusalOrFailure<ImportRefusal>(error);
  }
}
