// Every way a supplier bundle is refused, each with its own code and a sentence, and hostile input bounded.
// Tampered bundles are unpacked, changed and, where the test needs the change signed, re-signed with the
// assessment tests' helpers (signFiles, packFiles), so only the one intended check can fail.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex, utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { canonicalJson } from '../../../../renderer/src/domain/journal/canonical-json';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { verifySupplierBundle } from '../../../../renderer/src/domain/supplier/verify-supplier-bundle';
import { packFiles, signFiles, validBundle, type BundleFile } from '../import/helpers/test-bundle';
import { options } from '../import/helpers/verify-options';
import { makeSigner, requestBundle, responseBundle } from './supplier-fixture';

const requester = await makeSigner('Dana Whitfield');
const supplier = await makeSigner('Sam Ortiz');
const { request, response } = await responseBundle(requester, supplier);

function filesOf(bytes: Uint8Array): BundleFile[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, bytes: data }));
}

function json(files: readonly BundleFile[], name: string): Record<string, unknown> {
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(name);
  return JSON.parse(new TextDecoder().decode(file.bytes)) as Record<string, unknown>;
}

function withJson(files: readonly BundleFile[], name: string, value: unknown): BundleFile[] {
  return files.map((f) => (f.name === name ? { name, bytes: utf8(canonicalJson(value)) } : f));
}

/** Changes the response document and keeps the manifest's digest of it right, so only `change` can fail. */
function withResponse(files: readonly BundleFile[], change: (doc: Record<string, unknown>) => unknown) {
  const document = utf8(canonicalJson(change(json(files, 'response.json'))));
  const manifest = { ...json(files, 'manifest.json'), documentSha256: toHex(sha256(document)) };
  return withJson(
    files.map((f) => (f.name === 'response.json' ? { name: f.name, bytes: document } : f)),
    'manifest.json',
    manifest,
  );
}

async function resigned(files: readonly BundleFile[], signer = supplier): Promise<Uint8Array> {
  return packFiles(await signFiles(files, signer));
}

async function refusal(
  bytes: Uint8Array,
  kind: 'supplier-request' | 'supplier-response' = 'supplier-response',
) {
  const verdict = await verifySupplierBundle(bytes, kind);
  if (verdict.ok) throw new Error('accepted');
  expect(verdict.message.length).toBeGreaterThan(20);
  return verdict;
}

describe('supplier bundles: refusals', () => {
  it('refuses the other kind and an assessment bundle, saying where each opens', async () => {
    const asRequest = await refusal(response.bytes, 'supplier-request');
    expect(asRequest.code).toBe('wrong-bundle-kind');
    expect(asRequest.message).toMatch(/supplier response.*Suppliers/);
    const asResponse = await refusal(request.bytes, 'supplier-response');
    expect(asResponse.code).toBe('wrong-bundle-kind');
    expect(asResponse.message).toMatch(/Answer a request you received/);
    const assessment = await validBundle(requester);
    const notSupplier = await refusal(assessment.bytes, 'supplier-request');
    expect(notSupplier.code).toBe('wrong-bundle-kind');
    expect(notSupplier.message).toMatch(/assessment bundle/);
  });

  it('refuses a manifest whose kind is the other one, even when signed', async () => {
    const files = filesOf(request.bytes);
    const lying = withJson(files, 'manifest.json', {
      ...json(files, 'manifest.json'),
      kind: 'supplier-response',
    });
    const verdict = await refusal(await resigned(lying, requester), 'supplier-request');
    expect(verdict.code).toBe('wrong-bundle-kind');
  });

  it('makes the assessment import refuse request and response bundles with wrong-bundle-kind', async () => {
    for (const [bundle, where] of [
      [request.bytes, /Answer a request you received/],
      [response.bytes, /on the request it answers/],
    ] as const) {
      const verdict = await verifyBundle(bundle, options());
      expect(verdict.ok || verdict.code).toBe('wrong-bundle-kind');
      expect(verdict.ok || verdict.message).toMatch(where);
    }
  });

  it('refuses any file that is not in the layout, signed or not', async () => {
    const extra = [...filesOf(response.bytes), { name: 'notes.txt', bytes: utf8('hello') }];
    const verdict = await refusal(await resigned(extra));
    expect(verdict.code).toBe('unsafe-path');
    expect(verdict.message).toContain('notes.txt');
    const inRequest = [
      ...filesOf(request.bytes),
      { name: `attachments/${'a'.repeat(64)}.pdf`, bytes: utf8('x') },
    ];
    expect((await refusal(await resigned(inRequest, requester), 'supplier-request')).code).toBe(
      'unsafe-path',
    );
  });

  it('refuses a changed file (hash-mismatch) and a signature by someone else (bad-signature)', async () => {
    const files = filesOf(response.bytes);
    const changed = files.map((f) =>
      f.name === 'response.pdf' ? { name: f.name, bytes: utf8('%PDF-1.7 forged') } : f,
    );
    expect((await refusal(packFiles(changed))).code).toBe('hash-mismatch');
    const other = await makeSigner('Mallory');
    const forged = await signFiles(files, other);
    const foreign = forged.map((f) =>
      f.name === 'signer.pem' ? (files.find((g) => g.name === 'signer.pem') ?? f) : f,
    );
    expect((await refusal(packFiles(foreign))).code).toBe('bad-signature');
  });

  it('refuses a manifest that names another signer than signer.pem', async () => {
    const other = await makeSigner('Mallory');
    const files = filesOf(response.bytes).map((f) =>
      f.name === 'signer.pem' ? { name: f.name, bytes: utf8(other.certificate.pem) } : f,
    );
    expect((await refusal(await resigned(files, other))).code).toBe('fingerprint-mismatch');
  });

  it('refuses a manifest whose document digest, id or attachment count disagree', async () => {
    const files = filesOf(response.bytes);
    const manifest = json(files, 'manifest.json');
    const digest = withJson(files, 'manifest.json', { ...manifest, documentSha256: 'f'.repeat(64) });
    expect((await refusal(await resigned(digest))).code).toBe('supplier-digest-mismatch');
    const id = withJson(files, 'manifest.json', {
      ...manifest,
      documentId: '00000000-0000-4000-8000-000000000000',
    });
    expect((await refusal(await resigned(id))).code).toBe('supplier-id-mismatch');
    const count = withJson(files, 'manifest.json', { ...manifest, attachmentCount: 1 });
    const counted = await refusal(await resigned(count));
    expect(counted.code).toBe('supplier-attachment-count');
    expect(counted.message).toContain('holds 2');
  });

  it('refuses a response whose attachment list disagrees with the files', async () => {
    const files = filesOf(response.bytes);
    type Meta = { sha256: string; size: number };
    const attachmentsOf = (doc: Record<string, unknown>) => doc.attachments as Meta[];
    // A file in the bundle that the response no longer lists.
    const unlisted = withResponse(files, (doc) => {
      const first = attachmentsOf(doc)[0]?.sha256;
      return { ...doc, attachments: attachmentsOf(doc).filter((a) => a.sha256 === first) };
    });
    const extra = await refusal(await resigned(unlisted));
    expect(extra.code).toBe('supplier-attachment-mismatch');
    expect(extra.message).toMatch(/lists no such file/);
    // A listed file whose size is not the file's.
    const resized = withResponse(files, (doc) => ({
      ...doc,
      attachments: attachmentsOf(doc).map((a, i) => (i === 0 ? { ...a, size: a.size + 1 } : a)),
    }));
    expect((await refusal(await resigned(resized))).code).toBe('supplier-attachment-mismatch');
    // A listed file the bundle lacks (its file removed, the count kept right).
    const lacking = withResponse(files, (doc) => doc);
    const firstSha = attachmentsOf(json(files, 'response.json'))[0]?.sha256 ?? '';
    const withoutFile = lacking.filter((f) => !f.name.startsWith(`attachments/${firstSha}`));
    const fixedCount = withJson(withoutFile, 'manifest.json', {
      ...json(withoutFile, 'manifest.json'),
      attachmentCount: 1,
    });
    const missing = await refusal(await resigned(fixedCount));
    expect(missing.code).toBe('supplier-attachment-mismatch');
    expect(missing.message).toMatch(/bundle lacks/);
  });

  it('refuses an attachment whose name is not its SHA-256', async () => {
    const files = filesOf(response.bytes).map((f) =>
      f.name.startsWith('attachments/') && f.name.endsWith('.pdf')
        ? { name: `attachments/${'0'.repeat(64)}.pdf`, bytes: f.bytes }
        : f,
    );
    expect((await refusal(await resigned(files))).code).toBe('hash-mismatch');
  });

  it('refuses a document that breaks its schema, and JSON that is not canonical', async () => {
    const files = filesOf(response.bytes);
    const bad = withResponse(files, (doc) => ({
      ...doc,
      answers: [{ itemId: 'item-1', status: 'great', narrative: '' }],
    }));
    const schema = await refusal(await resigned(bad));
    expect(schema.code).toBe('schema-violation');
    expect(schema.message).toContain('response.json');
    const spaced = files.map((f) =>
      f.name === 'manifest.json'
        ? { name: f.name, bytes: utf8(JSON.stringify(json(files, f.name), null, 2)) }
        : f,
    );
    expect((await refusal(await resigned(spaced))).code).toBe('non-canonical-json');
  });

  it('refuses a missing PDF and a PDF that is not one', async () => {
    const files = filesOf(request.bytes);
    const noPdf = files.filter((f) => f.name !== 'request.pdf');
    expect((await refusal(await resigned(noPdf, requester), 'supplier-request')).code).toBe('missing-file');
    const notPdf = files.map((f) =>
      f.name === 'request.pdf' ? { name: f.name, bytes: utf8('plain text') } : f,
    );
    expect((await refusal(await resigned(notPdf, requester), 'supplier-request')).code).toBe(
      'schema-violation',
    );
  });
});

describe('supplier bundles: hostile input stays bounded', () => {
  it('refuses 5 MB of junk as not a bundle', async () => {
    const junk = new Uint8Array(5 * 2 ** 20);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
    const verdict = await verifySupplierBundle(junk, 'supplier-request');
    expect(verdict.ok).toBe(false);
    expect(verdict.ok || verdict.code).toBe('not-a-zip');
  });

  it('refuses an archive of 10,000 entries on its directory alone', async () => {
    const files: BundleFile[] = [];
    for (let i = 0; i < 10_000; i++)
      files.push({ name: `attachments/${toHex(sha256(utf8(String(i))))}`, bytes: utf8('') });
    const verdict = await verifySupplierBundle(packFiles(files), 'supplier-response');
    expect(verdict.ok || verdict.code).toBe('missing-file');
    const asRequest = await verifySupplierBundle(packFiles(files), 'supplier-request');
    expect(asRequest.ok || asRequest.code).toBe('unsafe-path');
  });

  it('refuses a request bundle larger than the limit before reading it', async () => {
    const built = await requestBundle(requester);
    const verdict = await verifySupplierBundle(built.bytes, 'supplier-request', {
      limits: { maxBundleBytes: 1000 },
    });
    expect(verdict.ok || verdict.code).toBe('too-large');
  });
});
