/**
 * Binds repository functions (which all take the database first) to one database, so the screens get
 * functions without ever holding the database. `lazy` does the same for modules that must not load at
 * start-up (certificate, age and bundle code): the module is imported on the first call.
 */
import type { AirrDatabase } from '../storage/database';

type WithDatabase = (db: AirrDatabase, ...args: never[]) => unknown;
type Rest<F> = F extends (db: AirrDatabase, ...args: infer A) => unknown ? A : never;

/** A repository function with the database already given. */
export type Bound<F extends WithDatabase> = (...args: Rest<F>) => ReturnType<F>;

export function bind<F extends WithDatabase>(db: AirrDatabase, fn: F): Bound<F> {
  return (...args) => fn(db, ...args) as ReturnType<F>;
}

/** Like bind, for a function of a module loaded on first use; the bound function is always async. */
export function lazy<F extends WithDatabase>(
  db: AirrDatabase,
  load: () => Promise<F>,
): (...args: Rest<F>) => Promise<Awaited<ReturnType<F>>> {
  return async (...args: Rest<F>): Promise<Awaited<ReturnType<F>>> => {
    const fn = await load();
    const result: Awaited<ReturnType<F>> = await (fn(db, ...args) as Promise<Awaited<ReturnType<F>>>);
    return result;
  };
}
