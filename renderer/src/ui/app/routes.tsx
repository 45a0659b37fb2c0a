/**
 * Which screen a hash route shows. Every screen but the library is loaded on demand, so start-up parses only
 * what the first screen needs; signing, PDF and ZIP code arrive when a screen that uses them opens. Each such
 * screen also waits for the deferred storage code (the repositories with their schemas), so its reads and
 * synchronous writes find it loaded.
 */
import { lazy, type ComponentType, type ReactElement } from 'react';
import { preloadStorageCode } from '../../data';
import { AssessmentsPage } from '../library/assessments-page';
import { NotFoundPage } from './not-found-page';

function screen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), preloadStorageCode()]);
    return { default: component };
  });
}

const NewAssessmentPage = screen(() =>
  import('../library/new-assessment-page').then((m) => m.NewAssessmentPage),
);
const WizardPage = screen(() => import('../wizard/wizard-page').then((m) => m.WizardPage));
const ReviewPage = screen(() => import('../review/review-page').then((m) => m.ReviewPage));
const ComparePage = screen(() => import('../compare/compare-page').then((m) => m.ComparePage));
const PortfolioPage = screen(() => import('../portfolio/portfolio-page').then((m) => m.PortfolioPage));
const SettingsPage = screen(() => import('../settings/settings-page').then((m) => m.SettingsPage));
const ImportPage = screen(() => import('../import/import-page').then((m) => m.ImportPage));
const FrameworkPage = screen(() => import('../framework/framework-page').then((m) => m.FrameworkPage));
const SeriesPage = screen(() => import('../series/series-page').then((m) => m.SeriesPage));
const NextCyclePage = screen(() => import('../series/next-cycle-page').then((m) => m.NextCyclePage));
const TrustPage = screen(() => import('../trust/trust-page').then((m) => m.TrustPage));
const SuppliersPage = screen(() => import('../suppliers/suppliers-page').then((m) => m.SuppliersPage));
const SupplierRequestPage = screen(() =>
  import('../supplier-request/supplier-request-page').then((m) => m.SupplierRequestPage),
);
const SupplierInboxRoute = screen(() =>
  import('../supplier-inbox/inbox-route').then((m) => m.SupplierInboxRoute),
);

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
      if (third === 'supplier-request')
        return { section, element: <SupplierRequestPage assessmentId={second} /> };
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
    case 'next-cycle':
      return second
        ? { section: 'assessments', element: <NextCyclePage assessmentId={second} /> }
        : notFound(section);
    case 'series':
      return second
        ? { section: 'portfolio', element: <SeriesPage assessmentId={second} /> }
        : notFound(section);
    case 'settings':
      return { section, element: <SettingsPage /> };
    case 'import':
      return { section, element: <ImportPage /> };
    case 'trust':
      return { section, element: <TrustPage /> };
    case 'supplier':
      return { section: 'suppliers', element: <SupplierInboxRoute parts={[second, third]} /> };
    case 'suppliers':
      return { section, element: <SuppliersPage /> };
    case 'framework':
      return { section, element: <FrameworkPage /> };
    default:
      return notFound(section);
  }
}

function notFound(section: string): Resolved {
  return { section, element: <NotFoundPage /> };
}
