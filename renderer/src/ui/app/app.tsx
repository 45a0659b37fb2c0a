import type { AirrDatabase } from '../../storage/database';
import type { Platform } from '../../platform/platform';
import { AppProvider } from './app-context';
import { IdentityProvider } from '../identity/identity-provider';
import { Frame } from './frame';
import { useRoute } from './router';
import { AssessmentsPage } from '../library/assessments-page';
import { NewAssessmentPage } from '../library/new-assessment-page';
import { NotFoundPage } from './not-found-page';
import { WizardPage } from '../wizard/wizard-page';
import { SettingsPage } from '../settings/settings-page';
import { ImportPage } from '../import/import-page';
import { TrustPage } from '../trust/trust-page';
import { ImportInboxProvider } from '../import/import-inbox';
import { ReviewPage } from '../review/review-page';
import { ComparePage } from '../compare/compare-page';
import { PortfolioPage } from '../portfolio/portfolio-page';

function Routed() {
  const { parts } = useRoute();
  const [section = 'assessments', second, third] = parts;
  if (section === 'assessments' && second === 'new')
    return (
      <Frame section="assessments">
        <NewAssessmentPage />
      </Frame>
    );
  if (section === 'assessments' && !second)
    return (
      <Frame section="assessments">
        <AssessmentsPage />
      </Frame>
    );
  if (section === 'review' && second)
    return (
      <Frame section="assessments">
        <ReviewPage assessmentId={second} />
      </Frame>
    );
  if (section === 'compare' && second && third)
    return (
      <Frame section="portfolio">
        <ComparePage olderRef={second} newerRef={third} />
      </Frame>
    );
  if (section === 'portfolio')
    return (
      <Frame section="portfolio">
        <PortfolioPage />
      </Frame>
    );
  if (section === 'settings')
    return (
      <Frame section="settings">
        <SettingsPage />
      </Frame>
    );
  if (section === 'import')
    return (
      <Frame section="import">
        <ImportPage />
      </Frame>
    );
  if (section === 'trust')
    return (
      <Frame section="trust">
        <TrustPage />
      </Frame>
    );
  if (section === 'assessments' && second)
    return (
      <Frame section="assessments">
        <WizardPage assessmentId={second} step={third} />
      </Frame>
    );
  return (
    <Frame section={section}>
      <NotFoundPage />
    </Frame>
  );
}

/** The whole renderer: services in context, then the routed screen inside the frame. */
export function App({ db, platform }: { db: AirrDatabase; platform: Platform }) {
  return (
    <AppProvider db={db} platform={platform}>
      <IdentityProvider>
        <ImportInboxProvider>
          <Routed />
        </ImportInboxProvider>
      </IdentityProvider>
    </AppProvider>
  );
}
