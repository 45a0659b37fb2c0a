import { buildPortfolio, type Portfolio } from '../domain/compare/portfolio';
import type { ScoreFn } from '../domain/compare/score-fn';
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
