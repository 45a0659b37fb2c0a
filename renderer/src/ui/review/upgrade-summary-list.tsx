import type { UpgradeSummary } from '../../data';
import { STATUS_LABELS } from '../common/labels';

function ids(list: readonly string[]): string {
  return list.join(', ');
}

/** What an upgrade carries, moves, merges, drops and adds, one line per kind of change. */
export function UpgradeSummaryList({ summary }: { summary: UpgradeSummary }) {
  const lines: { key: string; text: string }[] = [
    {
      key: 'carried',
      text: `Carried unchanged: ${summary.carried.length} answered practice${summary.carried.length === 1 ? '' : 's'}.`,
    },
    ...summary.renamed.map((r) => ({
      key: `renamed-${r.from}`,
      text: `Renamed: ${r.from} → ${r.to} (answer carried).`,
    })),
    ...summary.split.map((s) => ({
      key: `split-${s.from}`,
      text: `Split: ${s.from} → ${ids(s.to)} (answer copied to each; re-check them).`,
    })),
    ...summary.merged.map((m) => ({
      key: `merged-${m.to}`,
      text: `Merged: ${ids(m.from)} → ${m.to}, as ${STATUS_LABELS[m.status]} (the weakest answer; notes joined).`,
    })),
    ...summary.removed.map((r) => ({
      key: `removed-${r.from}`,
      text: `Removed: ${r.from} (its answer, ${STATUS_LABELS[r.status]}, is dropped).`,
    })),
    {
      key: 'added',
      text:
        summary.added.length === 0 ? 'No new practices.' : `New, not yet assessed: ${ids(summary.added)}.`,
    },
    { key: 'findings', text: `Findings whose practices changed: ${summary.findingsChanged}.` },
  ];
  return (
    <ul data-testid="upgrade-summary">
      {lines.map((line) => (
        <li key={line.key}>{line.text}</li>
      ))}
    </ul>
  );
}
