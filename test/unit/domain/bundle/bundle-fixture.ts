// Builds real bundles for the tests: a real identity, a real signed PDF, evidence streamed in chunks.
import { createWriteStream } from 'node:fs';
import type { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import type {
  BundleInput,
  BundleOptions,
  EvidenceSource,
} from '../../../../renderer/src/domain/bundle/bundle-input';
import { assessmentJson } from '../../../../renderer/src/domain/bundle/assessment-json';
import { writeBundle } from '../../../../renderer/src/domain/bundle/build-bundle';
import { createIdentity, type CreatedIdentity } from '../../../../renderer/src/domain/crypto/identity';
import { buildReportPdf } from '../../../../renderer/src/domain/report/build-report';
import { signPdf } from '../../../../renderer/src/domain/report/sign-pdf';
import { EVIDENCE_FILES, fixtureDocument, reportInput, SITE_NAME } from '../report/report-fixture';

const CHUNK = 64 * 1024;

/** Evidence sources over the fixture bytes: the first as a ReadableStream, the others as async generators. */
export function evidenceSources(override?: { index: number; bytes: Uint8Array }): EvidenceSource[] {
  return EVIDENCE_FILES.map((file, index) => {
    const bytes = override?.index === index ? override.bytes : file.bytes;
    const open = () => {
      if (index === 0) {
        let offset = 0;
        return new ReadableStream<Uint8Array>({
          pull(controller) {
            if (offset >= bytes.length) return controller.close();
            controller.enqueue(bytes.slice(offset, offset + CHUNK));
            offset += CHUNK;
          },
        });
      }
      return (async function* () {
        // Each chunk resolves asynchronously, as a storage read would.
        for (let offset = 0; offset < bytes.length; offset += CHUNK) {
          yield await Promise.resolve(bytes.slice(offset, offset + CHUNK));
        }
      })();
    };
    return { sha256: file.sha256, ext: file.ext, size: file.bytes.length, open };
  });
}

export async function makeIdentity(): Promise<CreatedIdentity> {
  const created = await createIdentity({
    name: 'Dana Whitfield',
    organization: 'State Water Authority',
    email: 'dana@example.org',
    passphrase: 'correct horse battery',
  });
  if (!created.ok) throw new Error(created.message);
  return created.value;
}

/** The full export flow as the UI will run it: digest → report → sign PDF → bundle input. */
/** A plain (unplanned) document, so tests can spread and change it. */
/**
 * A complete bundle input for the fixture document, or for `adapt(fixture)`: the report is drawn and signed for
 * the document as finally given, so it names that document's digest (the verifier checks it).
 */
export async function bundleInput(
  identity: CreatedIdentity,
  adapt: (document: AssessmentDocument) => AssessmentDocument = (document) => document,
): Promise<BundleInput & { document: AssessmentDocument }> {
  const document = adapt(fixtureDocument());
  const { sha256 } = assessmentJson(document);
  const signer = {
    name: 'Dana Whitfield',
    organization: 'State Water Authority',
    fingerprint: identity.certificate.fingerprint.colon,
  };
  const pdf = await signPdf(buildReportPdf({ ...reportInput(signer, sha256), document }), {
    signingKey: identity.signingKey,
    certificatePem: identity.certificate.pem,
    name: signer.name,
    reason: `Assessment report for ${SITE_NAME}`,
    location: SITE_NAME,
    contactInfo: 'dana@example.org',
  });
  if (!pdf.ok) throw new Error(pdf.message);
  return {
    document,
    evidence: evidenceSources(),
    reportPdf: pdf.value,
    signerCertificatePem: identity.certificate.pem,
    signingKey: identity.signingKey,
    appVersion: '0.1.0',
    createdAt: '2026-03-04T16:05:00.000Z',
  };
}

/** Streams a bundle to a file on disk, awaiting each write like the Electron save path will. */
export async function writeBundleFile(input: BundleInput, path: string, options: BundleOptions = {}) {
  const out = createWriteStream(path);
  const result = await writeBundle(
    input,
    (chunk) =>
      new Promise<void>((resolve, reject) =>
        out.write(chunk, (error) => (error ? reject(error) : resolve())),
      ),
    options,
  );
  await new Promise<void>((resolve) => out.end(resolve));
  return result;
}
