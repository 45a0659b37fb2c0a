import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/src/storage/database';
import { applyChange, createAssessment } from '../../../renderer/src/storage/assessment-repository';
import { contentField, setField } from '../../../renderer/src/storage/content-binding';
import { siteSeries } from '../../../renderer/src/storage/assessment-queries';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';
import { siteTrend } from '../../../renderer/src/domain/compare/trend';

const PACK = { id: 'dhs-ai-rr-2024', version: '1.0.0' };

describe('site series (the trend of a site across its assessments)', () => {
  it('lists only sites with enough assessments, matched by name, oldest first by date then by change', async () => {
    const db = openDatabase(`airr-series-${Date.now()}-${Math.random()}`);
    await db.open();
    const make = async (title: string, siteName: string, minute: number, endDate = '') => {
      const created = await createAssessment(
        db,
        { title, siteName, sector: 'energy' },
        PACK,
        'tester',
        new Date(Date.UTC(2030, 0, 1, 8, minute)),
      );
      if (!created.ok) throw new Error(created.message);
      if (endDate) {
        const set = await applyChange(
          db,
          created.value,
          setField(contentField(emptyContent(), 'endDate'), endDate),
          'tester',
          new Date(Date.UTC(2030, 0, 1, 8, minute)),
        );
        if (!set.ok) throw new Error(set.message);
      }
      return created.value;
    };
    const late = await make('Visit 3', 'West Plant', 1, '2029-06-01');
    const early = await make('Visit 1', 'west plant ', 2, '2027-06-01');
    const undated = await make('Visit 2', 'West Plant', 3);
    await make('Only one', 'North Dam', 4);
    const series = await siteSeries(db, 3);
    expect(series).toHaveLength(1);
    // Undated ones fall back to the day of their last change (2030-01-01), after the dated ones here.
    expect(series[0]?.entries.map((entry) => entry.id)).toEqual([early, late, undated]);
    expect(series[0]?.entries.map((entry) => entry.date)).toEqual(['2027-06-01', '2029-06-01', '2030-01-01']);
    expect(await siteSeries(db, 1)).toHaveLength(2);

    const trend = siteTrend('West Plant', series[0]?.entries ?? [], () => ({
      overall: { score: 0.5 },
      byArea: { SE: { score: 1 } },
    }));
    expect(trend.points.map((point) => [point.title, point.overall, point.byArea.SE])).toEqual([
      ['Visit 1', 0.5, 1],
      ['Visit 3', 0.5, 1],
      ['Visit 2', 0.5, 1],
    ]);
  });
});
