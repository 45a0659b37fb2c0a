import { formatPercent } from '../../../domain/scoring/percent';
import { useFramework } from '../framework';
import { STATUS_LABELS } from '../labels';
import { SeverityCounts } from '../severity-counts';
import { useStoredPlans, type LoadedAssessment } from '../../../data';
import { isFindingOpen, NO_PLANS } from '../../../domain/remediation/finding-status';
import { HeatMap } from './heat-map';
import { ScoreBars } from './score-bars';

/** Completeness, scores, the role × area heat map, gaps and findings by severity. */
export function ReviewStep({ loaded }: { loaded: LoadedAssessment }) {
  const { content, header } = loaded;
  const { pack, scoreContent } = useFramework();
  const score = scoreContent(content);
  // Open or not is the site's call once it has a plan for the finding; the signed content decides otherwise.
  const plans = useStoredPlans(header.id) ?? NO_PLANS;
  return (
    <>
      <section aria-labelledby="review-summary">
        <h2 id="review-summary">Summary</h2>
        <dl className="review-figures">
          <div>
            <dt>Overall score</dt>
            <dd data-testid="overall-score">{formatPercent(score.overall.score)}</dd>
          </div>
          <div>
            <dt>Completeness</dt>
            <dd data-testid="completeness">{formatPercent(score.overall.completeness)}</dd>
          </div>
          <div>
            <dt>Open findings</dt>
            <dd data-testid="open-findings">
              {content.findings.filter((finding) => isFindingOpen(finding, plans)).length}
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="review-areas">
        <h2 id="review-areas">By responsibility area</h2>
        <ScoreBars
          rows={pack.areas.map((area) => ({
            key: area.code,
            label: area.name,
            score: score.byArea[area.code].score,
            completeness: score.byArea[area.code].completeness,
          }))}
          caption="Score and completeness by responsibility area"
        />
      </section>
      <section aria-labelledby="review-roles">
        <h2 id="review-roles">By role</h2>
        <ScoreBars
          rows={content.roles.map((role) => ({
            key: role,
            label: pack.roles.find((r) => r.code === role)?.name ?? role,
            score: score.byRole[role].score,
            completeness: score.byRole[role].completeness,
          }))}
          caption="Score and completeness by role"
        />
      </section>
      <section aria-labelledby="review-heat">
        <h2 id="review-heat">Role × area heat map</h2>
        <HeatMap roles={content.roles} heatMap={score.heatMap} />
      </section>
      <section aria-labelledby="review-gaps">
        <h2 id="review-gaps">Gaps ({score.gaps.length})</h2>
        {score.gaps.length === 0 ? (
          <p>No practice is marked not or partially implemented.</p>
        ) : (
          <ul>
            {score.gaps.map((gap) => (
              <li key={gap.practiceId}>
                <strong>{gap.practiceId}</strong> {gap.title} — {STATUS_LABELS[gap.status]}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="review-findings">
        <h2 id="review-findings">Findings by severity</h2>
        <SeverityCounts
          counts={score.findingsBySeverity}
          caption="Number of findings by severity"
          testIdPrefix="findings"
        />
      </section>
    </>
  );
}
