import { useLiveQuery } from 'dexie-react-hooks';
import { buildPortfolio, type Portfolio } from '../domain/compare/portfolio';
import type { ScoreFn } from '../domain/compare/score-fn';
import { siteTrend, TREND_MINIMUM, type SiteTrend } from '../domain/compare/trend';
import { useStore } from './store-context';
import { useDeferredQuery } from './storage-code';

/**
 * The portfolio over the latest assessment of every site: a site's older ones would blur its picture. Each
 * assessment comes with the site's stored plans, which decide whether its findings are open.
 */
export function usePortfolio(score: ScoreFn, topGaps: number): Portfolio | undefined {
  const store = useStore();
  return useDeferredQuery(async () => {
    const latest = await store.latestPerSite();
    const items = await Promise.all(
      latest.map(async (item) => ({ ...item, plans: await store.storedPlans(item.id) })),
    );
    return buildPortfolio(items, score, topGaps);
  }, [store, score, topGaps]);
}

/** The series the assessment belongs to as a trend (one point per cycle), null when it is unknown. */
export function useSeriesTrend(assessmentId: string, score: ScoreFn): SiteTrend | null | undefined {
  const store = useStore();
  return useLiveQuery(async () => {
    const series = await store.seriesOf(assessmentId);
    return series ? siteTrend(series.site, series.entries, score) : null;
  }, [store, assessmentId, score]);
}

/** A trend per site that has at least TREND_MINIMUM assessments, oldest first. */
export function useSiteTrends(score: ScoreFn): SiteTrend[] | undefined {
  const store = useStore();
  return useLiveQuery(async () => {
    const series = await store.siteSeries(TREND_MINIMUM);
    return series.map(({ site, entries }) => siteTrend(site, entries, score));
  }, [store, score]);
}
