import { describe, expect, it } from 'vitest';
import { bundleChunks, bundleStream, writeBundle } from '../../../../renderer/src/domain/bundle/build-bundle';
import type { BundleProgress } from '../../../../renderer/src/domain/bundle/bundle-input';
import { EVIDENCE_FILES } from '../report/report-fixture';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { options } from '../import/helpers/verify-options';
import { bundleInput, evidenceSources, makeIdentity } from './bundle-fixture';

const identity = await makeIdentity();
const base = await bundleInput(identity);
const discard = () => undefined;

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

describe('bundle export errors and progress', () => {
  it.each(EVIDENCE_FILES.map((_, index) => index))(
    'writes stored file %i as stored, without hashing it again: a byte changed since capture makes the verifier refuse the bundle',
    async (index) => {
      const changed = EVIDENCE_FILES[index]?.bytes.slice() ?? new Uint8Array();
      changed[changed.length >> 1] = (changed[changed.length >> 1] ?? 0) ^ 0xff;
      const written: Uint8Array[] = [];
      const result = await writeBundle(
        { ...base, evidence: evidenceSources({ index, bytes: changed }) },
        (chunk) => void written.push(chunk),
      );
      expect(result.ok).toBe(true);
      // SHA256SUMS lists the digest recorded at capture, so the changed bytes cannot pass for the original.
      const verdict = await verifyBundle(concat(written), options());
      expect(verdict).toMatchObject({ ok: false, code: 'hash-mismatch' });
    },
  );

  it('stops with evidence-changed before SHA256SUMS when a stored file was truncated', async () => {
    const truncated = EVIDENCE_FILES[2]?.bytes.slice(0, 10) ?? new Uint8Array();
    const written: Uint8Array[] = [];
    const result = await writeBundle(
      { ...base, evidence: evidenceSources({ index: 2, bytes: truncated }) },
      (chunk) => void written.push(chunk),
    );
    expect(result).toMatchObject({ ok: false, code: 'evidence-changed' });
    if (!result.ok) expect(result.message).toMatch(/no longer has the size recorded/);
    const latin1 = new TextDecoder('latin1'); // one character per byte, so names survive chunk edges
    expect(written.map((chunk) => latin1.decode(chunk)).join('')).not.toContain('SHA256SUMS');
  });

  it('stops with evidence-changed as soon as a stored file grows past its recorded size', async () => {
    const original = EVIDENCE_FILES[1]?.bytes ?? new Uint8Array();
    const grown = new Uint8Array(original.length + 1);
    grown.set(original);
    const result = await writeBundle(
      { ...base, evidence: evidenceSources({ index: 1, bytes: grown }) },
      discard,
    );
    expect(result).toMatchObject({ ok: false, code: 'evidence-changed' });
  });

  it('refuses to export when evidence the assessment lists is not provided', async () => {
    const result = await writeBundle({ ...base, evidence: evidenceSources().slice(1) }, discard);
    expect(result).toMatchObject({ ok: false, code: 'evidence-missing' });
  });

  it('refuses a signing key that does not belong to the certificate', async () => {
    const other = await makeIdentity();
    const result = await writeBundle({ ...base, signingKey: other.signingKey }, discard);
    expect(result).toMatchObject({ ok: false, code: 'key-certificate-mismatch' });
  });

  it('refuses an assessment that does not match the schema', async () => {
    const document = { ...base.document, revision: 0 };
    expect(await writeBundle({ ...base, document }, discard)).toMatchObject({
      ok: false,
      code: 'invalid-assessment',
    });
  });

  it('reports progress up to the total and returns a summary of what was written', async () => {
    const seen: BundleProgress[] = [];
    let bytes = 0;
    const result = await writeBundle(base, (chunk) => void (bytes += chunk.length), {
      onProgress: (p) => seen.push(p),
    });
    if (!result.ok) throw new Error(result.message);
    const last = seen.at(-1);
    expect(last?.bytesDone).toBe(last?.bytesTotal);
    expect(seen.every((p, i) => i === 0 || p.bytesDone >= (seen[i - 1]?.bytesDone ?? 0))).toBe(true);
    expect(result.value.bytesWritten).toBe(bytes);
    expect(result.value.sums.map((s) => s.path)).toContain('report.pdf');
  });

  it('stops with cancelled when the signal aborts mid-way, without reading further evidence', async () => {
    const controller = new AbortController();
    let opened = 0;
    const evidence = evidenceSources().map((source) => ({
      ...source,
      open: () => (opened++, source.open()),
    }));
    const result = await writeBundle({ ...base, evidence }, discard, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.bytesDone > base.reportPdf.length) controller.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, code: 'cancelled', message: 'The export was canceled.' });
    expect(opened).toBeLessThanOrEqual(1);
  });

  it('streams without buffering: output arrives before all evidence has been read', async () => {
    let read = 0;
    const evidence = evidenceSources().map((source) => ({
      ...source,
      open: () =>
        (async function* () {
          for await (const chunk of source.open() as AsyncIterable<Uint8Array>) {
            read += chunk.length;
            yield chunk;
          }
        })(),
    }));
    let readWhenFirstEvidenceChunkOut = -1;
    let out = 0;
    for await (const chunk of bundleChunks({ ...base, evidence })) {
      out += chunk.length;
      if (read > 0 && readWhenFirstEvidenceChunkOut < 0) readWhenFirstEvidenceChunkOut = read;
    }
    expect(out).toBeGreaterThan(0);
    expect(readWhenFirstEvidenceChunkOut).toBeLessThanOrEqual(64 * 1024);
  });

  it('offers the bundle as a ReadableStream that errors with the bundle error', async () => {
    const ok = await new Response(bundleStream(base)).arrayBuffer();
    expect(new Uint8Array(ok).subarray(0, 4)).toEqual(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    const broken = bundleStream({ ...base, evidence: [] });
    await expect(new Response(broken).arrayBuffer()).rejects.toMatchObject({ code: 'evidence-missing' });
  });
});
