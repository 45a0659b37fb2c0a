/**
 * The plain-browser implementation of Platform: saving is a download of the assembled bytes, opening is a
 * file input. Used by `npm run start:web` and by every end-to-end test.
 */
import { DONE, failure, success } from '../domain/result';
import type { OpenedFile, OpenOptions, Platform, SaveOptions, SaveTarget } from './platform';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function collectingTarget(options: SaveOptions): SaveTarget {
  let parts: BlobPart[] = [];
  let open = true;
  return {
    write(chunk) {
      if (!open) return Promise.resolve(failure('unknown-save', 'This file is already closed.'));
      parts.push(chunk.slice());
      return Promise.resolve(DONE);
    },
    commit() {
      if (!open) return Promise.resolve(failure('unknown-save', 'This file is already closed.'));
      open = false;
      download(new Blob(parts, { type: options.mimeType }), options.suggestedName);
      parts = [];
      return Promise.resolve(success(options.suggestedName));
    },
    abort() {
      open = false;
      parts = [];
      return Promise.resolve();
    },
  };
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
    saveFile: (options) => Promise.resolve(success(collectingTarget(options))),
    openFiles: async (options) => success(await pickFiles(options)),
    onOpenFileRequest: () => () => undefined,
  };
}
