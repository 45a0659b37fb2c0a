/**
 * Typed content edits. A binding names one field of an assessment's content by where it is (derived from the
 * document schema's types, so a wrong path or a wrong value fails type-checking) and carries what it holds
 * now, so an autosave field needs nothing else. Changes are made only through setField / addItem /
 * removeItem; storage still validates every result with the zod schema, since types do not exist at run time.
 */
import {
  EMPTY_ANSWER,
  type AiSystem,
  type Answer,
  type AssessmentContent,
  type Assessor,
  type Finding,
  type Marking,
  type Remediation,
} from '../domain/assessment/model';
import type { AiSystemInventoryKey } from '../domain/assessment/ai-inventory';
import type { ContentPath } from './content-path';

/** One field of the content: its path and its stored value, of type V. */
export interface FieldBinding<V> {
  readonly path: ContentPath;
  readonly stored: V;
}

/** Content fields set as a whole (the objects, lists and answers have bindings of their own). */
export type ContentFieldKey = Exclude<
  keyof AssessmentContent,
  'site' | 'marking' | 'assessors' | 'systems' | 'findings' | 'answers' | 'redaction' | OptionalTextKey
>;

/** Text fields added after format v1 was fixed, so absent in older documents: they read as ''. */
export type OptionalTextKey = 'executiveSummary' | 'keyFindings';

/** The lists of records addressed by id, and the record each holds. */
export interface ContentLists {
  assessors: Assessor;
  systems: AiSystem;
  findings: Finding;
}
export type ContentListKey = keyof ContentLists;

type ItemKey<L extends ContentListKey> = Exclude<keyof ContentLists[L], 'id'>;

function binding<V>(path: ContentPath, stored: V): FieldBinding<V> {
  return { path, stored };
}

export function contentField<K extends ContentFieldKey>(
  content: AssessmentContent,
  key: K,
): FieldBinding<AssessmentContent[K]> {
  return binding([key], content[key]);
}

export function optionalTextField(content: AssessmentContent, key: OptionalTextKey): FieldBinding<string> {
  return binding([key], content[key] ?? '');
}

export function siteField<K extends keyof AssessmentContent['site']>(
  content: AssessmentContent,
  key: K,
): FieldBinding<AssessmentContent['site'][K]> {
  return binding(['site', key], content.site[key]);
}

export function markingField<K extends keyof Marking>(
  content: AssessmentContent,
  key: K,
): FieldBinding<Marking[K]> {
  return binding(['marking', key], content.marking[key]);
}

/** A field of one practice's answer; an answer not given yet reads as the empty answer. */
export function answerField<K extends keyof Answer>(
  content: AssessmentContent,
  practiceId: string,
  key: K,
): FieldBinding<Answer[K]> {
  return binding(['answers', practiceId, key], (content.answers[practiceId] ?? EMPTY_ANSWER)[key]);
}

/** A field of one record of a list, e.g. itemField('findings', finding, 'title'). */
export function itemField<L extends ContentListKey, K extends ItemKey<L>>(
  list: L,
  item: ContentLists[L],
  key: K,
): FieldBinding<ContentLists[L][K]> {
  return binding([list, item.id, key as string], item[key]);
}

export const findingField = <K extends ItemKey<'findings'>>(finding: Finding, key: K) =>
  itemField('findings', finding, key);
export const systemField = <K extends ItemKey<'systems'>>(system: AiSystem, key: K) =>
  itemField('systems', system, key);
/** An inventory field added after format v1 (absent in older documents): it reads as ''. */
export function systemInventoryField(system: AiSystem, key: AiSystemInventoryKey): FieldBinding<string> {
  return binding(['systems', system.id, key], system[key] ?? '');
}
export const assessorField = <K extends ItemKey<'assessors'>>(assessor: Assessor, key: K) =>
  itemField('assessors', assessor, key);

export function remediationField<K extends keyof Remediation>(
  finding: Finding,
  key: K,
): FieldBinding<Remediation[K]> {
  return binding(['findings', finding.id, 'remediation', key], finding.remediation[key]);
}

declare const MADE_BY_BUILDER: unique symbol;
/** Present only in the type: a change can be made by the builders below, not written as an object literal. */
type Built = { readonly [MADE_BY_BUILDER]: true };

export type SetChange = Built & { readonly kind: 'set'; readonly path: ContentPath; readonly value: unknown };
export type AddChange = Built & {
  readonly kind: 'add';
  readonly path: ContentPath;
  readonly item: { readonly id: string };
};
export type AddAllChange = Built & {
  readonly kind: 'add-all';
  readonly path: ContentPath;
  readonly items: readonly { readonly id: string }[];
};
export type RemoveChange = Built & {
  readonly kind: 'remove';
  readonly path: ContentPath;
  readonly id: string;
};
/** One change to an assessment's content, built by setField, addItem, addItems or removeItem. */
export type ContentChange = SetChange | AddChange | AddAllChange | RemoveChange;

/** Sets the bound field to `value`, which must have the field's type. */
export function setField<V>(field: FieldBinding<V>, value: NoInfer<V>): ContentChange {
  return { kind: 'set', path: field.path, value } as unknown as SetChange;
}

/** Appends a record to a list; it must be a whole record of that list's type. */
export function addItem<L extends ContentListKey>(list: L, item: ContentLists[L]): ContentChange {
  return { kind: 'add', path: [list], item } as unknown as AddChange;
}

/** Appends several records to a list in one change (one write, one journal entry), e.g. an import. */
export function addItems<L extends ContentListKey>(list: L, items: ContentLists[L][]): ContentChange {
  return { kind: 'add-all', path: [list], items } as unknown as AddAllChange;
}

/** Removes the record with this id from a list. */
export function removeItem(list: ContentListKey, id: string): ContentChange {
  return { kind: 'remove', path: [list], id } as unknown as RemoveChange;
}
