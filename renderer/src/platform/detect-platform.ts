import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform, desktopApiFromWindow } from './electron-platform';
import type { Platform } from './platform';

/** Electron's preload exposes its API on window; without it we are in a plain browser. */
export function detectPlatform(): Platform {
  const api = desktopApiFromWindow();
  return api ? createElectronPlatform(api) : createBrowserPlatform();
}
