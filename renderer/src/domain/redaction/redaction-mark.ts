/**
 * What a redacted assessment says about itself. The mark travels inside assessment.json (content.redaction)
 * and, identical, in manifest.json, so the stored copy of an imported assessment, every screen and the
 * verifier know the document is not the whole record. Only zod here: model.ts imports this file.
 */
import { z } from 'zod';

/**
 * What a profile can remove. people: assessors, finding and remediation owners. notes: every free text an
 * assessor writes (answer notes and justifications, finding titles, descriptions, recommendations,
 * remediation notes, AI-system purpose, data and notes). systems: AI-system names and suppliers. site: the
 * title, site name and address and the subsector (the site is named by its sector, and a region if given).
 * evidence: the evidence files and their index.
 */
export const REDACTION_CATEGORIES = ['people', 'notes', 'systems', 'site', 'evidence'] as const;
export const RedactionCategory = z.enum(REDACTION_CATEGORIES);
export type RedactionCategory = z.infer<typeof RedactionCategory>;

/** Profiles that remove something; "full" never produces a mark. */
export const REDACTING_PROFILE_IDS = ['sector-partner', 'regulator', 'custom'] as const;
export const RedactingProfileId = z.enum(REDACTING_PROFILE_IDS);
export type RedactingProfileId = z.infer<typeof RedactingProfileId>;

const COUNT = z.number().int().nonnegative().max(10_000_000);

/** How many values each category removed, and how many journal entries were left out. */
export const RedactionCounts = z.object({
  people: COUNT,
  notes: COUNT,
  systems: COUNT,
  site: COUNT,
  evidence: COUNT,
  journal: COUNT,
});
export type RedactionCounts = z.infer<typeof RedactionCounts>;

export const RedactionMark = z
  .object({
    profile: RedactingProfileId,
    /** The categories removed, in REDACTION_CATEGORIES order, each once. */
    categories: z.array(RedactionCategory).min(1).max(REDACTION_CATEGORIES.length),
    removed: RedactionCounts,
  })
  .refine(
    (mark) =>
      mark.categories.every(
        (category, index) =>
          index === 0 ||
          REDACTION_CATEGORIES.indexOf(category) >
            REDACTION_CATEGORIES.indexOf(mark.categories[index - 1] ?? category),
      ),
    { message: 'categories must be distinct and in their defined order', path: ['categories'] },
  )
  .refine(
    (mark) =>
      REDACTION_CATEGORIES.every(
        (category) => mark.categories.includes(category) || mark.removed[category] === 0,
      ),
    { message: 'a category that was not removed cannot have removed values', path: ['removed'] },
  );
export type RedactionMark = z.infer<typeof RedactionMark>;
