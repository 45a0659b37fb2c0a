import { routeHref } from '../app/router';
import type { StepInfo, StepKey } from './steps';

/** The visible list of steps; every step is a link, so any step is reachable by keyboard at any time. */
export function StepList({
  assessmentId,
  steps,
  current,
}: {
  assessmentId: string;
  steps: StepInfo[];
  current: StepKey;
}) {
  return (
    <nav aria-label="Assessment steps" className="step-list">
      <ol>
        {steps.map((step, index) => (
          <li
            key={step.key}
            className={step.key === current ? 'step-list__item step-list__item--current' : 'step-list__item'}
          >
            <a
              href={routeHref('assessments', assessmentId, step.key)}
              aria-current={step.key === current ? 'step' : undefined}
            >
              <span className="step-list__number" aria-hidden="true">
                {step.done ? '✓' : index + 1}
              </span>
              <span className="step-list__label">{step.label}</span>
              {step.progress ? <span className="step-list__progress">{step.progress}</span> : null}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
