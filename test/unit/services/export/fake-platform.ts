// A Platform whose saves land in memory, recording whether each file was committed or aborted.
import { DONE, success } from '../../../../renderer/src/domain/result';
import type { Platform, SaveOptions, SaveTarget } from '../../../../renderer/src/platform';

export type SavedFile = {
  options: SaveOptions;
  chunks: Uint8Array[];
  state: 'open' | 'committed' | 'aborted';
};

export function fakePlatform(onWrite?: (file: SavedFile) => void): {
  platform: Platform;
  saved: SavedFile[];
} {
  const saved: SavedFile[] = [];
  const target = (options: SaveOptions): SaveTarget => {
    const file: SavedFile = { options, chunks: [], state: 'open' };
    saved.push(file);
    return {
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
