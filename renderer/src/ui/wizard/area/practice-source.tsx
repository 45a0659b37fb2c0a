import type { Practice } from '../../common/framework';

const VERIFICATION_TEXT = {
  verified: 'Verified against the framework text',
  summary: 'From summaries of the framework; wording not verified',
  unverified: 'Not yet verified against the framework text',
} as const;

/** Where a practice comes from in the framework, and how sure we are of it. */
export function PracticeSource({ practice }: { practice: Practice }) {
  return (
    <p className="practice__source">
      Source: framework section {practice.source.section}, page {practice.source.page}.{' '}
      <span className={`verification verification--${practice.verification}`}>
        {VERIFICATION_TEXT[practice.verification]}
      </span>
      {practice.areaInferred ? (
        <span className="verification verification--inferred"> Its responsibility area is inferred.</span>
      ) : null}
    </p>
  );
}
