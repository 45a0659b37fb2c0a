import { useState } from 'react';
import { Checkbox } from '@trussworks/react-uswds';
import type { AreaCode } from '../../../domain/assessment/model';
import { isAnswered, useFramework } from '../../common/framework';
import { routeHref } from '../../app/router';
import type { LoadedAssessment } from '../../../data';
import { PracticeCard } from './practice-card';

/** One responsibility area: the in-scope practices grouped by role, with an "unanswered only" filter. */
export function AreaStep({ loaded, area }: { loaded: LoadedAssessment; area: AreaCode }) {
  const [unansweredOnly, setUnansweredOnly] = useState(false);
  const { content, header } = loaded;
  const { pack, practicesInScopeFor } = useFramework();
  const areaInfo = pack.areas.find((candidate) => candidate.code === area);
  const practices = practicesInScopeFor(content.roles).filter((practice) => practice.area === area);
  if (content.roles.length === 0) {
    return (
      <p>
        Choose the organization’s framework roles first, on the{' '}
        <a href={routeHref('assessments', header.id, 'scope')}>Scope</a> step.
      </p>
    );
  }
  const shown = unansweredOnly
    ? practices.filter((practice) => !isAnswered(content.answers[practice.id]))
    : practices;
  return (
    <>
      <p>{areaInfo?.description}</p>
      <Checkbox
        id={`filter-unanswered-${area}`}
        name="unansweredOnly"
        label="Show unanswered practices only"
        checked={unansweredOnly}
        onChange={(event) => setUnansweredOnly(event.target.checked)}
      />
      <p role="status">
        Showing {shown.length} of {practices.length} practices.
      </p>
      {content.roles.map((role) => {
        const forRole = shown.filter((practice) => practice.role === role);
        if (forRole.length === 0) return null;
        const roleName = pack.roles.find((candidate) => candidate.code === role)?.name ?? role;
        return (
          <section key={role} aria-labelledby={`role-heading-${role}`}>
            <h2 id={`role-heading-${role}`}>{roleName}</h2>
            {forRole.map((practice) => (
              <PracticeCard key={practice.id} loaded={loaded} practice={practice} />
            ))}
          </section>
        );
      })}
    </>
  );
}
