/**
 * Assessments: create, read, list and change. Every change is one IndexedDB transaction that writes the new
 * content, journals it in the hash chain and updates the header (revision per export-revision.ts, summary) —
 * so what the UI shows as saved is exactly what is durable, and a failed write leaves the previous state
 * untouched. Consecutive edits of one field by one actor rewrite the chain's last entry instead of appending
 * one per save (domain/journal mayCoalesce), so a note typed in bursts costs one entry, not one per pause.
 */
import { AssessmentContent, EMPTY_ANSWER, emptyContent, type PackRef } from '../domain/assessment/model';
import { appendEntry, coalesceEntry, mayCoalesce } from '../domain/journal/journal';
import { summarizeContent } from '../domain/assessment/summary';
import type { FrameworkPack } from '../domain/framework/pack-schema';
import type { AirrDatabase } from './database';
import { appendAt, readPath, removeAt, writePath, type ContentPath } from './content-path';
import type { ContentChange } from './content-binding';
import { revisionAfterChange } from './export-revision';
import { getJournal, lastJournalRow } from './journal-rows';
import type { AssessmentHeader } from './rows';
import { failure, success, type Result } from '../domain/result';
import {
  Refusal,
  refusalOrFailure,
  type SaveResult,
  type StorageCode,
  type StorageFailure,
} from './storage-errors';
import { searchWordsOf } from './search-words';
import { signedRecordRefusal } from './record-guard';
import { findPack } from './pack-repository';

export type { ContentChange, SaveResult };
export { getJournal, lastJournalRow };

export interface NewAssessment {
  title: string;
  siteName: string;
  sector: string;
}

export function headerFor(
  id: string,
  content: AssessmentContent,
  base: Omit<
    AssessmentHeader,
    'id' | 'title' | 'siteName' | 'sector' | 'status' | 'completeness' | 'overallScore' | 'searchWords'
  >,
  /** The assessment's own pack (by its PackRef, findPack); undefined when this device lacks it: not scored. */
  pack: FrameworkPack | undefined,
): AssessmentHeader {
  // `base` first: callers pass the stored header, whose old title, site and sector must not win.
  return {
    ...base,
    id,
    title: content.title,
    siteName: content.site.name,
    sector: content.sector,
    ...summarizeContent(pack, content),
    searchWords: searchWordsOf(content.title, content.site.name),
    ...(content.cycle ? { seriesId: content.cycle.seriesId } : {}),
  };
}

/**
 * Creates an assessment on the framework pack `pack` (the built-in one or one installed here) with a first
 * journal entry; its value is the new id. A pack this device lacks is refused and nothing is stored.
 */
export async function createAssessment(
  db: AirrDatabase,
  init: NewAssessment,
  pack: PackRef,
  actor: string,
  now = new Date(),
): Promise<Result<string, StorageCode>> {
  const framework = await findPack(db, pack);
  if (!framework)
    return failure(
      'invalid-change',
      `The framework pack ${pack.id} ${pack.version} is not installed on this device, so no assessment was created. Install it in Settings → Framework packs or choose another pack.`,
    );
  const id = crypto.randomUUID();
  const at = now.toISOString();
  const content: AssessmentContent = {
    ...emptyContent(),
    title: init.title.trim(),
    sector: init.sector,
    site: { name: init.siteName.trim(), address: '' },
  };
  const parsed = AssessmentContent.safeParse(content);
  if (!parsed.success)
    return failure('invalid-change', parsed.error.issues[0]?.message ?? 'Invalid assessment.');
  try {
    await db.transaction('rw', [db.assessments, db.contents, db.journal], async () => {
      const entry = appendEntry(undefined, {
        at,
        actor,
        field: 'assessment',
        oldValue: null,
        newValue: { title: content.title, site: content.site.name, sector: content.sector },
      });
      await db.assessments.add(
        headerFor(
          id,
          content,
          {
            createdAt: at,
            updatedAt: at,
            revision: 1,
            packId: pack.id,
            packVersion: pack.version,
            source: 'local',
            signerFingerprint: '',
          },
          framework,
        ),
      );
      await db.contents.add({ assessmentId: id, content });
      await db.journal.add({ ...entry, assessmentId: id });
    });
    return success(id);
  } catch (error) {
    return refusalOrFailure<StorageFailure>(error);
  }
}

/** A field of an answer not given yet starts from the empty answer, so one field can be set on its own. */
function withAnswerSeeded(content: AssessmentContent, path: ContentPath): AssessmentContent {
  const [root, practiceId] = path;
  if (root !== 'answers' || practiceId === undefined || path.length < 3 || content.answers[practiceId])
    return content;
  return { ...content, answers: { ...content.answers, [practiceId]: { ...EMPTY_ANSWER } } };
}

/**
 * Any edit of an answer is its re-check: the carried-over marker goes in the same write (and so under the
 * same journal entry). True in `cleared` when there was a marker to remove.
 */
function withoutCarriedMarker(
  content: AssessmentContent,
  path: ContentPath,
): { content: AssessmentContent; cleared: boolean } {
  const [root, practiceId] = path;
  const answer = root === 'answers' && practiceId !== undefined ? content.answers[practiceId] : undefined;
  if (!answer?.carriedOver || practiceId === undefined) return { content, cleared: false };
  const { carriedOver: _marker, ...rest } = answer;
  return { content: { ...content, answers: { ...content.answers, [practiceId]: rest } }, cleared: true };
}

function nextContent(
  content: AssessmentContent,
  change: ContentChange,
): { next: AssessmentContent; oldValue: unknown; newValue: unknown; field: string; recheck: boolean } {
  const computed = changedContent(content, change);
  const { content: next, cleared } = withoutCarriedMarker(computed.next, change.path);
  return { ...computed, next, recheck: cleared };
}

function changedContent(
  content: AssessmentContent,
  change: ContentChange,
): { next: AssessmentContent; oldValue: unknown; newValue: unknown; field: string } {
  switch (change.kind) {
    case 'set':
      return {
        next: writePath(withAnswerSeeded(content, change.path), change.path, change.value),
        oldValue: readPath(content, change.path) ?? null,
        newValue: change.value,
        field: change.path.join('.'),
      };
    case 'add':
      return {
        next: appendAt(content, change.path, change.item),
        oldValue: null,
        newValue: change.item,
        field: [...change.path, change.item.id].join('.'),
      };
    case 'add-all':
      if (change.items.length === 0) throw new Error('Nothing to add.');
      return {
        next: change.items.reduce((next, item) => appendAt(next, change.path, item), content),
        oldValue: null,
        newValue: change.items,
        field: change.path.join('.'),
      };
    case 'remove':
      return {
        next: removeAt(content, change.path, change.id),
        oldValue: readPath(content, [...change.path, change.id]) ?? null,
        newValue: null,
        field: [...change.path, change.id].join('.'),
      };
  }
}

/**
 * Applies one change atomically: content + journal + header revision, or nothing at all. Its value is the
 * revision afterwards; refusals are `read-only-record`, `not-found` and `invalid-change`.
 */
export async function applyChange(
  db: AirrDatabase,
  assessmentId: string,
  change: ContentChange,
  actor: string,
  now = new Date(),
): Promise<SaveResult> {
  try {
    return await db.transaction('rw', changeTables(db), async () =>
      success(await applyChangeWithin(db, assessmentId, change, actor, now)),
    );
  } catch (error) {
    return refusalOrFailure<StorageFailure>(error);
  }
}

/** The tables applyChangeWithin reads and writes. */
export const changeTables = (db: AirrDatabase) => [db.assessments, db.contents, db.journal, db.packs];

/**
 * applyChange's work inside the caller's transaction (over changeTables), so another write can include
 * changes in its own. A refusal is thrown as a Refusal before anything is written, so a caller may catch it
 * and go on; its value is the revision afterwards.
 */
export async function applyChangeWithin(
  db: AirrDatabase,
  assessmentId: string,
  change: ContentChange,
  actor: string,
  now: Date,
): Promise<number> {
  const readOnly = await signedRecordRefusal(db, assessmentId);
  if (readOnly) throw new Refusal(readOnly);
  const [header, row] = await Promise.all([db.assessments.get(assessmentId), db.contents.get(assessmentId)]);
  if (!header || !row) throw new Refusal(failure('not-found', 'This assessment no longer exists.'));
  let computed: ReturnType<typeof nextContent>;
  try {
    computed = nextContent(row.content, change);
  } catch (error) {
    throw new Refusal(failure('invalid-change', (error as Error).message));
  }
  const parsed = AssessmentContent.safeParse(computed.next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Refusal(
      failure(
        'invalid-change',
        `Not saved: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}.`,
      ),
    );
  }
  const unchanged = JSON.stringify(computed.oldValue) === JSON.stringify(computed.newValue);
  // Choosing the same answer again on a carried-over practice still confirms it: it is saved.
  if (change.kind === 'set' && unchanged && !computed.recheck) return header.revision;
  const at = now.toISOString();
  const { field, oldValue, newValue } = computed;
  const journalChange = { at, actor, field, oldValue, newValue };
  const last = await lastJournalRow(db, assessmentId);
  const revision = revisionAfterChange(header);
  await db.contents.put({ assessmentId, content: parsed.data });
  if (change.kind === 'set' && mayCoalesce(last, journalChange, header.frozenJournalSeq ?? 0))
    await db.journal.put({ ...coalesceEntry(last, journalChange), assessmentId });
  else await db.journal.add({ ...appendEntry(last, journalChange), assessmentId });
  const pack = await findPack(db, { id: header.packId, version: header.packVersion });
  await db.assessments.put(
    headerFor(assessmentId, parsed.data, { ...header, updatedAt: at, revision }, pack),
  );
  return revision;
}

export function getHeader(db: AirrDatabase, id: string): Promise<AssessmentHeader | undefined> {
  return db.assessments.get(id);
}

export async function getContent(db: AirrDatabase, id: string): Promise<AssessmentContent | undefined> {
  return (await db.contents.get(id))?.content;
}
