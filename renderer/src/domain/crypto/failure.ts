/** An error that crosses a module boundary as a value: a stable kebab-case code and a sentence for people. */
export type Failure<C extends string = string> = { ok: false; code: C; message: string };

/** Either a value or a {@link Failure}. */
export type Result<T, C extends string = string> = { ok: true; value: T } | Failure<C>;

/** Builds a {@link Failure}. */
export function failure<C extends string>(code: C, message: string): Failure<C> {
  return { ok: false, code, message };
}

/** Builds a successful {@link Result}. */
export function success<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}
