/**
 * The redaction profiles an export offers. "Full" removes nothing. "Sector partner" is for sharing with
 * partners of the same sector (an ISAC, a mutual-aid group): scores and statuses only, nobody named, no
 * assessor text, no system names, no evidence, the site described by sector and region. "Regulator" keeps the
 * site, its systems and the assessor's reasoning but names nobody and ships no evidence files (a regulator
 * asks for those through its own channel). "Custom" is any set of categories.
 */
import type { RedactingProfileId, RedactionCategory } from './redaction-mark';
import { REDACTION_CATEGORIES } from './redaction-names';

export type RedactionProfileId = 'full' | RedactingProfileId;

/** A profile as chosen on the export screen. */
export type RedactionProfile = {
  id: RedactionProfileId;
  /** What is removed; ignored for the built-in profiles, which always remove their own set. */
  categories: readonly RedactionCategory[];
  /** Shown after the sector when the site is redacted, e.g. "Region 9"; may be empty. */
  region: string;
};

export const MAX_REGION_LENGTH = 100;

type ProfileInfo = { label: string; description: string; categories: readonly RedactionCategory[] };

export const PROFILE_INFO: Readonly<Record<RedactionProfileId, ProfileInfo>> = {
  full: {
    label: 'Full (no redaction)',
    description: 'Everything: names, notes, evidence files and the change journal.',
    categories: [],
  },
  'sector-partner': {
    label: 'Sector partner',
    description:
      'Scores and statuses only: no people, no notes or other text, no system names, no evidence files; the site is named by sector and region.',
    categories: REDACTION_CATEGORIES,
  },
  regulator: {
    label: 'Regulator',
    description: 'Keeps the site, its AI systems and the notes; removes people and evidence files.',
    categories: ['people', 'evidence'],
  },
  custom: {
    label: 'Custom',
    description: 'Choose what to remove.',
    categories: [],
  },
};

export const CATEGORY_LABELS: Readonly<Record<RedactionCategory, string>> = {
  people: 'People (assessors, finding and remediation owners)',
  notes: 'Notes and other text (notes, justifications, finding text, system descriptions, supplier answers)',
  systems: 'AI system names and suppliers (also of supplier answers)',
  site: 'Site identity (title, site name, address, subsector)',
  evidence: 'Evidence files and their index',
};

/** Short names for counts and tags. */
export const CATEGORY_SHORT: Readonly<Record<RedactionCategory, string>> = {
  people: 'People',
  notes: 'Notes and text',
  systems: 'System names',
  site: 'Site identity',
  evidence: 'Evidence files',
};

/** The categories a profile removes, in their defined order, each once. */
export function profileCategories(profile: RedactionProfile): RedactionCategory[] {
  const chosen = profile.id === 'custom' ? profile.categories : PROFILE_INFO[profile.id].categories;
  return REDACTION_CATEGORIES.filter((category) => chosen.includes(category));
}

/** "Sector partner" for a mark's profile id. */
export function profileLabel(id: RedactionProfileId): string {
  return PROFILE_INFO[id].label;
}

export const FULL_PROFILE: RedactionProfile = { id: 'full', categories: [], region: '' };
