/**
 * A separate, tiny entry that the page runs as soon as it arrives (`<script type="module" async>` in
 * index.html), long before the app's own script has been fetched and evaluated: it opens the app's
 * database and holds the connection until the app has opened its own. Opening the origin's IndexedDB
 * backing store is the slow part of the first query (files opened in the browser process); done here, it
 * overlaps the app's download and evaluation instead of following them.
 *
 * It never creates or changes the database: a first start (nothing stored) aborts the upgrade, so the app's
 * own open still creates it at its version; and it closes at once if the app asks to upgrade, or after a few
 * seconds whatever happens. It imports nothing, so the bundle keeps it a file of a few hundred bytes (the
 * build fails if it ever shares a chunk with the app).
 */
/**
 * The app's database (storage/database.ts DATABASE_NAME; a unit test holds them equal). Written out, not
 * imported: a module shared with the app would become a chunk both load, and this one must stand alone.
 */
export const WARMED_DATABASE = 'airr-assessor';

/** Long enough for any start-up on a slow machine; the connection then closes in any case. */
const HOLD_MS = 10_000;

/** Opens the database (if it exists) and holds the connection for `holdMs` at most; never throws. */
export function warmDatabase(factory: IDBFactory, holdMs = HOLD_MS): void {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(WARMED_DATABASE);
  } catch {
    return;
  }
  // No database yet: leave its creation to the app.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = (event) => event.preventDefault();
  request.onsuccess = () => {
    const db = request.result;
    db.onversionchange = () => db.close();
    setTimeout(() => db.close(), holdMs);
  };
}

if (typeof indexedDB !== 'undefined') warmDatabase(indexedDB);
