/**
 * Makes the docx package's output reproducible. Packer stamps the document properties with the wall clock and
 * zips every part with the current time, so two exports of the same revision differed in every byte's
 * neighbourhood of a date. Here the parts are re-zipped in the same order with the report's own date as the
 * properties' created/modified time and as each entry's modification time, so the same input always gives
 * the same bytes (and a reviewer can rebuild and compare them).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CORE_PROPERTIES = 'docProps/core.xml';

/** W3CDTF at second precision, as Word writes it: 2026-12-03T04:05:06Z. */
function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * ZIP entry times carry no time zone and fflate writes them from the local clock; shifting by the zone offset
 * makes the entry read as the UTC time on every machine, so the bytes do not depend on where they were made.
 */
function zipTime(date: Date): Date {
  return new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
}

export function normalizeDocx(docx: Uint8Array, at: Date): Uint8Array {
  const parts = unzipSync(docx);
  const stamp = w3cdtf(at);
  const core = parts[CORE_PROPERTIES];
  if (core) {
    parts[CORE_PROPERTIES] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_match, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
      ),
    );
  }
  const mtime = zipTime(at);
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) zippable[name] = [bytes, { mtime, level: 6 }];
  return zipSync(zippable);
}
