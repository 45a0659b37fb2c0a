/**
 * Redaction: a copy of an assessment document with whole categories of values removed, and how many of each.
 *
 * Decisions, per field (docs/VERIFY-BUNDLE.md, "Redacted bundles"):
 * - Text is replaced, not blanked: a non-blank value becomes "[Redacted]" (finding titles "Finding N", system
 *   names "AI system N") and a blank one stays blank. So a Not applicable answer keeps a non-blank
 *   justification and scores exactly as before, and a reader sees that something was there.
 * - Statuses, severities, risk categories, roles, dates, ids, links between practices, findings and systems,
 *   and the marking stay: the redacted document scores identically.
 * - Assessors are removed from the list; evidence entries are removed with their files (counted in the mark).
 * - Supplier attestations follow the same categories (redact-attestations.ts).
 * - The journal is left out whenever anything is redacted: its entries hold old and new values and the
 *   actor's name, and re-hashing a cleaned copy would prove nothing about the original chain.
 * Pure: the input is not changed.
 */
import type { AiSystem, AssessmentContent, AssessmentDocument, Finding } from '../assessment/model';
import { AI_SYSTEM_INVENTORY_KEYS, type AiSystemInventoryKey } from '../assessment/ai-inventory';
import { profileCategories, MAX_REGION_LENGTH, type RedactionProfile } from './profiles';
import type { RedactionCategory, RedactionCounts, RedactionMark } from './redaction-mark';
import { redactAttestations } from './redact-attestations';

export const REDACTED_TEXT = '[Redacted]';

export type Redacted = {
  document: AssessmentDocument;
  /** Zero everywhere for the full profile. */
  removed: RedactionCounts;
  /** null when nothing was chosen for removal (the full profile, or a custom one with no category). */
  mark: RedactionMark | null;
};

export type RedactionLabels = {
  /** The sector's display name for an id, e.g. "Water and Wastewater Systems". */
  sectorName: (sectorId: string) => string;
};

const ZERO: RedactionCounts = { people: 0, notes: 0, systems: 0, site: 0, evidence: 0, journal: 0 };

/** Counts what one category replaces. */
class Tally {
  readonly counts: RedactionCounts = { ...ZERO };
  constructor(private readonly chosen: ReadonlySet<RedactionCategory>) {}

  has(category: RedactionCategory): boolean {
    return this.chosen.has(category);
  }

  /** `value` unchanged unless `category` is chosen and it is not blank; then `replacement`, counted. */
  text(category: RedactionCategory, value: string, replacement: string = REDACTED_TEXT): string {
    if (!this.chosen.has(category) || value.trim() === '') return value;
    this.counts[category] += 1;
    return replacement;
  }

  count(category: RedactionCategory, n: number): void {
    if (this.chosen.has(category)) this.counts[category] += n;
  }
}

function redactFinding(finding: Finding, index: number, tally: Tally): Finding {
  return {
    ...finding,
    title: tally.text('notes', finding.title, `Finding ${index + 1}`),
    description: tally.text('notes', finding.description),
    recommendation: tally.text('notes', finding.recommendation),
    owner: tally.text('people', finding.owner),
    remediation: {
      ...finding.remediation,
      owner: tally.text('people', finding.remediation.owner),
      note: tally.text('notes', finding.remediation.note),
    },
  };
}

function siteName(content: AssessmentContent, region: string, labels: RedactionLabels): string {
  const sector = content.sector ? labels.sectorName(content.sector) : '';
  const where = region.trim().slice(0, MAX_REGION_LENGTH);
  const base = sector ? `${sector} sector site` : 'Critical infrastructure site';
  return where ? `${base}, ${where}` : base;
}

function redactContent(
  content: AssessmentContent,
  profile: RedactionProfile,
  labels: RedactionLabels,
  tally: Tally,
): AssessmentContent {
  const sector = content.sector ? labels.sectorName(content.sector) : '';
  tally.count('people', content.assessors.length);
  return {
    ...content,
    title: tally.text('site', content.title, sector ? `${sector} sector assessment` : 'Assessment'),
    site: {
      name: tally.text('site', content.site.name, siteName(content, profile.region, labels)),
      address: tally.text('site', content.site.address, ''),
    },
    subsector: tally.text('site', content.subsector, ''),
    assessors: tally.has('people') ? [] : content.assessors,
    systems: content.systems.map((system, index) => {
      const named = tally.has('systems') && (system.name.trim() !== '' || system.supplier.trim() !== '');
      if (named) tally.count('systems', 1);
      return {
        ...system,
        name: named ? `AI system ${index + 1}` : system.name,
        supplier: named && system.supplier.trim() !== '' ? REDACTED_TEXT : system.supplier,
        purpose: tally.text('notes', system.purpose),
        dataUsed: tally.text('notes', system.dataUsed),
        notes: tally.text('notes', system.notes),
        ...redactInventory(system, tally),
      };
    }),
    answers: Object.fromEntries(
      Object.entries(content.answers).map(([id, answer]) => [
        id,
        {
          ...answer,
          notes: tally.text('notes', answer.notes),
          justification: tally.text('notes', answer.justification),
        },
      ]),
    ),
    findings: content.findings.map((finding, index) => redactFinding(finding, index, tally)),
    ...redactSummary(content, tally),
    ...redactAttestations(content, tally),
  };
}

/** Which category hides each inventory field: the model names the system, a contact names a person. */
const INVENTORY_CATEGORY: Record<AiSystemInventoryKey, RedactionCategory> = {
  model: 'systems',
  modelVersion: 'systems',
  intendedUse: 'notes',
  limitations: 'notes',
  humanOversight: 'notes',
  supplierContact: 'people',
};

/** The optional inventory fields of a system, redacted by category; absent fields stay absent. */
function redactInventory(system: AiSystem, tally: Tally): Partial<AiSystem> {
  const out: Partial<AiSystem> = {};
  for (const key of AI_SYSTEM_INVENTORY_KEYS) {
    const value = system[key];
    if (value !== undefined) out[key] = tally.text(INVENTORY_CATEGORY[key], value);
  }
  return out;
}

/**
 * The executive summary and key findings are the assessor's text, so they go with notes; a draft suggested
 * from the scores also names the site, so they go with the site identity too. Absent fields stay absent.
 */
function redactSummary(
  content: AssessmentContent,
  tally: Tally,
): Pick<AssessmentContent, 'executiveSummary' | 'keyFindings'> {
  const category: RedactionCategory = tally.has('notes') ? 'notes' : 'site';
  const out: Pick<AssessmentContent, 'executiveSummary' | 'keyFindings'> = {};
  if (content.executiveSummary !== undefined)
    out.executiveSummary = tally.text(category, content.executiveSummary);
  if (content.keyFindings !== undefined) out.keyFindings = tally.text(category, content.keyFindings);
  return out;
}

/**
 * A redacted copy of `document` under `profile`, with the counts of what it removed. With nothing to remove
 * the document comes back as it was (same object), without a mark.
 */
export function redact(
  document: AssessmentDocument,
  profile: RedactionProfile,
  labels: RedactionLabels = { sectorName: (id) => id },
): Redacted {
  const categories = profileCategories(profile);
  if (categories.length === 0 || profile.id === 'full') return { document, removed: { ...ZERO }, mark: null };
  const tally = new Tally(new Set(categories));
  const content = redactContent(document.content, profile, labels, tally);
  tally.count('evidence', document.evidence.length);
  const removed: RedactionCounts = { ...tally.counts, journal: document.journal.length };
  const mark: RedactionMark = { profile: profile.id, categories, removed };
  return {
    document: {
      ...document,
      content: { ...content, redaction: mark },
      evidence: tally.has('evidence') ? [] : document.evidence,
      journal: [],
    },
    removed,
    mark,
  };
}

/**
 * What {@link redact} would remove from an assessment with this content, `evidence` evidence files and
 * `journal` journal entries: the export screen's preview, computed by the same code as the export.
 */
export function previewRedaction(
  content: AssessmentContent,
  stored: { evidence: number; journal: number },
  profile: RedactionProfile,
  labels: RedactionLabels = { sectorName: (id) => id },
): RedactionCounts {
  const categories = profileCategories(profile);
  if (categories.length === 0 || profile.id === 'full') return { ...ZERO };
  const tally = new Tally(new Set(categories));
  redactContent(content, profile, labels, tally);
  tally.count('evidence', stored.evidence);
  return { ...tally.counts, journal: stored.journal };
}

/** Total number of values a redaction removed, journal entries included. */
export function removedTotal(removed: RedactionCounts): number {
  return Object.values(removed).reduce((sum, n) => sum + n, 0);
}
