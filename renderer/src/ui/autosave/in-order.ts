/**
 * Runs saves one after another per key (the assessment id): each starts only when the one before it has
 * settled, so changes commit in exactly the order the user made them, whichever fields they touch.
 */
const tails = new Map<string, Promise<unknown>>();

export function inOrder<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const next = previous.then(run, run);
  const tail = next.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return next;
}
