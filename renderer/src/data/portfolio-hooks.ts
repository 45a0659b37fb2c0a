import type { PackRef } from '../domain/assessment/model';
import { buildPortfolio, type Portfolio } from '../domain/compare/portfolio';
import { siteTrend, TREND_MINIMUM, type SiteTrend } from '../domain/compare/trend';
import { distinctPackRefs, ownPackScore, type PackSet } from '../domain/scoring/own-pack-score';
import { resolvePacks } from './pack-hooks';
import { useStore } from './store-context';
import { useDeferredQuery } from './storage-code';

/** What a screen over many assessments shows, with the packs they are on. */
export interface OnOwnPacks<T> {
  value: T;
  /** The packs found on this device among `refs`. */
  packs: PackSet;
  /** Each pack the assessments shown are on, once, in the order shown. */
  refs: PackRef[];
  /** The pack of each assessment shown, by assessment id. */
  packById: ReadonlyMap<string, PackRef>;
}

async function onOwnPacks<T>(
  store: ReturnType<typeof useStore>,
  items: ReadonlyArray<{ id: string; pack: PackRef }>,
  build: (packs: PackSet) => T,
): Promise<OnOwnPacks<T>> {
  const refs = distinctPackRefs(items.map((item) => item.pack));
  const packs = await resolvePacks(store, refs);
  return { value: build(packs), packs, refs, packById: new Map(items.map((item) => [item.id, item.pack])) };
}

/**
 * The portfolio over the latest assessment of every site: a site's older ones would blur its picture. Each
 * assessment comes with the site's stored plans, which decide whether its findings are open, and is scored on
 * its own framework pack (not at all where this device lacks it).
 */
export function usePortfolio(topGaps: number): OnOwnPacks<Portfolio> | undefined {
  const store = useStore();
  return useDeferredQuery(async () => {
    const latest = await store.latestPerSite();
    const items = await Promise.all(
      latest.map(async (item) => ({ ...item, plans: await store.storedPlans(item.id) })),
    );
    return onOwnPacks(store, items, (packs) => buildPortfolio(items, ownPackScore(packs), topGaps));
  }, [store, topGaps]);
}

/**
 * The series the assessment belongs to as a trend (one point per cycle, each on its own pack), null when it
 * is unknown.
 */
export function useSeriesTrend(assessmentId: string): OnOwnPacks<SiteTrend> | null | undefined {
  const store = useStore();
  return useDeferredQuery(async () => {
    const series = await store.seriesOf(assessmentId);
    if (!series) return null;
    return onOwnPacks(store, series.entries, (packs) =>
      siteTrend(series.site, series.entries, ownPackScore(packs)),
    );
  }, [store, assessmentId]);
}

/** A trend per site that has at least TREND_MINIMUM assessments, oldest first, each on its own pack. */
export function useSiteTrends(): Array<OnOwnPacks<SiteTrend>> | undefined {
  const store = useStore();
  return useDeferredQuery(async () => {
    const series = await store.siteSeries(TREND_MINIMUM);
    return Promise.all(
      series.map(({ site, entries }) =>
        onOwnPacks(store, entries, (packs) => siteTrend(site, entries, ownPackScore(packs))),
      ),
    );
  }, [store]);
}
