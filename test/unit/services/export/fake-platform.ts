// A Platform whose saves land in memory, recording whether each file was committed or aborted.
import { DONE, success } from '../../../../renderer/src/domain/result';
import type { Platform, SaveOptions, SaveTarget } from '../../../../renderer/src/platform';

export type SavedFile = {
  options: SaveOptions;
  chunks: Uint8Array[];
  /** How many of the chunks arrived as Blobs (stored evidence passed through). */
  blobParts: number;
  state: 'open' | 'committed' | 'aborted';
};

export function fakePlatform(onWrite?: (file: SavedFile) => void): {
  platform: Platform;
  saved: SavedFile[];
} {
  const saved: SavedFile[] = [];
  const target = (options: SaveOptions): SaveTarget => {
    const file: SavedFile = { options, chunks: [], blobParts: 0, state: 'open' };
    saved.push(file);
    return {
      write: async (chunk) => {
        if (chunk instanceof Blob) {
          file.blobParts += 1;
          file.chunks.push(new Uint8Array(await chunk.arrayBuffer()));
        } else file.chunks.push(chunk.slice());
        onWrite?.(file);
        return DONE;
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
