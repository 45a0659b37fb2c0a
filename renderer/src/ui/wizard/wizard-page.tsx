import { lazy, useEffect, useRef } from 'react';
import { useShownMarking } from '../app/use-shown-marking';
import { routeHref } from '../app/router';
import { usePageTitle } from '../common/use-page-title';
import { SaveStatusIndicator, SaveStatusProvider } from '../autosave/save-status-context';
import { StepList } from './step-list';
import { isStepKey, wizardSteps, type StepKey } from './steps';
import { useAssessment, type LoadedAssessment } from '../../data';
import { SetupStep } from './setup/setup-step';
import { ScopeStep } from './scope/scope-step';
import { AreaStep } from './area/area-step';
import { FindingsStep } from './findings/findings-step';
import { ReviewStep } from '../common/scores/review-step';
import { ExportStep } from './export/export-step';
import { SummaryEditor } from './summary/summary-editor';
import type { AreaCode } from '../../domain/assessment/model';
import { AssessmentPackGate } from '../common/assessment-pack-gate';
import { useFramework } from '../common/framework';
import { TeamWorkLink } from '../team/team-work-link';

// Loaded on demand (as the review route is): a static import would tie wizard and review into one chunk.
const ReviewPage = lazy(() => import('../review/review-page').then((m) => ({ default: m.ReviewPage })));

function StepBody({ step, loaded }: { step: StepKey; loaded: LoadedAssessment }) {
  switch (step) {
    case 'setup':
      return <SetupStep loaded={loaded} />;
    case 'scope':
      return <ScopeStep loaded={loaded} />;
    case 'findings':
      return <FindingsStep loaded={loaded} />;
    case 'review':
      return (
        <>
          <ReviewStep loaded={loaded} />
          <SummaryEditor loaded={loaded} />
        </>
      );
    case 'export':
      return <ExportStep loaded={loaded} />;
    default:
      return <AreaStep loaded={loaded} area={step.slice('area-'.length) as AreaCode} />;
  }
}

/** One assessment in the wizard: the step list, the save indicator and the current step. */
export function WizardPage({ assessmentId, step }: { assessmentId: string; step: string | undefined }) {
  const loaded = useAssessment(assessmentId);
  usePageTitle(`Assessment · ${loaded?.header.title ?? ''}`);
  useShownMarking(loaded?.content.marking);
  if (loaded === undefined) return <p role="status">Loading the assessment…</p>;
  if (loaded === null) {
    return (
      <>
        <h1>Assessment not found</h1>
        <p>
          It may have been removed. <a href={routeHref('assessments')}>Back to the assessments</a>.
        </p>
      </>
    );
  }
  // A signed, imported assessment is a record, not a draft: it opens read-only in review mode.
  if (loaded.header.source === 'imported') return <ReviewPage assessmentId={assessmentId} />;
  // An assessment is edited on its own pack; without it here, review shows what it can, read-only.
  return (
    <AssessmentPackGate header={loaded.header} missing={<ReviewPage assessmentId={assessmentId} />}>
      <WizardSteps loaded={loaded} step={step} />
    </AssessmentPackGate>
  );
}

function WizardSteps({ loaded, step }: { loaded: LoadedAssessment; step: string | undefined }) {
  const assessmentId = loaded.header.id;
  const { pack } = useFramework();
  const heading = useRef<HTMLHeadingElement>(null);
  const current: StepKey = isStepKey(step) ? step : 'setup';
  const steps = wizardSteps(loaded.content, pack);
  const currentStep = steps.find((candidate) => candidate.key === current);
  usePageTitle(`${currentStep?.label ?? 'Assessment'} · ${loaded.header.title}`);
  useEffect(() => {
    heading.current?.focus();
  }, [current]);
  const index = steps.findIndex((candidate) => candidate.key === current);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return (
    <SaveStatusProvider assessmentId={assessmentId}>
      <div className="wizard">
        <div className="wizard__head">
          <p className="wizard__title">
            {loaded.header.title || 'Untitled assessment'} · {loaded.header.siteName}
          </p>
          <TeamWorkLink assessmentId={assessmentId} />
          <SaveStatusIndicator />
        </div>
        <div className="wizard__layout">
          <StepList assessmentId={assessmentId} steps={steps} current={current} />
          <section className="wizard__step" aria-labelledby="step-heading">
            <h1 id="step-heading" ref={heading} tabIndex={-1}>
              {currentStep?.label}
            </h1>
            <StepBody step={current} loaded={loaded} />
            <div className="wizard__pager">
              {previous ? (
                <a
                  className="usa-button usa-button--outline"
                  href={routeHref('assessments', assessmentId, previous.key)}
                >
                  Previous: {previous.label}
                </a>
              ) : null}
              {next ? (
                <a className="usa-button" href={routeHref('assessments', assessmentId, next.key)}>
                  Next: {next.label}
                </a>
              ) : null}
            </div>
          </section>
        </div>
      </div>
    </SaveStatusProvider>
  );
}
