/**
 * A JSON value of bounded size, for the journal's oldValue/newValue: the journal records whatever part of the
 * content changed, so its values are JSON, but never larger or deeper than content the schema allows. The
 * check walks the value with an explicit stack, so a value nested a million levels deep is refused, not a
 * stack overflow.
 */
import { z } from 'zod';

export const JSON_VALUE_LIMITS = {
  maxDepth: 16,
  /** The longest text field of the content (LONG_TEXT). */
  maxStringLength: 20_000,
  maxArrayLength: 10_000,
  maxObjectKeys: 10_000,
  maxKeyLength: 300,
} as const;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Why a value is not a bounded JSON value, or null. */
export function jsonValueProblem(root: unknown, limits = JSON_VALUE_LIMITS): string | null {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return 'is a number JSON cannot hold';
      continue;
    }
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength)
        return `has text longer than ${limits.maxStringLength} characters`;
      continue;
    }
    if (typeof value !== 'object') return 'is not a JSON value';
    if (depth > limits.maxDepth) return `nests deeper than ${limits.maxDepth} levels`;
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength)
        return `has a list of more than ${limits.maxArrayLength} items`;
      for (const item of value as unknown[]) stack.push([item, depth + 1]);
      continue;
    }
    if (!isPlainObject(value)) return 'is not a JSON value';
    const keys = Object.keys(value);
    if (keys.length > limits.maxObjectKeys) return `has more than ${limits.maxObjectKeys} keys`;
    for (const key of keys) {
      if (key.length > limits.maxKeyLength) return `has a key longer than ${limits.maxKeyLength} characters`;
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/** zod schema: any JSON value within {@link JSON_VALUE_LIMITS}. */
export const BoundedJsonValue = z.unknown().superRefine((value, context) => {
  const problem = jsonValueProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: `The value ${problem}.` });
});

/** zod helper: a record of at most `max` entries. */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(
  key: K,
  value: V,
  max: number,
) {
  return z.record(key, value).refine((record) => Object.keys(record).length <= max, {
    message: `At most ${max} entries are allowed.`,
  });
}
