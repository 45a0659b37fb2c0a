import { usePortfolio, useSignerStatesByIds, useSiteTrends } from '../../data';
import { TREND_MINIMUM } from '../../domain/compare/trend';
import { TrendChart } from './trend-chart';
import { TrendPackNotes } from './trend-pack-notes';
import { routeHref } from '../app/router';
import { strictestMarking } from '../../domain/assessment/marking';
import { usePageTitle } from '../common/use-page-title';
import { practiceTitleIn } from '../../domain/scoring/own-pack-score';
import { DifferentPacksNote, foundPacks, labelPack, missingPackOf } from '../common/own-packs';
import { SeverityCounts } from '../common/severity-counts';
import { RemediationBySite } from '../remediation/remediation-by-site';
import { SignerBadge } from '../common/signer-badge';
import { AreaHeaders, HeatLegend, ScoreCell } from '../common/scores/heat-map';
import { useShownMarking } from '../app/use-shown-marking';
import { RedactedTag } from '../common/redacted-tag';

export function PortfolioPage() {
  usePageTitle('Portfolio');
  // Each site's latest assessment is scored on its own framework pack.
  const view = usePortfolio(10);
  const portfolio = view?.value;
  // Who signed each site's assessment, with its trust state, as the library shows it.
  const signers = useSignerStatesByIds(portfolio?.sites.flatMap((site) => site.assessmentIds) ?? []);
  const trends = useSiteTrends();
  // Trends show older assessments too: the screen carries the strictest marking of all it shows.
  useShownMarking(
    strictestMarking([
      ...(portfolio?.marking ? [portfolio.marking] : []),
      ...(trends ?? []).flatMap((trend) => trend.value.points.map((point) => point.marking)),
    ]),
  );
  if (view === undefined || portfolio === undefined) return <p role="status">Loading the portfolio…</p>;
  const maxGap = Math.max(1, ...portfolio.gaps.map((gap) => gap.total));
  // Columns are named by the pack of the most recently changed assessment (refs come newest first).
  const pack = labelPack(view.packs, view.refs);
  const mixed = view.refs.length > 1;
  // A practice as a reader knows it: its title next to its id (ids alone mean little to a manager).
  const titleSources = foundPacks(view.packs, view.refs);
  const unscored = portfolio.sites.flatMap((site) =>
    site.unscoredIds.flatMap((id) => {
      const ref = view.packById.get(id);
      return ref ? [{ site: site.site, id, ref }] : [];
    }),
  );
  return (
    <>
      <h1>Portfolio</h1>
      <p>The most recent assessment of each site, side by side.</p>
      <section aria-labelledby="portfolio-sites">
        <h2 id="portfolio-sites">Scores by site and area</h2>
        <table className="usa-table usa-table--compact heat-map">
          <caption className="usa-sr-only">Overall and per-area score of each site</caption>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Signed by</th>
              <th scope="col">Overall</th>
              <AreaHeaders pack={pack} codes={mixed} />
            </tr>
          </thead>
          <tbody>
            {portfolio.sites.map((site) => (
              <tr key={site.site} data-testid={`portfolio-site-${site.site}`}>
                <th scope="row">
                  {site.site}
                  {site.redaction ? (
                    <>
                      {' '}
                      <RedactedTag profile={site.redaction.profile} />
                    </>
                  ) : null}
                </th>
                <td>
                  {site.assessmentIds.map((id) => {
                    const state = signers?.get(id);
                    return state ? <SignerBadge key={id} state={state} /> : null;
                  })}
                </td>
                <ScoreCell score={site.overall} testId={`portfolio-${site.site}-overall`} />
                {pack.areas.map((area) => (
                  <ScoreCell
                    key={area.code}
                    score={site.byArea[area.code] ?? null}
                    testId={`portfolio-${site.site}-${area.code}`}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <HeatLegend />
        <DifferentPacksNote
          subject="The sites' latest assessments"
          refs={view.refs}
          testId="portfolio-different-packs"
        />
        {unscored.map(({ site, id, ref }) => (
          <p key={id} data-testid="portfolio-pack-missing">
            {site}: {missingPackOf(ref)}
          </p>
        ))}
      </section>
      <section aria-labelledby="portfolio-gaps">
        <h2 id="portfolio-gaps">Most frequent gaps</h2>
        {portfolio.gaps.length === 0 ? <p>No gaps recorded.</p> : null}
        <ol className="gap-bars">
          {portfolio.gaps.map((gap) => (
            <li key={gap.practiceId}>
              <span className="gap-bars__label">
                <strong>{gap.practiceId}</strong> {practiceTitleIn(titleSources, gap.practiceId)} —{' '}
                {gap.notImplemented} not implemented, {gap.partial} partial
              </span>
              <span
                className="gap-bars__track"
                aria-hidden="true"
                style={{ width: `${(gap.total / maxGap) * 100}%` }}
              >
                <span className="gap-bars__not-implemented" style={{ flexGrow: gap.notImplemented }} />
                <span className="gap-bars__partial" style={{ flexGrow: gap.partial }} />
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="portfolio-findings">
        <h2 id="portfolio-findings">Open findings by severity</h2>
        <SeverityCounts
          counts={portfolio.openFindingsBySeverity}
          caption="Open findings across all sites by severity"
          testIdPrefix="portfolio-open"
        />
      </section>
      <RemediationBySite />
      <section aria-labelledby="portfolio-trends">
        <h2 id="portfolio-trends">Trends</h2>
        {trends === undefined ? <p role="status">Loading the trends…</p> : null}
        {trends?.length === 0 ? (
          <p>A trend appears for each site with {TREND_MINIMUM} or more assessments.</p>
        ) : null}
        {trends?.map(({ value: trend, packs, refs, packById }, index) => (
          <section key={trend.site} aria-labelledby={`trend-heading-${index}`}>
            <h3 id={`trend-heading-${index}`}>{trend.site}</h3>
            <TrendChart trend={trend} pack={labelPack(packs, [...refs].reverse())} codes={refs.length > 1} />
            <TrendPackNotes trend={trend} refs={refs} packById={packById} />
            {trend.points.at(-1) ? (
              <p>
                <a href={routeHref('series', trend.points.at(-1)?.id ?? '')}>
                  Open the series of {trend.site}
                </a>{' '}
                (scores by role, and what changed between any two cycles)
              </p>
            ) : null}
          </section>
        ))}
      </section>
    </>
  );
}
