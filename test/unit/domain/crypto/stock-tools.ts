// Helpers to check our output with the stock tools a security team would use (openssl, pdfsig, unzip, age).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ToolRun = { status: number | null; stdout: string; stderr: string; output: string };

/** Runs a command without a shell and captures its output as text. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; input?: string } = {},
): ToolRun {
  const result = spawnSync(command, args, { cwd: options.cwd, input: options.input, encoding: 'utf8' });
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: result.stdout + result.stderr,
  };
}

/** Runs a shell command line (for the exact commands documented in docs/VERIFY-BUNDLE.md). */
export function shell(commandLine: string, cwd: string): ToolRun {
  return run('sh', ['-c', commandLine], { cwd });
}

/** A fresh temporary directory and a function that removes it. */
export function tempDir(prefix: string): { dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `airr-${prefix}-`));
  return {
    dir,
    path: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
