/**
 * Every autosave field with an edit not yet durable registers its flush here, so one call can save them all
 * when the page is hidden, closed or reloaded, when the window loses focus, and before the desktop app quits.
 * A flush resolves once that field's last edit has committed (or failed and said so).
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Adds a field's flush; returns the function that removes it. */
export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Saves every pending edit; resolves when all of them have committed or failed. */
export async function flushPendingSaves(): Promise<void> {
  await Promise.all(Array.from(flushes, (flush) => flush()));
}

/**
 * Flushes on the moments a page can stop running: hidden (tab switch, minimize, mobile background), page
 * hide and before unload (reload, close, navigation away) and window blur. Returns the uninstaller.
 */
export function installFlushTriggers(target: Window): () => void {
  const flush = () => void flushPendingSaves();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') flush();
  };
  const events = ['pagehide', 'beforeunload', 'blur'] as const;
  for (const name of events) target.addEventListener(name, flush);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    for (const name of events) target.removeEventListener(name, flush);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
