/** The platform's public face for screens: the interface only. main.tsx picks the implementation. */
export type {
  AppInfo,
  AutoBackupPlatform,
  AutoBackupSettings,
  AutoBackupSkipReason,
  AutoBackupStatus,
  BackupRequestReason,
  OpenedFile,
  OpenOptions,
  Platform,
  PlatformCode,
  PlatformResult,
  SaveOptions,
  SaveTarget,
} from './platform';
