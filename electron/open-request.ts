/**
 * Files the OS asks us to open: from the first run's argv, a second instance's argv (Windows, Linux) or
 * macOS's open-file event. Only bundles are accepted, checked here in main; the renderer then receives the
 * name and bytes, never the path.
 */
import { MAX_OPEN_FILE_BYTES } from './limits';
import type { ReadFileRules } from './read-file';

/** Extensions (without the dot) a double-click may open: plain and age-encrypted bundles. */
export const BUNDLE_EXTENSIONS = ['airr', 'airr.age'] as const;

export const BUNDLE_OPEN_RULES: ReadFileRules = {
  maxBytes: MAX_OPEN_FILE_BYTES,
  extensions: BUNDLE_EXTENSIONS,
};

export interface ArgvShape {
  /**
   * True when started as `electron <app-path> ...` (process.defaultApp): argv[1] is then the app, not a file.
   */
  defaultApp: boolean;
}

/**
 * The file arguments in an argv: drops the executable, the app path when run unpackaged, every switch
 * (Chromium adds its own to a second instance's argv) and everything after a bare `--` is kept as files.
 */
export function filePathsFromArgv(argv: readonly string[], shape: ArgvShape): string[] {
  const rest = argv.slice(shape.defaultApp ? 2 : 1);
  const files: string[] = [];
  let switchesEnded = false;
  for (const arg of rest) {
    if (!switchesEnded && arg === '--') {
      switchesEnded = true;
    } else if (switchesEnded || !arg.startsWith('-')) {
      if (arg.trim() !== '') files.push(arg);
    }
  }
  return files;
}
