/**
 * The plain-browser implementation of Platform: saving is a download (browser-save.ts; new bytes are spooled
 * to disk first, spooled-save.ts), opening is a file input. Used by `npm run start:web` and by every end-to-end test.
 */
import { success } from '../domain/result';
import { collectingTarget } from './browser-save';
import type { OpenedFile, OpenOptions, Platform, SaveOptions, SaveTarget } from './platform';
import { spooledTarget } from './spooled-save';

/** New bytes go to a private file where the browser has one (spooled-save.ts); anything else is collected. */
async function saveTarget(options: SaveOptions): Promise<SaveTarget> {
  const spooled = options.newBytes ? await spooledTarget(options) : null;
  return spooled ?? collectingTarget(options);
}

function pickFiles(options: OpenOptions): Promise<OpenedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    if (options.extensions.length > 0) input.accept = options.extensions.map((ext) => `.${ext}`).join(',');
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      resolve(
        files.map((file) => ({
          name: file.name,
          size: file.size,
          lastModified: file.lastModified,
          blob: file,
        })),
      );
    });
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

export function createBrowserPlatform(): Platform {
  return {
    appInfo: () => ({ name: 'AIRR Assessor', version: __APP_VERSION__, shell: 'browser' }),
    saveFile: async (options) => success(await saveTarget(options)),
    openFiles: async (options) => success(await pickFiles(options)),
    onOpenFileRequest: () => () => undefined,
  };
}
