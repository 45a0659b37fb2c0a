import { routeHref } from './router';
import { usePageTitle } from '../common/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Nothing is at this address. <a href={routeHref('assessments')}>Go to the assessments</a>.
      </p>
    </>
  );
}
