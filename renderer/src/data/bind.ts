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

/**
 * Code the first screen does not need, imported once: on the first call that needs it, when a screen other
 * than the library opens (ui/app/routes.tsx), or when the browser is idle after start-up.
 */
export interface DeferredCode<M> {
  /** The module if it has loaded, else undefined (never starts loading). */
  loaded(): M | undefined;
  /** Loads the module (once; a failed load is retried on the next call). */
  load(): Promise<M>;
  /** Settles when the module has loaded, without starting the load. */
  readonly whenLoaded: Promise<M>;
}

export function deferredCode<M>(importer: () => Promise<M>): DeferredCode<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  let settle: (value: M) => void = () => undefined;
  const whenLoaded = new Promise<M>((resolve) => {
    settle = resolve;
  });
  return {
    loaded: () => module,
    load: () =>
      (loading ??= importer().then(
        (value) => {
          module = value;
          settle(value);
          return value;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    whenLoaded,
  };
}

type AsyncWithDatabase = (db: AirrDatabase, ...args: never[]) => Promise<unknown>;

/**
 * Like bind, for an async function of deferred code. Once the code has loaded the function is called at once,
 * so inside a live query Dexie still sees its reads (a dynamic import in between would hide them: the data
 * hooks wait for the code before they query, see useDeferredQuery); before that it waits for the load.
 */
export function deferred<M, F extends AsyncWithDatabase>(
  db: AirrDatabase,
  code: DeferredCode<M>,
  pick: (module: M) => F,
): (...args: Rest<F>) => ReturnType<F> {
  return (...args: Rest<F>): ReturnType<F> => {
    const module = code.loaded();
    if (module) return pick(module)(db, ...args) as ReturnType<F>;
    return code.load().then((loaded) => pick(loaded)(db, ...args)) as ReturnType<F>;
  };
}
