/**
 * A save in a plain browser is a download of a Blob built from the written parts. Chromium keeps Blob bytes in
 * its blob store (in the browser process), not in this page, and copies each part once: stored evidence goes
 * by reference, and nothing is copied a second time at commit. New bytes (a sealed export) would fill the blob
 * store until the download: spooled-save.ts writes those to disk instead, and falls back to this.
 */
import { DONE, failure, success } from '../domain/result';
import type { SaveOptions, SaveTarget } from './platform';

/** Pieces of at least this size become a Blob of their own as they arrive; smaller ones wait for more. */
const BLOB_PART_BYTES = 4 * 2 ** 20;

/** Collects written chunks into Blob parts of about BLOB_PART_BYTES; a Blob chunk is one part, by reference. */
class BlobParts {
  // Small chunks wait (copied: the caller may reuse them) until together they are worth one Blob part.
  private small: Uint8Array<ArrayBuffer>[] = [];
  private smallBytes = 0;

  /** The parts `chunk` completes, in order: none while small chunks wait for more. */
  add(chunk: Uint8Array | Blob): Blob[] {
    // A stored Blob (evidence) is a part by reference: its bytes are neither read nor copied.
    if (chunk instanceof Blob) return [...this.flush(), chunk];
    // The Blob constructor copies the bytes, so the caller may reuse `chunk` once this returns.
    if (chunk.length >= BLOB_PART_BYTES)
      return [...this.flush(), new Blob([chunk as Uint8Array<ArrayBuffer>])];
    this.small.push(chunk.slice());
    this.smallBytes += chunk.length;
    return this.smallBytes >= BLOB_PART_BYTES ? this.flush() : [];
  }

  /** The small chunks still waiting, as one part (none when nothing waits). */
  flush(): Blob[] {
    if (this.small.length === 0) return [];
    const part = new Blob(this.small);
    this.clear();
    return [part];
  }

  clear(): void {
    this.small = [];
    this.smallBytes = 0;
  }
}

/** Hands `blob` to the browser as a download named `name`. */
export function download(blob: Blob, name: string): void {
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

const CLOSED = failure('unknown-save', 'This file is already closed.');

/**
 * A save collected in Blob parts and downloaded at commit; `parts` are what was written before (a spooled
 * save that could not go on writing to disk).
 */
export function collectingTarget(options: SaveOptions, parts: Blob[] = []): SaveTarget {
  const batch = new BlobParts();
  let open = true;
  return {
    write(chunk) {
      if (!open) return Promise.resolve(CLOSED);
      parts.push(...batch.add(chunk));
      return Promise.resolve(DONE);
    },
    commit() {
      if (!open) return Promise.resolve(CLOSED);
      open = false;
      parts.push(...batch.flush());
      download(new Blob(parts, { type: options.mimeType }), options.suggestedName);
      parts = [];
      return Promise.resolve(success(options.suggestedName));
    },
    abort() {
      open = false;
      parts = [];
      batch.clear();
      return Promise.resolve();
    },
  };
}
