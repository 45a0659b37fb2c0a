/**
 * Reads a file the user (or the OS, for a file association) pointed at, for handing to the renderer: checks
 * happen on the open handle (so a file swapped after the check is not read), and only the name and bytes
 * leave this module.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedFilePayload, IpcResult } from './ipc-contract';
import { fail, ok } from './ipc-result';

export interface ReadFileRules {
  maxBytes: number;
  /** Accepted name endings without the dot (case-insensitive), e.g. ['airr', 'airr.age']; empty = any. */
  extensions: readonly string[];
}

export function hasExtension(fileName: string, extensions: readonly string[]): boolean {
  if (extensions.length === 0) return true;
  const lower = fileName.toLowerCase();
  return extensions.some((extension) => {
    const suffix = `.${extension.toLowerCase()}`;
    return lower.endsWith(suffix) && lower.length > suffix.length;
  });
}

function sizeText(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}

export async function readFileForRenderer(
  filePath: string,
  rules: ReadFileRules,
): Promise<IpcResult<OpenedFilePayload>> {
  const name = path.basename(filePath);
  if (!hasExtension(name, rules.extensions)) {
    const list = rules.extensions.map((extension) => `.${extension}`).join(' or ');
    return fail('wrong-extension', `“${name}” is not a ${list} file.`);
  }
  let handle;
  try {
    // Checked before opening too: opening a FIFO or device for reading can block forever.
    if (!(await stat(filePath)).isFile()) return fail('not-a-file', `“${name}” is not a regular file.`);
    handle = await open(filePath, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not-found', `“${name}” does not exist.`);
    if (code === 'EISDIR') return fail('not-a-file', `“${name}” is a folder, not a file.`);
    return fail('read-failed', `“${name}” could not be opened.`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail('not-a-file', `“${name}” is not a regular file.`);
    if (info.size > rules.maxBytes) {
      return fail(
        'file-too-large',
        `“${name}” is larger than ${sizeText(rules.maxBytes)}, the most the app opens.`,
      );
    }
    const bytes = new Uint8Array(info.size);
    let offset = 0;
    while (offset < info.size) {
      const { bytesRead } = await handle.read(bytes, offset, info.size - offset, offset);
      if (bytesRead === 0) return fail('read-failed', `“${name}” changed while it was being read.`);
      offset += bytesRead;
    }
    return ok({ name, bytes, lastModified: info.mtimeMs });
  } catch {
    return fail('read-failed', `“${name}” could not be read.`);
  } finally {
    await handle.close();
  }
}
