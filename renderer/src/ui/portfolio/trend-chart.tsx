import type { SiteTrend } from '../../domain/compare/trend';
import { toPercent } from '../../domain/scoring/percent';
import { PARTIAL_FROM, SCORE_BAND_STYLE, STRONG_FROM } from '../../domain/scoring/score-band';
import type { FrameworkPack } from '../common/framework';
import { AreaHeaders, ScoreCell } from '../common/scores/heat-map';

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 44;
const RIGHT = 24;
const TOP = 16;
const BOTTOM = 40;
const rgb = ([r, g, b]: readonly [number, number, number]) => `rgb(${r}, ${g}, ${b})`;

/**
 * One site's overall score across its assessments, oldest first: a line over the score bands with each
 * point's value written beside it, then a table of the overall and per-area scores of every assessment (the
 * chart is a picture of that table, which is what screen readers read).
 */
export function TrendChart({
  trend,
  pack,
  codes = false,
  byRole = false,
}: {
  trend: SiteTrend;
  /** Names the area and role columns (scores are each point's own, on its own pack). */
  pack: FrameworkPack;
  /** The points are on different packs: the area columns carry their codes. */
  codes?: boolean;
  byRole?: boolean;
}) {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) =>
    LEFT + (trend.points.length === 1 ? plotWidth / 2 : (plotWidth * index) / (trend.points.length - 1));
  const y = (percent: number) => TOP + plotHeight - (plotHeight * percent) / 100;
  const scored = trend.points.flatMap((point, index) => {
    const percent = toPercent(point.overall);
    return percent === null ? [] : [{ index, percent }];
  });
  const bands: Array<[number, number, keyof typeof SCORE_BAND_STYLE]> = [
    [0, PARTIAL_FROM, 'weak'],
    [PARTIAL_FROM, STRONG_FROM, 'partial'],
    [STRONG_FROM, 100, 'strong'],
  ];
  const testId = `trend-${trend.site}`;
  return (
    <figure className="trend" data-testid={testId}>
      <svg
        className="trend__chart"
        aria-hidden="true"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: `${WIDTH}px` }}
      >
        {bands.map(([from, to, band]) => (
          <rect
            key={band}
            x={LEFT}
            y={y(to)}
            width={plotWidth}
            height={y(from) - y(to)}
            fill={rgb(SCORE_BAND_STYLE[band].rgb)}
            opacity={0.55}
          />
        ))}
        {[0, PARTIAL_FROM, STRONG_FROM, 100].map((tick) => (
          <text key={tick} x={LEFT - 6} y={y(tick) + 4} fontSize="11" textAnchor="end" fill="#3d4551">
            {tick}%
          </text>
        ))}
        <polyline
          fill="none"
          stroke="#1a4480"
          strokeWidth={2.5}
          points={scored.map(({ index, percent }) => `${x(index)},${y(percent)}`).join(' ')}
        />
        {scored.map(({ index, percent }) => (
          <g key={trend.points[index]?.id}>
            <circle cx={x(index)} cy={y(percent)} r={4.5} fill="#1a4480" />
            <text
              x={x(index)}
              y={y(percent) - 9}
              fontSize="12"
              fontWeight="700"
              textAnchor="middle"
              fill="#1b1b1b"
            >
              {percent}%
            </text>
          </g>
        ))}
        {trend.points.map((point, index) => (
          <text key={point.id} x={x(index)} y={HEIGHT - 18} fontSize="11" textAnchor="middle" fill="#3d4551">
            {point.date || '—'}
          </text>
        ))}
      </svg>
      <table className="usa-table usa-table--compact heat-map trend__table">
        <caption>Scores of each assessment of {trend.site}, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Assessment</th>
            <th scope="col">Overall</th>
            <AreaHeaders pack={pack} codes={codes} />
          </tr>
        </thead>
        <tbody>
          {trend.points.map((point) => (
            <tr key={point.id}>
              <td>{point.date || '—'}</td>
              <th scope="row">{point.title || 'Untitled assessment'}</th>
              <ScoreCell score={point.overall} />
              {pack.areas.map((area) => (
                <ScoreCell key={area.code} score={point.byArea[area.code] ?? null} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {byRole ? (
        <table className="usa-table usa-table--compact heat-map trend__table">
          <caption>Scores by framework role of each assessment of {trend.site}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Assessment</th>
              {pack.roles.map((role) => (
                <th key={role.code} scope="col">
                  {role.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.points.map((point) => (
              <tr key={point.id}>
                <td>{point.date || '—'}</td>
                <th scope="row">{point.title || 'Untitled assessment'}</th>
                {pack.roles.map((role) => (
                  <ScoreCell key={role.code} score={point.byRole[role.code] ?? null} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
