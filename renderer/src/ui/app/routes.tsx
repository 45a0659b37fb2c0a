/**
 * Which screen a hash route shows. Every screen but the library is loaded on demand, so start-up parses only
 * what the first screen needs; signing, PDF and ZIP code arrive when a screen that uses them opens.
 */
import { lazy, type ReactElement } from 'react';
import { AssessmentsPage } from '../library/assessments-page';
import { NotFoundPage } from './not-found-page';

const NewAssessmentPage = lazy(() =>
  import('../library/new-assessment-page').then((m) => ({ default: m.NewAssessmentPage })),
);
const WizardPage = lazy(() => import('../wizard/wizard-page').then((m) => ({ default: m.WizardPage })));
const ReviewPage = lazy(() => import('../review/review-page').then((m) => ({ default: m.ReviewPage })));
const ComparePage = lazy(() => import('../compare/compare-page').then((m) => ({ default: m.ComparePage })));
const PortfolioPage = lazy(() =>
  import('../portfolio/portfolio-page').then((m) => ({ default: m.PortfolioPage })),
);
const SettingsPage = lazy(() =>
  import('../settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const ImportPage = lazy(() => import('../import/import-page').then((m) => ({ default: m.ImportPage })));
const FrameworkPage = lazy(() =>
  import('../framework/framework-page').then((m) => ({ default: m.FrameworkPage })),
);
const TrustPage = lazy(() => import('../trust/trust-page').then((m) => ({ default: m.TrustPage })));

export interface Resolved {
  /** The side-navigation section to mark as current. */
  section: string;
  element: ReactElement;
}

/** The screen for the route parts of "#/a/b/c". */
export function resolveRoute(parts: string[]): Resolved {
  const [section = 'assessments', second, third] = parts;
  switch (section) {
    case 'assessments':
      if (!second) return { section, element: <AssessmentsPage /> };
      if (second === 'new') return { section, element: <NewAssessmentPage /> };
      return { section, element: <WizardPage assessmentId={second} step={third} /> };
    case 'review':
      return second
        ? { section: 'assessments', element: <ReviewPage assessmentId={second} /> }
        : notFound(section);
    case 'compare':
      return second && third
        ? { section: 'portfolio', element: <ComparePage olderRef={second} newerRef={third} /> }
        : notFound(section);
    case 'portfolio':
      return { section, element: <PortfolioPage /> };
    case 'settings':
      return { section, element: <SettingsPage /> };
    case 'import':
      return { section, element: <ImportPage /> };
    case 'trust':
      return { section, element: <TrustPage /> };
    case 'framework':
      return { section, element: <FrameworkPage /> };
    default:
      return notFound(section);
  }
}

function notFound(section: string): Resolved {
  return { section, element: <NotFoundPage /> };
}
