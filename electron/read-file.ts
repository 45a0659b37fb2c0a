/**
 * Opens a file the user (or the OS, for a file association) pointed at, for handing to the renderer in
 * chunks (see read-sessions.ts): the checks happen on the open handle, so a file swapped after the check is
 * not the one read, and only the name, size and bytes ever leave main.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { IpcResult } from './ipc-contract';
import { fail, ok } from './ipc-result';

export interface ReadFileRules {
  maxBytes: number;
  /** Accepted name endings without the dot (case-insensitive), e.g. ['airr', 'airr.age']; empty = any. */
  extensions: readonly string[];
}

/** A checked, open regular file. Whoever holds it closes the handle. */
export interface CheckedFile {
  handle: FileHandle;
  name: string;
  size: number;
  mtimeMs: number;
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
  return bytes >= 2 ** 30 ? `${Math.round(bytes / 2 ** 30)} GiB` : `${Math.round(bytes / 2 ** 20)} MiB`;
}

export async function openCheckedFile(
  filePath: string,
  rules: ReadFileRules,
): Promise<IpcResult<CheckedFile>> {
  const name = path.basename(filePath);
  if (!hasExtension(name, rules.extensions)) {
    const list = rules.extensions.map((extension) => `.${extension}`).join(' or ');
    return fail('wrong-extension', `“${name}” is not a ${list} file.`);
  }
  let handle: FileHandle;
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
  let refusal: IpcResult<never>;
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      refusal = fail('not-a-file', `“${name}” is not a regular file.`);
    } else if (info.size > rules.maxBytes) {
      refusal = fail(
        'file-too-large',
        `“${name}” is larger than ${sizeText(rules.maxBytes)}, the most the app opens.`,
      );
    } else {
      return ok({ handle, name, size: info.size, mtimeMs: info.mtimeMs });
    }
  } catch {
    refusal = fail('read-failed', `“${name}” could not be read.`);
  }
  await handle.close();
  return refusal;
}
