/**
 * A journal entry as a reader can follow it: the field named as the wizard names it, with the practice's
 * title from the assessment's own pack ("CIO-SE-1 Secure the environment · Status"), and the change in the
 * same words ("— → Not implemented"). A path this does not know is shown as stored, and so is a value it
 * cannot name: the journal never hides what was recorded.
 */
import type { AssessmentContent, JournalEntry } from '../../domain/assessment/model';
import type { FrameworkPack } from '../../domain/framework/pack-schema';
import { RESOLUTION_PREFIX, TAKEN_CHOICE } from '../../domain/merge/side-changes';
import {
  ANSWER_LABELS,
  ASSESSOR_LABELS,
  FINDING_LABELS,
  PROFILE_LABELS,
  REMEDIATION_FIELD_LABELS,
  SYSTEM_LABELS,
  VALUE_LABELS,
} from './journal-field-labels';

export interface JournalLine {
  what: string;
  change: string;
}

export interface JournalContext {
  /**
   * The assessment's pack: practice titles, sector names, risk categories and levels. Null when this device
   * lacks it: practices, sectors and risks are named by their ids as stored.
   */
  pack: FrameworkPack | null;
  /** The assessment as it is now, to name findings, AI systems and assessors by their titles. */
  content?: AssessmentContent;
}

const MAX_VALUE_CHARS = 160;
const NONE = '—';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value in one line, shortened: the journal shows what changed, not whole documents. */
export function shortValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return NONE;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

const arrow = (from: string, to: string) => `${from} → ${to}`;

function named(kind: string, text: unknown, fallback: string): string {
  return typeof text === 'string' && text.trim() ? `${kind} “${text.trim()}”` : fallback;
}

function practiceName(id: string, pack: FrameworkPack | null): string {
  const title = pack?.practices.find((practice) => practice.id === id)?.title;
  return title ? `${id} ${title}` : id;
}

type ListKey = 'findings' | 'systems' | 'assessors';
interface ListNames {
  kind: string;
  plural: string;
  unnamed: string;
  nameKey: string;
  labels: Readonly<Record<string, string>>;
}
const LISTS: Record<ListKey, ListNames> = {
  findings: {
    kind: 'Finding',
    plural: 'Findings',
    unnamed: 'Untitled finding',
    nameKey: 'title',
    labels: FINDING_LABELS,
  },
  systems: {
    kind: 'AI system',
    plural: 'AI systems',
    unnamed: 'Unnamed AI system',
    nameKey: 'name',
    labels: SYSTEM_LABELS,
  },
  assessors: {
    kind: 'Assessor',
    plural: 'Assessors',
    unnamed: 'Unnamed assessor',
    nameKey: 'name',
    labels: ASSESSOR_LABELS,
  },
};

/** A record of a list by its title now, else by the title the entry recorded (a removed one), else its id. */
function itemName(list: ListKey, id: string, entry: Values, content?: AssessmentContent): string {
  const { kind, unnamed, nameKey } = LISTS[list];
  const items: readonly Record<string, unknown>[] = content?.[list] ?? [];
  const recorded = [entry.newValue, entry.oldValue].find(isRecord);
  const item = items.find((candidate) => candidate.id === id) ?? recorded;
  return named(kind, item?.[nameKey], item ? unnamed : `${kind} ${id}`);
}

/** One value of a field (`key` is "<kind>.<last step>"), in the words the wizard shows it with. */
function valueText(key: string, value: unknown, context: JournalContext): string {
  if (value === null || value === undefined || value === '') return NONE;
  const { pack, content } = context;
  if (typeof value === 'string') {
    const label = VALUE_LABELS[key]?.[value];
    if (label) return label;
    if (key === 'profile.sector') return pack?.sectors.find((sector) => sector.id === value)?.name ?? value;
    if (key === 'findings.riskLevelId')
      return pack?.riskLevels.find((level) => level.id === value)?.name ?? value;
    if (key === 'findings.riskCategoryId') {
      const [categoryId, subId] = value.split('/');
      const category = pack?.riskCategories.find((candidate) => candidate.id === categoryId);
      const sub = category?.subRisks.find((candidate) => candidate.id === subId);
      if (category) return sub ? `${category.name} — ${sub.label}` : category.name;
    }
    return shortValue(value);
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    if (value.length === 0) return NONE;
    const names = key.endsWith('.systemIds')
      ? value.map((id) => itemName('systems', id, {}, content))
      : value;
    return shortValue(names.join(', '));
  }
  return shortValue(value);
}

type Values = Partial<Pick<JournalEntry, 'oldValue' | 'newValue'>>;

/** A field whose values are shown by valueText under `key`. */
function field(what: string, key: string, context: JournalContext): Described {
  const value = (v: unknown) => valueText(key, v, context);
  return { what, value, change: ({ oldValue, newValue }) => arrow(value(oldValue), value(newValue)) };
}

function recordChange({ oldValue, newValue }: Values): string {
  if (oldValue === null && newValue !== null) return 'Added';
  if (newValue === null && oldValue !== null) return 'Removed';
  return arrow(shortValue(oldValue), shortValue(newValue));
}

interface Described {
  what: string;
  change: (values: Values) => string;
  /** One value of the field in words, for a field (not a whole record). */
  value?: (value: unknown) => string;
}

function listPath(
  list: ListKey,
  rest: string[],
  values: Values,
  context: JournalContext,
): Described | undefined {
  const { labels, plural } = LISTS[list];
  const [id, key, subKey] = rest;
  if (id === undefined) return { what: plural, change: addedAll };
  const name = itemName(list, id, key === undefined ? values : {}, context.content);
  if (key === undefined) return { what: name, change: recordChange };
  if (list === 'findings' && key === 'remediation' && subKey !== undefined && rest.length === 3) {
    const label = REMEDIATION_FIELD_LABELS[subKey];
    return label ? field(`${name} · ${label}`, `remediation.${subKey}`, context) : undefined;
  }
  const label = labels[key];
  if (!label || rest.length !== 2) return undefined;
  return field(`${name} · ${label}`, `${list}.${key}`, context);
}

function addedAll({ newValue }: Values): string {
  return Array.isArray(newValue) ? `Added ${newValue.length}` : recordChange({ oldValue: null, newValue });
}

function answerPath(rest: string[], context: JournalContext): Described | undefined {
  const [practiceId, key] = rest;
  if (practiceId === undefined || rest.length > 2) return undefined;
  const name = practiceName(practiceId, context.pack);
  if (key === undefined) return { what: name, change: recordChange };
  const label = ANSWER_LABELS[key];
  return label ? field(`${name} · ${label}`, `answers.${key}`, context) : undefined;
}

const CHOICES: Readonly<Record<string, string>> = {
  ours: 'Kept mine',
  theirs: 'Took theirs',
  value: 'Set to',
  [TAKEN_CHOICE]: 'Taken from the return',
};

/** A conflict's resolution, or a change a merge took from a return without a conflict (see resolve.ts). */
function mergePath(inner: string, values: Values, context: JournalContext): Described {
  const described = describe(inner, {}, context);
  const taken = isRecord(values.newValue) && values.newValue.choice === TAKEN_CHOICE;
  return {
    what: `${taken ? 'Merged' : 'Merge resolution'} · ${described?.what ?? inner}`,
    change: ({ newValue }) => {
      if (!isRecord(newValue) || typeof newValue.choice !== 'string') return shortValue(newValue);
      const value = described?.value ? described.value(newValue.value) : shortValue(newValue.value);
      return `${CHOICES[newValue.choice] ?? newValue.choice}: ${value}`;
    },
  };
}

const packText = (value: unknown) =>
  isRecord(value) && typeof value.id === 'string' && typeof value.version === 'string'
    ? `${value.id} ${value.version}`
    : shortValue(value);

function otherPath(parts: string[], values: Values): Described | undefined {
  const [root, id] = parts;
  if (root === 'evidence' && id !== undefined && parts.length === 2) {
    const meta = [values.newValue, values.oldValue].find(isRecord);
    return { what: named('Evidence', meta?.name, 'Evidence'), change: recordChange };
  }
  if (root === 'supplierAttestations' && parts.length === 2)
    return {
      what: named(
        'Supplier response from',
        isRecord(values.newValue) ? values.newValue.supplier : '',
        'Supplier response',
      ),
      change: ({ newValue }) =>
        isRecord(newValue) && Array.isArray(newValue.attestations)
          ? `Accepted ${newValue.attestations.length} answers`
          : shortValue(newValue),
    };
  if (root === 'pack' && parts.length === 1)
    return {
      what: 'Framework pack version',
      change: ({ oldValue, newValue }) => arrow(packText(oldValue), packText(newValue)),
    };
  if (root === 'assessment' && parts.length === 1)
    return {
      what: 'Assessment',
      change: ({ newValue }) =>
        isRecord(newValue) && newValue.startedFrom
          ? 'Started as the next cycle of an earlier assessment'
          : 'Created',
    };
  return undefined;
}

function describe(path: string, values: Values, context: JournalContext): Described | undefined {
  if (path.startsWith(RESOLUTION_PREFIX))
    return mergePath(path.slice(RESOLUTION_PREFIX.length), values, context);
  const profile = PROFILE_LABELS[path];
  if (profile) return field(profile, `profile.${path}`, context);
  const parts = path.split('.');
  const [root, ...rest] = parts;
  if (root === 'answers') return answerPath(rest, context);
  if (root === 'findings' || root === 'systems' || root === 'assessors')
    return listPath(root, rest, values, context);
  return otherPath(parts, values);
}

/** An entry of an assessment's journal in words; a path not known here keeps its stored form. */
export function journalLine(
  entry: Pick<JournalEntry, 'field' | 'oldValue' | 'newValue'>,
  context: JournalContext,
): JournalLine {
  const described = describe(entry.field, entry, context);
  if (!described)
    return { what: entry.field, change: arrow(shortValue(entry.oldValue), shortValue(entry.newValue)) };
  return { what: described.what, change: described.change(entry) };
}
