import type { AreaCode, RoleCode } from '../../../domain/assessment/model';
import type { ScoreSummary } from '../../../domain/scoring/tally';
import { formatPercent } from '../../../domain/scoring/percent';
import { PACK } from '../framework';

/** Background and text colours by score band; every pair keeps at least 4.5:1 contrast. */
function band(score: number | null | undefined): { className: string; label: string } {
  if (score === null || score === undefined) return { className: 'heat--none', label: 'not scored' };
  if (score >= 0.8) return { className: 'heat--high', label: 'strong' };
  if (score >= 0.5) return { className: 'heat--mid', label: 'partial' };
  return { className: 'heat--low', label: 'weak' };
}

/** The framework's Appendix A grid — roles against areas — coloured by score, with the number in each cell. */
export function HeatMap({
  roles,
  heatMap,
}: {
  roles: RoleCode[];
  heatMap: Record<RoleCode, Record<AreaCode, ScoreSummary>>;
}) {
  return (
    <table className="usa-table heat-map">
      <caption className="usa-sr-only">Score for each role and responsibility area</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          {PACK.areas.map((area) => (
            <th key={area.code} scope="col">
              {area.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {roles.map((role) => (
          <tr key={role}>
            <th scope="row">{PACK.roles.find((candidate) => candidate.code === role)?.name ?? role}</th>
            {PACK.areas.map((area) => {
              const score = heatMap[role][area.code].score;
              const { className, label } = band(score);
              return (
                <td key={area.code} className={className} data-testid={`heat-${role}-${area.code}`}>
                  {formatPercent(score ?? null)}
                  <span className="heat-map__band">{label}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
