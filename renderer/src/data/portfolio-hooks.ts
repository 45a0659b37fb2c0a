import { useLiveQuery } from 'dexie-react-hooks';
import { buildPortfolio, type Portfolio } from '../domain/compare/portfolio';
import type { ScoreFn } from '../domain/compare/score-fn';
import { useStore } from './store-context';

/** The portfolio over the latest assessment of every site: a site's older ones would blur its picture. */
export function usePortfolio(score: ScoreFn, topGaps: number): Portfolio | undefined {
  const store = useStore();
  return useLiveQuery(
    async () => buildPortfolio(await store.latestPerSite(), score, topGaps),
    [store, score, topGaps],
  );
}
