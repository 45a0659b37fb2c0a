/** The platform's public face for screens: the interface only. main.tsx picks the implementation. */
export type { AppInfo, OpenedFile, OpenOptions, Platform, SaveOptions, SaveTarget } from './platform';
