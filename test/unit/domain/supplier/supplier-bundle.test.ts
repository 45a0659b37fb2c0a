// Supplier request and response bundles, built and verified with real WebCrypto keys: the round trip, the
// repeatable bytes, the binding a response carries, and sealing.
import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromUtf8 } from '../../../../renderer/src/domain/crypto/bytes';
import {
  buildSupplierBundle,
  supplierBundleFileName,
} from '../../../../renderer/src/domain/supplier/supplier-bundle';
import { verifySupplierBundle } from '../../../../renderer/src/domain/supplier/verify-supplier-bundle';
import {
  attachmentFiles,
  makeSigner,
  requestBundle,
  requestDocument,
  responseBundle,
  responseDocument,
  signerInput,
} from './supplier-fixture';
import { run, tempDir } from '../crypto/stock-tools';

const requester = await makeSigner('Dana Whitfield');
const supplier = await makeSigner('Sam Ortiz');

describe('supplier bundles: build and verify', () => {
  it('reads back a request exactly as built, signed by the requester', async () => {
    const built = await requestBundle(requester);
    const verdict = await verifySupplierBundle(built.bytes, 'supplier-request');
    if (!verdict.ok) throw new Error(verdict.message);
    expect(verdict.value.kind).toBe('supplier-request');
    expect(verdict.value.document).toEqual(requestDocument());
    expect(verdict.value.manifest).toEqual(built.manifest);
    expect(verdict.value.sumsSha256).toBe(built.sumsSha256);
    expect(verdict.value.signer.fingerprint).toBe(requester.certificate.fingerprint.compact);
    expect(verdict.value.signer.name).toBe('Dana Whitfield');
    expect(verdict.value.signer.certificatePem.trim()).toBe(requester.certificate.pem.trim());
    expect(verdict.value.attachments).toEqual([]);
    expect(fromUtf8(verdict.value.pdf.subarray(0, 5))).toBe('%PDF-');
    expect(Object.keys(unzipSync(built.bytes))).toEqual([
      'manifest.json',
      'request.json',
      'request.pdf',
      'signer.pem',
      'SHA256SUMS',
      'SHA256SUMS.sig',
    ]);
  });

  it('reads back a response with its attachments, bound to the request it answers', async () => {
    const { request, response, document } = await responseBundle(requester, supplier);
    const verdict = await verifySupplierBundle(response.bytes, 'supplier-response');
    if (!verdict.ok) throw new Error(verdict.message);
    expect(verdict.value.document).toEqual(document);
    expect(verdict.value.document.request).toEqual({
      id: requestDocument().id,
      sumsSha256: request.sumsSha256,
      requesterFingerprint: requester.certificate.fingerprint.compact,
    });
    expect(verdict.value.signer.fingerprint).toBe(supplier.certificate.fingerprint.compact);
    expect(verdict.value.manifest.attachmentCount).toBe(2);
    const files = attachmentFiles();
    const got = await Promise.all(
      verdict.value.attachments.map(async (file) => ({
        sha256: file.sha256,
        ext: file.ext,
        size: file.size,
        text: await file.blob.text(),
      })),
    );
    const expected = files
      .map((file) => ({
        sha256: file.sha256,
        ext: file.ext,
        size: file.bytes.length,
        text: fromUtf8(file.bytes),
      }))
      .sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
    expect(got.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1))).toEqual(expected);
  });

  it('writes the same files and the same SHA256SUMS for the same input; only the signature differs', async () => {
    const first = unzipSync((await requestBundle(requester)).bytes);
    const second = unzipSync((await requestBundle(requester)).bytes);
    for (const name of Object.keys(first).filter((n) => n !== 'SHA256SUMS.sig')) {
      expect(second[name], name).toEqual(first[name]);
    }
    const a = await responseBundle(requester, supplier);
    const b = await responseBundle(requester, supplier);
    expect(a.request.sumsSha256).toBe(b.request.sumsSha256);
    expect(a.response.sumsSha256).toBe(b.response.sumsSha256);
  });

  it('refuses to build a response for another request, or with a file that changed since it was attached', async () => {
    const request = await requestBundle(requester);
    const document = responseDocument(request.sumsSha256, requester.certificate.fingerprint.compact);
    const common = {
      kind: 'supplier-response' as const,
      request: requestDocument(),
      ...signerInput(supplier),
    };
    const elsewhere = await buildSupplierBundle({
      ...common,
      response: { ...document, supplierId: '00000000-0000-4000-8000-000000000000' },
      attachments: attachmentFiles(),
    });
    expect(elsewhere.ok || elsewhere.code).toBe('response-not-for-request');
    const changed = attachmentFiles().map((file, i) =>
      i === 0 ? { ...file, bytes: new Uint8Array(file.bytes.length) } : file,
    );
    const stale = await buildSupplierBundle({ ...common, response: document, attachments: changed });
    expect(stale.ok || stale.code).toBe('attachment-changed');
    const missing = await buildSupplierBundle({
      ...common,
      response: document,
      attachments: attachmentFiles().slice(1),
    });
    expect(missing.ok || missing.code).toBe('attachment-missing');
    const wrongKey = await buildSupplierBundle({
      ...common,
      response: document,
      attachments: attachmentFiles(),
      signingKey: requester.privateKey,
    });
    expect(wrongKey.ok || wrongKey.code).toBe('key-certificate-mismatch');
  });

  it('seals to an age recipient exactly as an export does: stock age opens it, and so does the app', async () => {
    const temp = tempDir('supplier-seal');
    try {
      run('age-keygen', ['-o', temp.path('key.txt')]);
      run('age-keygen', ['-o', temp.path('other.txt')]);
      const recipient = run('age-keygen', ['-y', temp.path('key.txt')]).stdout.trim();
      const built = await buildSupplierBundle({
        kind: 'supplier-request',
        request: requestDocument(),
        ...signerInput(requester),
        seal: { recipients: [recipient] },
      });
      if (!built.ok) throw new Error(built.message);
      expect(built.value.sealed).toBe(true);
      writeFileSync(temp.path('request.airr-request.age'), built.value.bytes);
      const opened = run('age', [
        '-d',
        '-i',
        temp.path('key.txt'),
        '-o',
        temp.path('plain.zip'),
        temp.path('request.airr-request.age'),
      ]);
      expect(opened.status, opened.output).toBe(0);
      expect(run('unzip', ['-t', temp.path('plain.zip')]).status).toBe(0);

      const identity = (file: string) =>
        readFileSync(temp.path(file), 'utf8')
          .split('\n')
          .find((line) => line.startsWith('AGE-SECRET-KEY-')) ?? '';
      const noKey = await verifySupplierBundle(built.value.bytes, 'supplier-request');
      expect(noKey.ok || noKey.code).toBe('key-required');
      const wrong = await verifySupplierBundle(built.value.bytes, 'supplier-request', {
        key: { identity: identity('other.txt') },
      });
      expect(wrong.ok || wrong.code).toBe('wrong-key');
      const verdict = await verifySupplierBundle(new Blob([built.value.bytes]), 'supplier-request', {
        key: { identity: identity('key.txt') },
      });
      expect(verdict.ok && verdict.value.sumsSha256).toBe(built.value.sumsSha256);
    } finally {
      temp.remove();
    }
  });

  it('refuses a seal passphrase shorter than an export accepts', async () => {
    const weak = await buildSupplierBundle({
      kind: 'supplier-request',
      request: requestDocument(),
      ...signerInput(requester),
      seal: { passphrase: 'short' },
    });
    expect(weak.ok || weak.code).toBe('weak-passphrase');
  });

  it('verifies a file read slice by slice as a Blob', async () => {
    const { response } = await responseBundle(requester, supplier);
    const verdict = await verifySupplierBundle(new Blob([response.bytes]), 'supplier-response');
    expect(verdict.ok && verdict.value.attachments.length).toBe(2);
  });

  it('names files as the hand-off specifies', () => {
    const names = { site: 'Riverside Water Plant', supplier: 'Northwind Cloud, Inc.' };
    expect(supplierBundleFileName('supplier-request', names, '2026-03-01T09:30:00Z', false)).toBe(
      'riverside-water-plant-northwind-cloud-inc-request-2026-03-01.airr-request',
    );
    expect(supplierBundleFileName('supplier-response', names, '2026-03-20', true)).toBe(
      'northwind-cloud-inc-response-2026-03-20.airr-response.age',
    );
  });
});
