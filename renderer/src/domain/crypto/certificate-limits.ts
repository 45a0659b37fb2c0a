/**
 * Size limits for certificates, apart from the parser so screens can refuse an oversized file before
 * loading certificate code (pkijs).
 */

/** Far above any assessor certificate (about 700 bytes), low enough that parsing is always quick. */
export const MAX_CERTIFICATE_BYTES = 16 * 1024;
/** PEM text: base64 of the above plus generous line breaks and surrounding whitespace. */
export const MAX_CERTIFICATE_TEXT = 32 * 1024;
