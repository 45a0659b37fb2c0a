import { useWorkPackages } from '../../data';
import { routeHref } from '../app/router';

/**
 * From the wizard to the Team work form on the review page: "Hand out work" for the lead, "Return to lead"
 * on an assessor's working copy. A plain link, so it is in the tab order and opens with Enter.
 */
export function TeamWorkLink({ assessmentId }: { assessmentId: string }) {
  const packages = useWorkPackages(assessmentId);
  const workingCopy = packages?.some((row) => row.side === 'assignee') ?? false;
  return (
    // "#/review/<id>/team": the review page focuses its Team work section (routes.tsx).
    <a href={routeHref('review', assessmentId, 'team')}>{workingCopy ? 'Return to lead' : 'Hand out work'}</a>
  );
}
