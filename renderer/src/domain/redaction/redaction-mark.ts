/**
 * What a redacted assessment says about itself. The mark travels inside assessment.json (content.redaction)
 * and, identical, in manifest.json, so the stored copy of an imported assessment, every screen and the
 * verifier know the document is not the whole record. Only zod here: model.ts imports this file.
 */
import { z } from 'zod';
import { REDACTING_PROFILE_IDS, REDACTION_CATEGORIES } from './redaction-names';

export { REDACTING_PROFILE_IDS, REDACTION_CATEGORIES };

export const RedactionCategory = z.enum(REDACTION_CATEGORIES);
export type RedactionCategory = z.infer<typeof RedactionCategory>;

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
