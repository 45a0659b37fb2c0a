// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing.
// Fuses are compiled-in switches an attacker with file access cannot toggle back without breaking the
// signature: no running the app as plain Node, no NODE_OPTIONS or --inspect, asar-only loading with
// integrity checking (electron-builder embeds the asar hash before this hook runs), encrypted cookies, and no
// extra privileges for file:// (the app uses app://).
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import path from 'node:path';

const ARM64 = 3; // builder-util's Arch.arm64

export const FUSES = Object.freeze({
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});

/** Where the packaged Electron binary is; for macOS the .app (flipFuses finds the framework inside). */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`after-pack: no fuse handling for platform ${electronPlatformName}`);
  }
}

export function fuseConfigFor(context) {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  return {
    version: FuseVersion.V1,
    // Apple silicon refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: darwin && context.arch === ARM64,
    ...FUSES,
  };
}

export async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const flipped = await flipFuses(binary, fuseConfigFor(context));
  console.log(`after-pack: fuses set in ${path.basename(binary)} (${flipped} fuse wire(s))`);
}
