/** Text preparation for the standard PDF fonts, and small formatters used across the report. */

const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u2022': '*',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u200b': '',
  '\t': '    ',
  '\r': '',
};

/**
 * Makes text printable with a standard font: common typographic punctuation becomes ASCII, Latin-1 stays,
 * anything else (other scripts, emoji) becomes "?". The exact text is always in assessment.json.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) out += replacement;
    else if (char === '\n' || (char >= ' ' && char <= '~') || (char >= '\u00a1' && char <= '\u00ff'))
      out += char;
    else out += '?';
  }
  return out;
}

/** "2026-03-01" → "1 Mar 2026"; empty stays "-". */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return '-';
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(match[3])} ${months[Number(match[2]) - 1] ?? '?'} ${match[1]}`;
}

/** ISO timestamp → "1 Mar 2026 10:00 UTC". */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '-';
  const time = date.toISOString().slice(11, 16);
  return `${formatDate(date.toISOString())} ${time} UTC`;
}

/** Bytes → "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** A score for print: "72%", or "not scored" (never "n/a", which reads as not applicable). */
export function formatPercent(percent: number | null): string {
  return percent === null ? 'not scored' : `${Math.round(percent)}%`;
}
