// A Platform whose saves land in memory, recording whether each file was committed or aborted.
import { DONE, success } from '../../../../renderer/src/domain/result';
import type { Platform, SaveOptions, SaveTarget } from '../../../../renderer/src/platform';

export type SavedFile = {
  options: SaveOptions;
  chunks: Uint8Array[];
  state: 'open' | 'committed' | 'aborted';
  writtenCalls?: number;
};

/**
 * `holdsWritten`: the target also offers written() as the browser's does, so the exporter hashes the finished
 * file as a whole; `writtenCalls` counts how often it was asked.
 */
export function fakePlatform(
  onWrite?: (file: SavedFile) => void,
  holdsWritten = false,
): {
  platform: Platform;
  saved: SavedFile[];
} {
  const saved: SavedFile[] = [];
  const target = (options: SaveOptions): SaveTarget => {
    const file: SavedFile = { options, chunks: [], state: 'open' };
    saved.push(file);
    const held = holdsWritten
      ? {
          written: () => {
            file.writtenCalls = (file.writtenCalls ?? 0) + 1;
            return new Blob(file.chunks.map((chunk) => new Uint8Array(chunk)));
          },
        }
      : {};
    return {
      ...held,
      write: (chunk) => {
        file.chunks.push(chunk.slice());
        onWrite?.(file);
        return Promise.resolve(DONE);
      },
      commit: () => {
        file.state = 'committed';
        return Promise.resolve(success(options.suggestedName));
      },
      abort: () => {
        file.state = 'aborted';
        file.chunks = [];
        return Promise.resolve();
      },
    };
  };
  return {
    saved,
    platform: {
      appInfo: () => ({ name: 'AIRR Assessor', version: '0.1.0', shell: 'browser' }),
      saveFile: (options) => Promise.resolve(success(target(options))),
      openFiles: () => Promise.resolve(success([])),
      onOpenFileRequest: () => () => undefined,
    },
  };
}

export function joined(file: SavedFile): Uint8Array {
  return new Uint8Array(Buffer.concat(file.chunks));
}
