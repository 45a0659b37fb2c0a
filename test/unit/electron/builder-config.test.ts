import { spawn } from 'node:child_process';
import { chmod, copyFile, cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const tempDir = useTempDirs();

// electron-builder's own parser and validator (dependencies of electron-builder, loaded as it loads them).
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const asar = require('@electron/asar') as { listPackage: (archive: string, options: object) => string[] };

interface BuilderConfig {
  asar: boolean;
  files: string[];
  publish: unknown;
  afterPack: string;
  fileAssociations: Array<{ ext: string; mimeType: string; icon: string }>;
  nsis: Record<string, unknown>;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[]; hardenedRuntime: boolean };
  [key: string]: unknown;
}

async function loadConfig(): Promise<BuilderConfig> {
  return yaml.load(await readFile(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

describe('electron-builder.yml', () => {
  it('packs only the built app into an asar, with no publishing or auto-update', async () => {
    const config = await loadConfig();
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([
      'package.json',
      'dist/renderer/**/*',
      'dist-electron/**/*.js',
      '!dist-electron/**/*.d.ts',
      '!node_modules/**/*',
      'node_modules/zod/**/*',
    ]);
    expect(config.publish).toBeNull();
    expect(JSON.stringify(config)).not.toMatch(/electron-updater|autoUpdate|github|s3|generic/i);
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
  });

  it('associates .airr and .airr.age bundles with the app, each with an icon', async () => {
    const config = await loadConfig();
    expect(config.fileAssociations.map(({ ext, mimeType, icon }) => ({ ext, mimeType, icon }))).toEqual([
      { ext: 'airr', mimeType: 'application/vnd.airr.bundle+zip', icon: 'icon' },
      { ext: 'airr.age', mimeType: 'application/vnd.airr.bundle+age', icon: 'icon' },
    ]);
    for (const icon of [
      'build/icon.ico',
      'build/icon.icns',
      'build/icons/256x256.png',
      'build/icons/16x16.png',
    ]) {
      await expect(readFile(path.join(ROOT, icon)), icon).resolves.toBeInstanceOf(Buffer);
    }
  });

  it('builds AppImage, deb, a per-user or per-machine NSIS installer and a dmg', async () => {
    const config = await loadConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.mac).toMatchObject({ target: ['dmg'], hardenedRuntime: true });
  });

  it("passes electron-builder's own schema validation, which does reject unknown keys", async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, autoUpdat: true }, new DebugLogger(false)),
    ).rejects.toThrow(/unknown property 'autoUpdat'/);
  });
});

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('packaging with electron-builder (offline, a stand-in Electron binary)', () => {
  it('packs exactly the app files and flips the fuses through the after-pack hook', async () => {
    const project = await tempDir();
    for (const file of ['package.json', 'electron-builder.yml', 'scripts/after-pack.mjs']) {
      await mkdir(path.dirname(path.join(project, file)), { recursive: true });
      await copyFile(path.join(ROOT, file), path.join(project, file));
    }
    await cp(path.join(ROOT, 'build'), path.join(project, 'build'), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    await mkdir(path.join(project, 'dist/renderer/assets'), { recursive: true });
    await mkdir(path.join(project, 'dist-electron'));
    await mkdir(path.join(project, 'electron'));
    const files: Record<string, string> = {
      'dist/renderer/index.html': '<!doctype html>',
      'dist/renderer/assets/app.js': 'export {};',
      'dist-electron/main.js': '"use strict";',
      'dist-electron/preload.js': '"use strict";',
      'dist-electron/main.d.ts': 'export {};',
      'electron/main.ts': 'source, not shipped',
      'notes-with-secrets.txt': 'not shipped',
    };
    for (const [file, text] of Object.entries(files)) await writeFile(path.join(project, file), text);
    // A stand-in for Electron's distribution: a binary carrying the fuse sentinel and the shipped wire.
    const electronDist = path.join(project, 'electron-dist');
    await mkdir(path.join(electronDist, 'resources'), { recursive: true });
    const binary = Buffer.concat([
      Buffer.alloc(64, 7),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, 9]),
      Buffer.from('101100001'),
      Buffer.alloc(64, 7),
    ]);
    await writeFile(path.join(electronDist, 'electron'), binary);
    await chmod(path.join(electronDist, 'electron'), 0o755);

    const cli = require.resolve('electron-builder/cli.js');
    const args = ['--config', 'electron-builder.yml', '--linux', '--dir', `-c.electronDist=${electronDist}`];
    const result = await run(process.execPath, [cli, ...args, '--publish', 'never'], project);
    expect(result.code, result.output).toBe(0);

    const unpacked = path.join(project, 'release', 'linux-unpacked');
    const entries = asar
      .listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false })
      .map((entry) => entry.split(path.sep).join('/'))
      .filter((entry) => !entry.startsWith('/node_modules/zod/'));
    expect(entries.sort()).toEqual(
      [
        '/dist',
        '/dist-electron',
        '/dist-electron/main.js',
        '/dist-electron/preload.js',
        '/dist/renderer',
        '/dist/renderer/assets',
        '/dist/renderer/assets/app.js',
        '/dist/renderer/index.html',
        '/node_modules',
        '/node_modules/zod',
        '/package.json',
      ].sort(),
    );
    const packed = await readFile(path.join(unpacked, 'airr-assessor'));
    const wireAt = packed.indexOf('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX') + 34;
    expect(packed.subarray(wireAt, wireAt + 9).toString()).toBe('010011001');
  }, 120_000);
});
