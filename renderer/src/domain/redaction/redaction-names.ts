// The redaction categories and profile ids apart from the mark's schema (zod, redaction-mark.ts): the
// library's "Redacted" tag, on the first screen, needs only the names.

/**
 * What a profile can remove. people: assessors, finding and remediation owners. notes: every free text an
 * assessor writes (answer notes and justifications, finding titles, descriptions, recommendations,
 * remediation notes, AI-system purpose, data and notes). systems: AI-system names and suppliers. site: the
 * title, site name and address and the subsector (the site is named by its sector, and a region if given).
 * evidence: the evidence files and their index.
 */
export const REDACTION_CATEGORIES = ['people', 'notes', 'systems', 'site', 'evidence'] as const;
/** Profiles that remove something; "full" never produces a mark. */
export const REDACTING_PROFILE_IDS = ['sector-partner', 'regulator', 'custom'] as const;
