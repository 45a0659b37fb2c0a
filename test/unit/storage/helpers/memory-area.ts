import type { KeyValueArea } from '../../../../renderer/src/storage/pending-edits';

/** Web Storage's shape over a Map, with an optional quota in characters like the browser's. */
export function memoryArea(quota = Infinity): KeyValueArea & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (index) => Array.from(map.keys())[index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem(key, value) {
      if (value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}
