import type { AreaCode, RoleCode } from '../../../domain/assessment/model';
import type { ScoreSummary } from '../../../domain/scoring/tally';
import { formatPercent } from '../../../domain/scoring/percent';
import { useFramework, type FrameworkPack } from '../framework';
import { bandOfScore, SCORE_BAND_LEGEND, SCORE_BAND_STYLE } from '../../../domain/scoring/score-band';

/** The cell's class (app.css colors it) and words for a score, from the one band rule the reports use too. */
export function heatCell(score: number | null | undefined): { className: string; label: string } {
  const band = bandOfScore(score);
  return { className: `heat--${band}`, label: SCORE_BAND_STYLE[band].label };
}

/** One score cell of a heat map or grid: value and band in words, colored by band. */
export function ScoreCell({ score, testId }: { score: number | null | undefined; testId?: string }) {
  const { className, label } = heatCell(score);
  return (
    <td className={className} data-testid={testId}>
      {formatPercent(score ?? null)}
      <span className="heat-map__band">{label}</span>
    </td>
  );
}

/**
 * Column headers for the framework's five areas, named and ordered by `pack`. With `codes` (what is shown is
 * on more than one pack, compared by area code) each name carries its code.
 */
export function AreaHeaders({ pack, codes = false }: { pack: FrameworkPack; codes?: boolean }) {
  return (
    <>
      {pack.areas.map((area) => (
        <th key={area.code} scope="col">
          {codes ? `${area.name} (${area.code})` : area.name}
        </th>
      ))}
    </>
  );
}

/** The legend under every heat map and score grid. */
export function HeatLegend() {
  return <p className="heat-map__legend">{SCORE_BAND_LEGEND}</p>;
}

/** The framework's Appendix A grid — roles against areas — coloured by score, with the number in each cell. */
export function HeatMap({
  roles,
  heatMap,
}: {
  roles: RoleCode[];
  heatMap: Record<RoleCode, Record<AreaCode, ScoreSummary>>;
}) {
  // Inside an assessment's pack gate: its own pack's role and area names.
  const { pack } = useFramework();
  return (
    <>
      <table className="usa-table heat-map">
        <caption className="usa-sr-only">Score for each role and responsibility area</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <AreaHeaders pack={pack} />
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role}>
              <th scope="row">{pack.roles.find((candidate) => candidate.code === role)?.name ?? role}</th>
              {pack.areas.map((area) => (
                <ScoreCell
                  key={area.code}
                  score={heatMap[role][area.code].score}
                  testId={`heat-${role}-${area.code}`}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <HeatLegend />
    </>
  );
}
