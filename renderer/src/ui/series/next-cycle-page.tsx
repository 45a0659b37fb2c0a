import { useAssessment } from '../../data';
import { routeHref } from '../app/router';
import { useShownMarking } from '../app/use-shown-marking';
import { usePageTitle } from '../common/use-page-title';
import { NextCycleSection } from '../review/next-cycle-section';

/** The library's "Next cycle" row action: starts the site's next assessment from this one, on its own page. */
export function NextCyclePage({ assessmentId }: { assessmentId: string }) {
  const loaded = useAssessment(assessmentId);
  usePageTitle(`Next cycle · ${loaded?.header.title ?? ''}`);
  useShownMarking(loaded?.content.marking);
  if (loaded === undefined) return <p role="status">Loading the assessment…</p>;
  if (loaded === null) return <p role="alert">No such assessment is stored on this device.</p>;
  const { header } = loaded;
  return (
    <>
      <h1>Next cycle of {header.title || 'Untitled assessment'}</h1>
      <p>
        {header.siteName} · revision {header.revision}.{' '}
        <a href={routeHref('series', header.id)}>See the site’s series</a> ·{' '}
        <a href={routeHref('review', header.id)}>Review this assessment</a>
      </p>
      <NextCycleSection header={header} />
    </>
  );
}
