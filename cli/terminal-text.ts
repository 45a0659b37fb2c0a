/**
 * Everything the command-line verifier prints passes through here. A bundle is attacker-controlled: a site
 * name, a certificate subject or a file name could carry a newline (to print a fake "VERIFIED" line), an
 * ANSI escape (to erase or recolor the real one) or a bidi override (to reorder what the reader sees). Such
 * characters are written as visible escapes instead, and the backslash itself is escaped so the output
 * stays unambiguous.
 */

// C0 controls, DEL, C1 controls, the bidi embeddings/overrides/isolates and marks, line/paragraph
// separators and the byte-order mark.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this is for
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\\]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** The text with every character that could move the cursor, recolor or reorder output made visible. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

// The same characters as UNSAFE without the backslash.
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this is for
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * For sentences (verifier and usage messages) that may already hold names escaped by quoted() or by the
 * verifier: control and bidi characters are escaped, backslashes left alone so nothing is escaped twice.
 */
export function safeMessage(text: string): string {
  return text.replace(CONTROLS, escapeOne);
}

/** A name in double quotes, escaped, so where it ends is never in doubt. */
export function quoted(text: string): string {
  return `"${terminalSafe(text).replace(/"/g, '\\"')}"`;
}

// In JSON the C0 controls, quotes and backslashes are escaped by JSON.stringify already; these are not.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** JSON.stringify, with the remaining control and bidi characters written as \\u escapes (still valid JSON). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    JSON_UNSAFE,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
