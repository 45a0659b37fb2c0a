/** Evidence capture's hash, as a result: the SHA-256 and CRC-32 of a picked file, or why it could not be read. */
import type { FileDigest } from '../../domain/evidence/sha256-stream';
import { failure, success, type Result } from '../../domain/result';
import { hashFileInWorker } from './worker-sha256';

export type HashCode = 'file-unreadable';

/** Hashes `file` in a worker (two files at a time); a file that was moved or changed since it was picked fails. */
export async function hashEvidenceFile(
  file: File,
  onProgress?: (bytesDone: number) => void,
): Promise<Result<FileDigest, HashCode>> {
  try {
    return success(await hashFileInWorker(file, onProgress));
  } catch {
    return failure(
      'file-unreadable',
      `“${file.name}” could not be read (it may have been moved, or access to it was refused), so it was not attached.`,
    );
  }
}
