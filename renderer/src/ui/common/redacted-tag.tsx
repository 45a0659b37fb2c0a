import { redactedHeadline, redactedSummary } from '../../domain/redaction/describe';
import { profileLabel } from '../../domain/redaction/profiles';
import type { RedactingProfileId, RedactionMark } from '../../domain/redaction/redaction-mark';

/**
 * "Redacted: Sector partner", on every screen that shows an assessment received as a redacted copy. With the
 * full mark the tag also says what was removed (for screen readers too, not only as a tooltip).
 */
export function RedactedTag({ mark, profile }: { mark?: RedactionMark; profile?: RedactingProfileId }) {
  const id = mark?.profile ?? profile;
  if (!id) return null;
  return (
    <span className="redacted-tag" data-testid="redacted-tag">
      <span className="usa-tag">{mark ? redactedHeadline(mark) : `Redacted: ${profileLabel(id)}`}</span>
      {mark ? <span className="redacted-tag__detail"> Removed: {redactedSummary(mark)}.</span> : null}
    </span>
  );
}
