import type { PackRef } from '../../domain/assessment/model';
import type { SiteTrend } from '../../domain/compare/trend';
import { DifferentPacksNote, missingPackOf } from '../common/own-packs';

/** Under a trend: the sentence when its cycles are on different packs, and one for each not scored here. */
export function TrendPackNotes({
  trend,
  refs,
  packById,
}: {
  trend: SiteTrend;
  refs: readonly PackRef[];
  packById: ReadonlyMap<string, PackRef>;
}) {
  return (
    <>
      <DifferentPacksNote
        subject={`The assessments of ${trend.site}`}
        refs={refs}
        testId="trend-different-packs"
      />
      {trend.points.flatMap((point) => {
        const ref = packById.get(point.id);
        return !point.scored && ref ? (
          <p key={point.id} data-testid="trend-pack-missing">
            {point.title || 'Untitled assessment'}: {missingPackOf(ref)}
          </p>
        ) : (
          []
        );
      })}
    </>
  );
}
