/**
 * Which hashing jobs may read their file whole and hash it in one WebCrypto call. WebCrypto uses the CPU's SHA
 * instructions (two to three times the WebAssembly hasher here) but has no incremental digest, so such a job
 * holds its file twice (the bytes read, and WebCrypto's copy of them). The hashing workers share one budget
 * for that: a job that does not fit it streams through WebAssembly in slices instead of waiting, so both cores
 * keep working while memory stays bounded whatever the files' sizes. Capture and import share the budget.
 */

/** A job's permission to hash in one piece; `release` gives its bytes back (a second call does nothing). */
export type OneShotGrant = { release(): void };

export type OneShotBudget = {
  /** A grant when a file of `size` bytes may be hashed in one piece now, else null (stream it). */
  take(size: number): OneShotGrant | null;
  /** Bytes currently held by granted jobs (for tests and the bench). */
  held(): number;
};

/** How many bytes a one-piece job holds for a file of `size`: the file read whole, and WebCrypto's copy. */
export const oneShotCost = (size: number) => 2 * size;

/**
 * A budget of `totalBytes` held at once, for files of at most `maxFileBytes` each (larger files always stream,
 * so one video cannot take the whole budget for seconds).
 */
export function createOneShotBudget(totalBytes: number, maxFileBytes: number): OneShotBudget {
  let held = 0;
  return {
    take(size) {
      const cost = oneShotCost(size);
      if (size > maxFileBytes || held + cost > totalBytes) return null;
      held += cost;
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          held -= cost;
        },
      };
    },
    held: () => held,
  };
}

/**
 * The app's budget. 128 MiB files (a short clip, a large scan) fit one at a time, photos and documents many at
 * once: at most 256 MiB held for one-piece hashing, under the 512 MB an import or an attach of any size may take
 * above idle. (Each worker alone at 128 MiB, two at once, peaked at +433 to +546 MB in the renderer bench.)
 */
export const ONE_SHOT_BUDGET_BYTES = 256 * 2 ** 20;
export const ONE_SHOT_MAX_FILE_BYTES = 128 * 2 ** 20;
