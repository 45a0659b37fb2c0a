/**
 * Reports written before the digest keyword existed (see report/report-digest.ts) print the SHA-256 of
 * assessment.json only on their pages, inside Flate-compressed content streams. For such a report, import
 * inflates the page streams — bounded in count and in bytes, as everything parsed from a bundle is — and
 * looks for that digest in the printed text, so bundles exported by earlier versions still import, while a
 * report made for other data (which prints another digest) is still refused. Runs only on signed bytes.
 */
import { Unzlib } from 'fflate';

/** jsPDF writes each stream as `<</Length N … /Filter /FlateDecode …>>` then `stream`, an EOL and N bytes. */
const STREAM_START = /<<([^<>]{0,400})>>\s*stream\r?\n/g;
const MAX_STREAMS = 5_000;
/** Far above any report's page text (a 200-page report inflates to a few megabytes). */
const MAX_INFLATED_BYTES = 32 * 1024 * 1024;
const INPUT_STEP = 16 * 1024;

class BudgetExceeded extends Error {}

/** Inflates one zlib stream, giving up (null) once the shared budget is spent or the stream is damaged. */
function inflate(compressed: Uint8Array, budget: { remaining: number }): string | null {
  const chunks: string[] = [];
  const decoder = new TextDecoder('windows-1252');
  const unzlib = new Unzlib((chunk) => {
    budget.remaining -= chunk.length;
    if (budget.remaining < 0) throw new BudgetExceeded();
    chunks.push(decoder.decode(chunk, { stream: true }));
  });
  try {
    for (let at = 0; at < compressed.length; at += INPUT_STEP) {
      const end = Math.min(compressed.length, at + INPUT_STEP);
      unzlib.push(compressed.subarray(at, end), end >= compressed.length);
    }
  } catch {
    return null;
  }
  return chunks.join('');
}

/**
 * True when a Flate-compressed content stream of the PDF prints `digest` (64 lowercase hex). `text` is the
 * PDF decoded byte for byte (windows-1252), so its string offsets are byte offsets into `pdf`.
 */
export function pdfPrintsDigest(pdf: Uint8Array, text: string, digest: string): boolean {
  const budget = { remaining: MAX_INFLATED_BYTES };
  let streams = 0;
  for (const match of text.matchAll(STREAM_START)) {
    if (++streams > MAX_STREAMS || budget.remaining <= 0) return false;
    const dictionary = match[1] ?? '';
    const length = /\/Length\s+(\d{1,9})\b/.exec(dictionary);
    if (!length || !/\/Filter\s*\/FlateDecode\b/.test(dictionary)) continue;
    const start = (match.index ?? 0) + match[0].length;
    const bytes = pdf.subarray(start, Math.min(pdf.length, start + Number(length[1])));
    const printed = inflate(bytes, budget);
    if (printed?.includes(digest)) return true;
  }
  return false;
}
