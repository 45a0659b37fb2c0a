import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/src/storage/database';
import { applyChange, createAssessment } from '../../../renderer/src/storage/assessment-repository';
import { contentField, setField, siteField } from '../../../renderer/src/storage/content-binding';
import { seriesOf, siteSeries } from '../../../renderer/src/storage/assessment-queries';
import { startNextCycle } from '../../../renderer/src/storage/next-cycle-repository';
import { getHeader } from '../../../renderer/src/storage/assessment-repository';
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

  it('a next cycle joins its series even when the site was renamed, and the series carries role scores', async () => {
    const db = openDatabase(`airr-series-${Date.now()}-${Math.random()}`);
    await db.open();
    const created = await createAssessment(
      db,
      { title: 'Visit 2029', siteName: 'West Plant', sector: 'energy' },
      PACK,
      'tester',
      new Date(Date.UTC(2029, 0, 1)),
    );
    if (!created.ok) throw new Error(created.message);
    const first = created.value;
    const next = await startNextCycle(db, first, 'carry', 'tester', new Date(Date.UTC(2030, 0, 1)));
    if (!next.ok) throw new Error(next.message);
    expect((await getHeader(db, next.value))?.seriesId).toBe(first);
    const renamed = await applyChange(
      db,
      next.value,
      setField(siteField(emptyContent(), 'name'), 'West Plant Unit 2'),
      'tester',
      new Date(Date.UTC(2030, 0, 2)),
    );
    if (!renamed.ok) throw new Error(renamed.message);
    // The header keeps the link through later edits.
    expect((await getHeader(db, next.value))?.seriesId).toBe(first);
    await createAssessment(
      db,
      { title: 'Elsewhere', siteName: 'North Dam', sector: 'energy' },
      PACK,
      'tester',
    );

    const series = await seriesOf(db, first);
    expect(series?.entries.map((entry) => entry.id)).toEqual([first, next.value]);
    expect(series?.site).toBe('West Plant Unit 2');
    expect((await seriesOf(db, next.value))?.entries).toHaveLength(2);
    expect(await seriesOf(db, 'not-here')).toBeNull();
    expect((await siteSeries(db, 2)).map((item) => item.entries.length)).toEqual([2]);

    const trend = siteTrend(series?.site ?? '', series?.entries ?? [], () => ({
      overall: { score: 0.5 },
      byArea: {},
      byRole: { CIO: { score: 0.25 } },
    }));
    expect(trend.points.map((point) => point.byRole.CIO)).toEqual([0.25, 0.25]);
  });
});
