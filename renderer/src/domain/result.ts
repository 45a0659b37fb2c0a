/**
 * The one result shape of the app. Anything that can fail across a module boundary (domain, storage,
 * services, the platform, the IPC contract) returns a Result: a value, or a Failure with a stable kebab-case
 * code (a typed union, so a screen can switch on it) and a sentence for people. Nothing is parsed back out
 * of an exception.
 */

/** An error as a value: a stable kebab-case code and a sentence for people. */
export type Failure<C extends string = string> = { ok: false; code: C; message: string };

/**
 * Either a value or a {@link Failure}. A failure that carries more than its code and sentence (the file of a
 * rejected bundle, the two signers of a refused key change) names its own shape as `F`, still a Failure<C>.
 */
export type Result<T, C extends string = string, F extends Failure<C> = Failure<C>> =
  { ok: true; value: T } | F;

/** Builds a {@link Failure}. */
export function failure<C extends string>(code: C, message: string): Failure<C> {
  return { ok: false, code, message };
}

/** Builds a successful {@link Result}. */
export function success<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** The success of a function that has nothing to return. */
export const DONE: { ok: true; value: undefined } = Object.freeze({ ok: true as const, value: undefined });
