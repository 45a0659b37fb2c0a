// The idle-lock choices apart from their stored setting (zod): the identity provider needs the default at start.

/** The choices offered in Settings, in minutes; 1 suits a shared office, 60 a locked room. */
export const IDLE_LOCK_MINUTES = [1, 2, 5, 10, 15, 30, 60] as const;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
