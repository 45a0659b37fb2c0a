/**
 * Reading and writing one field of an assessment's content by path, e.g. ['answers', 'CIO-SE-1', 'status']
 * or ['systems', '<system id>', 'name']. Arrays of records are addressed by their `id`, so a path stays
 * valid when other items are added or removed. Writes are immutable: they return a new content object.
 */
import { isRecord } from '../domain/is-record';

export type ContentPath = readonly string[];

type Container = Record<string, unknown> | Array<Record<string, unknown>>;

function childOf(container: unknown, key: string): unknown {
  if (Array.isArray(container))
    return (container as Array<Record<string, unknown>>).find((item) => item.id === key);
  return isRecord(container) ? container[key] : undefined;
}

/** The value at `path`, or undefined when any step is missing. */
export function readPath(root: unknown, path: ContentPath): unknown {
  return path.reduce<unknown>((node, key) => childOf(node, key), root);
}

/** A copy of `root` with `value` at `path`; missing record steps are created, missing array items are an error. */
export function writePath<T>(root: T, path: ContentPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string, ...string[]];
  const container = root as unknown as Container;
  if (Array.isArray(container)) {
    const index = container.findIndex((item) => item.id === key);
    if (index < 0) throw new Error(`No item with id "${key}".`);
    const copy = container.slice();
    copy[index] = writePath(container[index], rest, value) as Record<string, unknown>;
    return copy as unknown as T;
  }
  const record = isRecord(container) ? container : {};
  return { ...record, [key]: writePath(record[key], rest, value) } as T;
}

/** A copy of the array at `path` with `item` appended. */
export function appendAt<T, I extends { readonly id: string }>(root: T, path: ContentPath, item: I): T {
  const list = readPath(root, path);
  if (!Array.isArray(list)) throw new Error(`Nothing to add to at "${path.join('.')}".`);
  if (list.some((existing: { id?: string }) => existing.id === item.id))
    throw new Error(`Duplicate id "${item.id}".`);
  return writePath(root, path, [...(list as unknown[]), item]);
}

/** A copy of the array at `path` without the item whose id is `id`. */
export function removeAt<T>(root: T, path: ContentPath, id: string): T {
  const list = readPath(root, path);
  if (!Array.isArray(list)) throw new Error(`Nothing to remove from at "${path.join('.')}".`);
  return writePath(
    root,
    path,
    list.filter((existing: { id?: string }) => existing.id !== id),
  );
}
