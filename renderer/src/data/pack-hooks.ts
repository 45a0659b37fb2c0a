/** Live reads of the framework packs: the list Settings shows, one pack by its PackRef, an upgrade target. */
import type { PackRef } from '../domain/assessment/model';
import type { FrameworkPack } from '../domain/framework/pack-schema';
import { distinctPackRefs, packKey, type PackSet } from '../domain/scoring/own-pack-score';
import type { ListedPack } from '../storage/pack-repository';
import { useStore } from './store-context';
import { useDeferredQuery } from './storage-code';

/** The packs of these refs that this device has (domain/scoring/own-pack-score), by pack key. */
export async function resolvePacks(
  store: ReturnType<typeof useStore>,
  refs: readonly PackRef[],
): Promise<PackSet> {
  const distinct = distinctPackRefs(refs);
  const found = await Promise.all(distinct.map((ref) => store.findPack(ref)));
  const packs = new Map<string, FrameworkPack>();
  distinct.forEach((ref, index) => {
    const pack = found[index];
    if (pack) packs.set(packKey(ref), pack);
  });
  return packs;
}

/** The built-in pack and every installed one, with trust read live; undefined while loading. */
export function usePacks(): ListedPack[] | undefined {
  const store = useStore();
  return useDeferredQuery(() => store.listPacks(), [store]);
}

/**
 * What `ask` answers for this pack ref, tagged with the ref it answers: a live query keeps its last result
 * while new deps load, and a stale answer (a "missing" for the previous ref) must not show as this ref's.
 * Null without a ref, undefined while loading.
 */
function usePackRefQuery<T>(
  ref: PackRef | undefined,
  ask: (store: ReturnType<typeof useStore>, ref: PackRef) => Promise<T | undefined>,
): T | null | undefined {
  const store = useStore();
  const id = ref?.id;
  const version = ref?.version;
  const key = `${id ?? ''}@${version ?? ''}`;
  const found = useDeferredQuery(
    async () => ({ key, value: id && version ? ((await ask(store, { id, version })) ?? null) : null }),
    // `ask` is one of the two module-level functions below, never a new closure per render.
    [store, key],
  );
  return found?.key === key ? found.value : undefined;
}

const findPack = (store: ReturnType<typeof useStore>, ref: PackRef) => store.findPack(ref);
const upgradeTarget = (store: ReturnType<typeof useStore>, ref: PackRef) => store.upgradeTarget(ref);

/** The pack with this id and version; null when this device lacks it, undefined while loading. */
export function usePackOf(ref: PackRef | undefined): FrameworkPack | null | undefined {
  return usePackRefQuery(ref, findPack);
}

/** The newest installed version this pack version can be upgraded to; null for none. */
export function useUpgradeTarget(ref: PackRef | undefined): PackRef | null | undefined {
  return usePackRefQuery(ref, upgradeTarget);
}

/**
 * The packs of these refs that this device has, by pack key (domain/scoring/own-pack-score); undefined while
 * loading. For screens that show assessments on several packs at once. Tagged with the refs it answers, as
 * usePackRefQuery is: the last answer for other refs (say, none yet) must not show as this one's.
 */
export function usePackSet(refs: readonly PackRef[]): PackSet | undefined {
  const store = useStore();
  const key = JSON.stringify(distinctPackRefs(refs));
  const found = useDeferredQuery(
    async () => ({ key, packs: await resolvePacks(store, JSON.parse(key) as PackRef[]) }),
    [store, key],
  );
  return found?.key === key ? found.packs : undefined;
}
