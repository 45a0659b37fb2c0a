import type { Practice } from '../../common/framework';
import { routeHref } from '../../app/router';
import { VerificationTag } from '../../framework/verification-tag';

/** Where a practice comes from in the framework, and how sure we are of it (explained on the Framework page). */
export function PracticeSource({ practice }: { practice: Practice }) {
  return (
    <p className="practice__source">
      Source: framework section {practice.source.section}, page {practice.source.page}.{' '}
      <a href={routeHref('framework')} className="practice__source-link">
        <VerificationTag status={practice.verification} />
      </a>
      {practice.areaInferred ? <span> Its responsibility area is inferred.</span> : null}
    </p>
  );
}
