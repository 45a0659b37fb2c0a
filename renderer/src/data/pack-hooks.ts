/** Live reads of the framework packs: the list Settings shows, one pack by its PackRef, an upgrade target. */
import type { PackRef } from '../domain/assessment/model';
import type { FrameworkPack } from '../domain/framework/pack-schema';
import type { ListedPack } from '../storage/pack-repository';
import { useStore } from './store-context';
import { useDeferredQuery } from './storage-code';

/** The built-in pack and every installed one, with trust read live; undefined while loading. */
export function usePacks(): ListedPack[] | undefined {
  const store = useStore();
  return useDeferredQuery(() => store.listPacks(), [store]);
}

/** The pack with this id and version; null when this device lacks it, undefined while loading. */
export function usePackOf(ref: PackRef | undefined): FrameworkPack | null | undefined {
  const store = useStore();
  const id = ref?.id;
  const version = ref?.version;
  const key = `${id ?? ''}@${version ?? ''}`;
  // Tagged with the ref it answers: a live query keeps its last result while new deps load, and a stale
  // "missing" for the previous ref must not show as this ref's answer.
  const found = useDeferredQuery(
    async () => ({
      key,
      pack: id && version ? ((await store.findPack({ id, version })) ?? null) : null,
    }),
    [store, key],
  );
  return found?.key === key ? found.pack : undefined;
}

/** The newest installed version this pack version can be upgraded to; null for none. */
export function useUpgradeTarget(ref: PackRef | undefined): PackRef | null | undefined {
  const store = useStore();
  const id = ref?.id;
  const version = ref?.version;
  const key = `${id ?? ''}@${version ?? ''}`;
  const found = useDeferredQuery(
    async () => ({
      key,
      target: id && version ? ((await store.upgradeTarget({ id, version })) ?? null) : null,
    }),
    [store, key],
  );
  return found?.key === key ? found.target : undefined;
}
