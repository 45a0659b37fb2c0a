/**
 * Deterministic JSON, so that the same data always hashes and signs the same way (journal entries, bundle
 * files). Object keys are sorted by UTF-16 code units and there is no whitespace; numbers and strings use
 * JavaScript's own JSON forms, as in RFC 8785. Anything JSON cannot carry faithfully is rejected instead of
 * being silently changed: non-finite numbers, undefined in an array or at the top, functions, symbols,
 * bigints, class instances such as Date or Map, and cycles. An undefined object property is left out, as
 * JSON.stringify does.
 */

/** Thrown when a value cannot be written as canonical JSON; the message names the offending path. */
export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError';
}

function fail(path: string, what: string): never {
  throw new CanonicalJsonError(`Cannot write ${what} at ${path} as canonical JSON.`);
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function write(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) fail(path, String(value));
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      if (ancestors.has(value)) fail(path, 'a circular reference');
      ancestors.add(value);
      try {
        return Array.isArray(value)
          ? writeArray(value, path, ancestors)
          : writeObject(value, path, ancestors);
      } finally {
        ancestors.delete(value);
      }
    default:
      return fail(path, typeof value);
  }
}

function writeArray(items: readonly unknown[], path: string, ancestors: Set<object>): string {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (item === undefined) fail(`${path}[${i}]`, 'undefined');
    parts.push(write(item, `${path}[${i}]`, ancestors));
  }
  return `[${parts.join(',')}]`;
}

function writeObject(value: object, path: string, ancestors: Set<object>): string {
  if (!isPlainObject(value)) fail(path, `an instance of ${value.constructor?.name ?? 'a class'}`);
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${write(item, `${path}.${key}`, ancestors)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Writes a JSON-compatible value as canonical JSON: sorted keys, no whitespace. Equal data gives identical
 * text whatever order its keys were inserted in.
 * @throws CanonicalJsonError for values JSON cannot represent faithfully (see the module header).
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) fail('$', 'undefined');
  return write(value, '$', new Set());
}
