import { formatPercent } from '../../../domain/scoring/percent';

export interface ScoreRow {
  key: string;
  label: string;
  score: number | null;
  completeness: number | null;
}

/** Scores as a table with an inline bar per row: readable by screen readers, printable, no chart library. */
export function ScoreBars({ rows, caption }: { rows: ScoreRow[]; caption: string }) {
  return (
    <table className="usa-table usa-table--borderless score-bars">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Score</th>
          <th scope="col">Answered</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={`score-${row.key}`}>
            <th scope="row">{row.label}</th>
            <td>
              <span className="score-bars__value">{formatPercent(row.score)}</span>
              <span className="score-bars__track" aria-hidden="true">
                <span
                  className="score-bars__fill"
                  style={{ width: `${Math.round((row.score ?? 0) * 100)}%` }}
                />
              </span>
            </td>
            <td>{formatPercent(row.completeness)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
