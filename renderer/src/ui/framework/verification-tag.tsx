import type { VerificationStatus } from '../../domain/framework/pack-schema';

/** Short labels for how far a practice's wording has been checked against the framework's text. */
export const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  verified: 'Verified against the framework text',
  summary: 'From summaries; wording not verified',
  unverified: 'Not yet verified against the framework text',
};

/** A quiet tag: it describes how sure we are of our data, it is not a finding about the site. */
export function VerificationTag({ status }: { status: VerificationStatus }) {
  return <span className={`verification verification--${status}`}>{VERIFICATION_LABELS[status]}</span>;
}
