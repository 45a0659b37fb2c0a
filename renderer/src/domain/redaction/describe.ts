/** The words every report and screen uses for a redaction mark, so they all say the same thing. */
import { CATEGORY_SHORT, profileLabel } from './profiles';
import type { RedactionMark } from './redaction-mark';

/** "Redacted: Sector partner". */
export function redactedHeadline(mark: RedactionMark): string {
  return `Redacted: ${profileLabel(mark.profile)}`;
}

/** "People (2), Notes and text (14), Evidence files (3); change journal left out (12 entries)". */
export function redactedSummary(mark: RedactionMark): string {
  const parts = mark.categories.map((category) => `${CATEGORY_SHORT[category]} (${mark.removed[category]})`);
  const journal = `change journal left out (${mark.removed.journal} ${mark.removed.journal === 1 ? 'entry' : 'entries'})`;
  return `${parts.join(', ')}; ${journal}`;
}
