import { useState } from 'react';
import { Button, Label, Select } from '@trussworks/react-uswds';
import { useSeriesTrend } from '../../data';
import { useRoute, routeHref } from '../app/router';
import { labelPack } from '../common/own-packs';
import { usePageTitle } from '../common/use-page-title';
import { useShownMarking } from '../app/use-shown-marking';
import { TrendChart } from '../portfolio/trend-chart';
import { TrendPackNotes } from '../portfolio/trend-pack-notes';
import { HeatLegend } from '../common/scores/heat-map';
import { strictestMarking } from '../../domain/assessment/marking';

/**
 * A site's series: every cycle of its assessment, oldest first, with the overall, per-area and per-role
 * scores across all of them, and a way to see what changed between any two (the compare screen).
 */
export function SeriesPage({ assessmentId }: { assessmentId: string }) {
  // Each cycle is scored on its own framework pack; the columns are named by the latest cycle's.
  const view = useSeriesTrend(assessmentId);
  const trend = view === undefined ? undefined : (view?.value ?? null);
  const { navigate } = useRoute();
  const points = trend?.points ?? [];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Defaults: the first and the latest cycle.
  const fromId = from || points[0]?.id || '';
  const toId = to || points.at(-1)?.id || '';
  const site = trend?.site || 'this site';
  usePageTitle(`Series of ${site}`);
  // Every cycle shown counts: the screen carries the strictest marking among them.
  useShownMarking(strictestMarking(points.map((point) => point.marking)));
  if (trend === undefined) return <p role="status">Loading the series…</p>;
  if (trend === null || !view) return <p role="alert">No such assessment is stored on this device.</p>;
  const label = (id: string) => {
    const index = points.findIndex((point) => point.id === id);
    const point = points[index];
    return point
      ? `Cycle ${index + 1}: ${point.title || 'Untitled assessment'} (${point.date || 'no date'})`
      : id;
  };
  return (
    <>
      <h1>Series of {site}</h1>
      <p>
        {points.length === 1
          ? 'This is the only assessment of the site so far. Start its next cycle from the review page.'
          : `${points.length} assessments of the site, oldest first. Cycles started from an earlier one stay in the series even when the site was renamed.`}{' '}
        <a href={routeHref('review', assessmentId)}>Back to the review</a>
      </p>
      <TrendChart
        trend={trend}
        pack={labelPack(view.packs, [...view.refs].reverse())}
        codes={view.refs.length > 1}
        byRole
      />
      <HeatLegend />
      <TrendPackNotes trend={trend} refs={view.refs} packById={view.packById} />
      {points.length > 1 ? (
        <section aria-labelledby="series-compare-heading">
          <h2 id="series-compare-heading">What changed between two cycles</h2>
          <div className="compare-picker">
            <div>
              <Label htmlFor="series-from">From</Label>
              <Select
                id="series-from"
                name="seriesFrom"
                value={fromId}
                onChange={(e) => setFrom(e.target.value)}
              >
                {points.map((point) => (
                  <option key={point.id} value={point.id}>
                    {label(point.id)}
                  </option>
                ))}
              </Select>
            </div>
            <div>
              <Label htmlFor="series-to">To</Label>
              <Select id="series-to" name="seriesTo" value={toId} onChange={(e) => setTo(e.target.value)}>
                {points.map((point) => (
                  <option key={point.id} value={point.id}>
                    {label(point.id)}
                  </option>
                ))}
              </Select>
            </div>
            <Button
              type="button"
              disabled={fromId === toId}
              onClick={() => navigate('compare', fromId, toId)}
            >
              Compare
            </Button>
          </div>
          {fromId === toId ? <p>Choose two different cycles to compare.</p> : null}
        </section>
      ) : null}
    </>
  );
}
