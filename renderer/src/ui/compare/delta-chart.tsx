import { formatPercent, formatPointChange } from '../../domain/scoring/percent';

/**
 * Paired horizontal bars (before, after) per row, as SVG, each labelled with its value and the row with its
 * change, computed from the same rounded percents the table shows. The table next to it carries the same
 * numbers for screen readers.
 */
export function DeltaChart({
  rows,
}: {
  rows: Array<{ label: string; from: number | null; to: number | null }>;
}) {
  const rowHeight = 44;
  const labelWidth = 300;
  const barWidth = 360;
  const valueWidth = 150;
  return (
    <svg
      className="delta-chart"
      role="img"
      aria-label="Chart of scores before and after, by area; the table below gives the numbers"
      viewBox={`0 0 ${labelWidth + barWidth + valueWidth} ${rows.length * rowHeight + 24}`}
      width="100%"
    >
      {rows.map((row, index) => {
        const y = index * rowHeight + 4;
        return (
          <g key={row.label}>
            <text x={0} y={y + 22} fontSize="13" fill="#1b1b1b">
              {row.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={barWidth * (row.from ?? 0)} height={14} fill="#97d4ea" />
            <rect x={labelWidth} y={y + 20} width={barWidth * (row.to ?? 0)} height={14} fill="#005ea2" />
            <text x={labelWidth + barWidth * (row.from ?? 0) + 6} y={y + 15} fontSize="11" fill="#1b1b1b">
              {formatPercent(row.from)}
            </text>
            <text x={labelWidth + barWidth * (row.to ?? 0) + 6} y={y + 31} fontSize="11" fill="#1b1b1b">
              {formatPercent(row.to)}
            </text>
            <text x={labelWidth + barWidth + 50} y={y + 24} fontSize="12" fontWeight="bold" fill="#1b1b1b">
              {formatPointChange(row.from, row.to)}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${labelWidth}, ${rows.length * rowHeight + 6})`}>
        <rect width={12} height={12} fill="#97d4ea" />
        <text x={16} y={11} fontSize="12" fill="#1b1b1b">
          before
        </text>
        <rect x={80} width={12} height={12} fill="#005ea2" />
        <text x={96} y={11} fontSize="12" fill="#1b1b1b">
          after
        </text>
      </g>
    </svg>
  );
}
