// A Platform whose saves land in memory, recording whether each file was committed or aborted.
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
        return Promise.resolve();
      },
      commit: () => {
        file.state = 'committed';
        return Promise.resolve(options.suggestedName);
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
      saveFile: (options) => Promise.resolve(target(options)),
      openFiles: () => Promise.resolve([]),
      onOpenFileRequest: () => () => undefined,
    },
  };
}

export function joined(file: SavedFile): Uint8Array {
  return new Uint8Array(Buffer.concat(file.chunks));
}
