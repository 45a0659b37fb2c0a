import { getCurrentFuseWire } from '@electron/fuses';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName: string; appInfo: { productFilename: string } };
}
interface AfterPackModule {
  afterPack: (context: PackContext) => Promise<void>;
  electronBinaryPath: (context: PackContext) => string;
}

const HOOK = path.resolve(import.meta.dirname, '../../../scripts/after-pack.mjs');
const loadHook = async (): Promise<AfterPackModule> => (await import(HOOK)) as AfterPackModule;
const tempDir = useTempDirs();

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DISABLE = 48; // '0'
const ENABLE = 49; // '1'
// The wire as Electron ships it: RunAsNode, cookie encryption off, NODE_OPTIONS, inspect on, ...
const SHIPPED_WIRE = '101100001';

/** A stand-in binary: random bytes around the fuse sentinel, version 1 and a 9-fuse wire. */
async function fakeElectron(file: string): Promise<Buffer> {
  await mkdir(path.dirname(file), { recursive: true });
  const bytes = Buffer.concat([
    randomBytes(4096),
    Buffer.from(SENTINEL),
    Buffer.from([1, SHIPPED_WIRE.length]),
    Buffer.from(SHIPPED_WIRE, 'ascii'),
    randomBytes(4096),
  ]);
  await writeFile(file, bytes);
  return bytes;
}

function context(appOutDir: string, electronPlatformName: string): PackContext {
  return {
    appOutDir,
    electronPlatformName,
    arch: 1,
    packager: { executableName: 'airr-assessor', appInfo: { productFilename: 'AIRR Assessor' } },
  };
}

describe('the after-pack fuse hook', () => {
  it.each([
    ['linux', 'airr-assessor'],
    ['win32', 'AIRR Assessor.exe'],
    ['darwin', 'AIRR Assessor.app/Contents/Frameworks/Electron Framework.framework/Electron Framework'],
  ])('flips the fuse wire of the packaged %s binary', async (platform, binaryPath) => {
    const { afterPack } = await loadHook();
    const out = await tempDir();
    const file = path.join(out, binaryPath);
    const before = await fakeElectron(file);
    await afterPack(context(out, platform));

    const wire = await getCurrentFuseWire(path.join(out, binaryPath));
    expect(wire).toMatchObject({
      version: '1',
      0: DISABLE, // RunAsNode
      1: ENABLE, // EnableCookieEncryption
      2: DISABLE, // EnableNodeOptionsEnvironmentVariable
      3: DISABLE, // EnableNodeCliInspectArguments
      4: ENABLE, // EnableEmbeddedAsarIntegrityValidation
      5: ENABLE, // OnlyLoadAppFromAsar
      6: DISABLE, // LoadBrowserProcessSpecificV8Snapshot: left as shipped
      7: DISABLE, // GrantFileProtocolExtraPrivileges
      8: ENABLE, // WasmTrapHandlers: left as shipped
    });
    // Only the wire changed: every other byte of the binary is as before.
    const after = await readFile(file);
    const wireAt = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.subarray(0, wireAt)).toEqual(before.subarray(0, wireAt));
    expect(after.subarray(wireAt + SHIPPED_WIRE.length)).toEqual(
      before.subarray(wireAt + SHIPPED_WIRE.length),
    );
  });

  it('fails the build when the binary has no fuse wire', async () => {
    const { afterPack } = await loadHook();
    const out = await tempDir();
    await writeFile(path.join(out, 'airr-assessor'), randomBytes(1024));
    await expect(afterPack(context(out, 'linux'))).rejects.toThrow(/sentinel/);
  });

  it('refuses a platform it does not know rather than skipping the fuses', async () => {
    const { electronBinaryPath } = await loadHook();
    expect(() => electronBinaryPath(context('/out', 'freebsd'))).toThrow(/no fuse handling/);
  });
});
