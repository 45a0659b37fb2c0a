/**
 * Test-only bundles. validBundle() uses the app's real exporter (writeBundle); for tampering, a bundle is also
 * kept as a list of files that tests change and then pack as they are, or re-sign properly with signFiles().
 */
import { unzipSync } from 'fflate';
import type { AssessmentDocument } from '../../../../../renderer/src/domain/assessment/model';
import { assessmentJson } from '../../../../../renderer/src/domain/bundle/assessment-json';
import { writeBundle } from '../../../../../renderer/src/domain/bundle/build-bundle';
import { canonicalJson } from '../../../../../renderer/src/domain/journal/canonical-json';
import { BUNDLE_FORMAT_ID, BUNDLE_FORMAT_VERSION } from '../../../../../renderer/src/domain/bundle/manifest';
import type { BundleManifest } from '../../../../../renderer/src/domain/bundle/manifest';
import { formatSha256Sums } from '../../../../../renderer/src/domain/bundle/sha256-sums';
import { ZipChunkWriter } from '../../../../../renderer/src/domain/bundle/zip-writer';
import { toHex, utf8 } from '../../../../../renderer/src/domain/crypto/bytes';
import {
  createSelfSignedCertificate,
  type CertificateFiles,
} from '../../../../../renderer/src/domain/crypto/certificate';
import { signDetached } from '../../../../../renderer/src/domain/crypto/sign';
import { concat, writeZip, type RawEntry, type RawZipOptions } from './raw-zip';
import { signedReport } from './test-report';
import { sampleDocument } from './sample-document';

/** Canonical JSON bytes, as the exporter writes manifest.json and assessment.json. */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}

export type TestSigner = { privateKey: CryptoKey; certificate: CertificateFiles };
export type BundleFile = { name: string; bytes: Uint8Array };

export async function makeSigner(name = 'Ada Lovelace'): Promise<TestSigner> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ]);
  const subject = { name, organization: 'CISA Region 4', email: 'ada@example.org' };
  const certificate = await createSelfSignedCertificate(keys, subject, 3, new Date('2025-01-01T00:00:00Z'));
  return { privateKey: keys.privateKey, certificate };
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const copy = new Uint8Array(bytes);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', copy)));
}

/** A signed report for the signer that names the digest, as the exporter writes it. */
export function reportFor(signer: TestSigner, assessmentSha256: string): Promise<Uint8Array> {
  return signedReport(
    { signingKey: signer.privateKey, certificatePem: signer.certificate.pem },
    assessmentSha256,
  );
}

/** Evidence bytes with their document metadata. */
export async function evidenceFor(text: string, practiceId = 'CIO-SE-1') {
  const bytes = utf8(text);
  const hash = await sha256(bytes);
  const meta = {
    id: `e-${hash.slice(0, 8)}`,
    practiceId,
    name: `${hash.slice(0, 6)}.txt`,
    type: 'text/plain',
    size: bytes.length,
    sha256: hash,
    capturedAt: '2025-03-01T11:00:00.000Z',
  };
  return { bytes, meta, path: `evidence/${hash}.txt` };
}

/** The content files of a valid bundle (everything except SHA256SUMS and its signature). */
export async function contentFiles(
  signer: TestSigner,
  options: { document?: AssessmentDocument; evidence?: string[]; manifest?: Partial<BundleManifest> } = {},
): Promise<BundleFile[]> {
  const evidence = await Promise.all(
    (options.evidence ?? ['photo of the HMI', 'policy text']).map((t) => evidenceFor(t)),
  );
  const document = options.document ?? sampleDocument({ evidence: evidence.map((e) => e.meta) });
  const assessment = canonicalJsonBytes(document);
  const assessmentSha256 = await sha256(assessment);
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT_ID,
    formatVersion: BUNDLE_FORMAT_VERSION,
    assessmentId: document.id,
    revision: document.revision,
    pack: document.pack,
    appVersion: '0.1.0',
    createdAt: '2025-03-02T13:00:00.000Z',
    signerFingerprint: signer.certificate.fingerprint.compact,
    marking: document.content.marking,
    assessmentSha256,
    evidenceCount: evidence.length,
    ...options.manifest,
  };
  return [
    { name: 'manifest.json', bytes: canonicalJsonBytes(manifest) },
    { name: 'assessment.json', bytes: assessment },
    ...evidence.map((e) => ({ name: e.path, bytes: e.bytes })),
    { name: 'report.pdf', bytes: await reportFor(signer, assessmentSha256) },
    { name: 'signer.pem', bytes: utf8(signer.certificate.pem) },
  ];
}

/** Adds SHA256SUMS over the given files and SHA256SUMS.sig by the signer (replacing any earlier ones). */
export async function signFiles(files: readonly BundleFile[], signer: TestSigner): Promise<BundleFile[]> {
  const content = files.filter((f) => f.name !== 'SHA256SUMS' && f.name !== 'SHA256SUMS.sig');
  const sums = formatSha256Sums(
    await Promise.all(content.map(async (f) => ({ path: f.name, sha256: await sha256(f.bytes) }))),
  );
  const signature = await signDetached(signer.privateKey, sums);
  return [...content, { name: 'SHA256SUMS', bytes: sums }, { name: 'SHA256SUMS.sig', bytes: signature }];
}

/** Packs files with the app's streaming ZIP writer (fflate, data descriptors), as an export would. */
export function packFiles(files: readonly BundleFile[]): Uint8Array {
  const writer = new ZipChunkWriter(new Date('2025-03-02T13:00:00Z'));
  const chunks: Uint8Array[] = [];
  for (const file of files) {
    writer.file(file.name, file.bytes, file.name.endsWith('.json') || file.name === 'SHA256SUMS');
    chunks.push(...writer.drain());
  }
  writer.finish();
  chunks.push(...writer.drain());
  return concat(chunks);
}

/** Packs files with the raw test writer, for archives a real writer would refuse to make. */
export function packRaw(
  files: readonly (BundleFile & Partial<RawEntry>)[],
  options: RawZipOptions = {},
): Uint8Array {
  return writeZip(
    files.map((f) => ({ ...f, data: f.bytes })),
    options,
  );
}

/** A complete valid bundle written by the app's exporter, and the files in it (in ZIP order). */
export async function validBundle(signer: TestSigner, texts: string[] = ['photo of the HMI', 'policy text']) {
  const evidence = await Promise.all(texts.map((t) => evidenceFor(t)));
  const chunks: Uint8Array[] = [];
  const document = sampleDocument({ evidence: evidence.map((e) => e.meta) });
  const written = await writeBundle(
    {
      document,
      evidence: evidence.map((e) => ({
        sha256: e.meta.sha256,
        ext: 'txt',
        size: e.bytes.length,
        open: () =>
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(e.bytes);
              controller.close();
            },
          }),
      })),
      reportPdf: await reportFor(signer, assessmentJson(document).sha256),
      signerCertificatePem: signer.certificate.pem,
      signingKey: signer.privateKey,
      appVersion: '0.1.0',
      createdAt: '2025-03-02T13:00:00.000Z',
    },
    (chunk) => {
      chunks.push(chunk);
    },
  );
  if (!written.ok) throw new Error(written.message);
  const bytes = concat(chunks);
  const files: BundleFile[] = Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, bytes: data }));
  return { files, bytes };
}
