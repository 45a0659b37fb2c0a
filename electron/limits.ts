/**
 * Size limits at the IPC boundary. Whole files cross IPC as one message, and Chromium refuses messages
 * over 256 MiB; 200 MiB leaves headroom and is far above a realistic bundle (JSON, report, photos).
 * Saves stream in chunks, so their total may be larger.
 */
const MIB = 1024 * 1024;

export const MAX_OPEN_FILE_BYTES = 200 * MIB;
export const MAX_SAVE_CHUNK_BYTES = 16 * MIB;
export const MAX_SAVE_TOTAL_BYTES = 4096 * MIB;
export const MAX_OPEN_FILES = 64;
