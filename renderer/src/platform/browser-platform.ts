/**
 * The plain-browser implementation of Platform: saving is a download of a Blob built from parts, opening is a
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

/**
 * Pieces of at least this size become a Blob of their own as they arrive. Chromium keeps Blob bytes in its
 * blob store (in the browser process, paged to disk when large), not in this page, and copies each part once:
 * a bundle of gigabytes never sits in the page's memory, and nothing is copied a second time at commit.
 */
const BLOB_PART_BYTES = 4 * 2 ** 20;

function collectingTarget(options: SaveOptions): SaveTarget {
  let parts: Blob[] = [];
  // Small chunks wait (copied: the caller may reuse them) until together they are worth one Blob part.
  let small: Uint8Array<ArrayBuffer>[] = [];
  let smallBytes = 0;
  let open = true;
  const flushSmall = () => {
    if (small.length === 0) return;
    parts.push(new Blob(small));
    small = [];
    smallBytes = 0;
  };
  return {
    write(chunk) {
      if (!open) return Promise.resolve(failure('unknown-save', 'This file is already closed.'));
      if (chunk instanceof Blob) {
        // A stored Blob (evidence) joins the list by reference: its bytes are neither read nor copied.
        flushSmall();
        parts.push(chunk);
      } else if (chunk.length >= BLOB_PART_BYTES) {
        flushSmall();
        // The Blob constructor copies the bytes, so the caller may reuse `chunk` once this returns.
        parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
      } else {
        small.push(chunk.slice());
        smallBytes += chunk.length;
        if (smallBytes >= BLOB_PART_BYTES) flushSmall();
      }
      return Promise.resolve(DONE);
    },
    commit() {
      if (!open) return Promise.resolve(failure('unknown-save', 'This file is already closed.'));
      open = false;
      flushSmall();
      download(new Blob(parts, { type: options.mimeType }), options.suggestedName);
      parts = [];
      return Promise.resolve(success(options.suggestedName));
    },
    abort() {
      open = false;
      parts = [];
      small = [];
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
