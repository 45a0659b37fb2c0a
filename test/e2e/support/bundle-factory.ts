/**
 * Builds real bundles in Node for the import journeys, with the app's own exporter: an identity from
 * createIdentity, a report from buildReportPdf signed with signPdf, and writeBundle. Also the two ways a
 * bundle goes wrong in transit (a flipped evidence byte) and sealing with a fresh age identity.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import {
  AREA_CODES,
  ROLE_CODES,
  type EvidenceMeta,
  type PackRef,
} from '../../../renderer/src/domain/assessment/model';
import { writeBundle } from '../../../renderer/src/domain/bundle/build-bundle';
import type { WorkPackage } from '../../../renderer/src/domain/bundle/manifest';
import { assessmentJson } from '../../../renderer/src/domain/bundle/assessment-json';
import { sealBytes } from '../../../renderer/src/domain/bundle/seal';
import { ZipChunkWriter } from '../../../renderer/src/domain/bundle/zip-writer';
import { toHex } from '../../../renderer/src/domain/crypto/bytes';
import { createIdentity } from '../../../renderer/src/domain/crypto/identity';
import { buildReportPdf } from '../../../renderer/src/domain/report/build-report';
import { signPdf } from '../../../renderer/src/domain/report/sign-pdf';
import { fixtureDocument } from './assessment-fixture';

export type Assessor = {
  name: string;
  organization: string;
  signingKey: CryptoKey;
  certificatePem: string;
  /** 64 lowercase hex. */
  fingerprintHex: string;
  fingerprintColon: string;
};

export async function makeAssessor(name = 'Grace Hopper', organization = 'Region 9 CSA'): Promise<Assessor> {
  const created = await createIdentity({
    name,
    organization,
    email: 'grace@example.org',
    passphrase: 'a long test passphrase',
  });
  if (!created.ok) throw new Error(created.message);
  const { certificate, signingKey } = created.value;
  return {
    name,
    organization,
    signingKey,
    certificatePem: certificate.pem,
    fingerprintHex: certificate.fingerprint.compact,
    fingerprintColon: certificate.fingerprint.colon,
  };
}

async function sha256(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes))));
}

function label<K extends string>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, key])) as unknown as Record<K, string>;
}

async function signedReport(assessor: Assessor, document: ReturnType<typeof fixtureDocument>) {
  const pdf = buildReportPdf({
    document,
    labels: {
      packTitle: 'DHS AI Roles and Responsibilities Framework',
      roles: label(ROLE_CODES),
      areas: label(AREA_CODES),
      sectors: { water: 'Water and Wastewater' },
      riskCategories: {},
      riskLevels: {},
      practices: [],
    },
    scores: {
      overall: { percent: null, answered: 0, inScope: 0 },
      completenessPercent: 0,
      byArea: {},
      byRoleArea: {},
    },
    signer: {
      name: assessor.name,
      organization: assessor.organization,
      fingerprint: assessor.fingerprintColon,
    },
    assessmentSha256: assessmentJson(document).sha256,
    generatedAt: '2025-03-05T09:00:00.000Z',
    appVersion: '0.1.0',
  });
  const signed = await signPdf(pdf, {
    signingKey: assessor.signingKey,
    certificatePem: assessor.certificatePem,
    name: assessor.name,
    reason: 'Assessment report',
    location: 'Harbor Pumping Station',
    contactInfo: 'grace@example.org',
  });
  if (!signed.ok) throw new Error(signed.message);
  return signed.value;
}

/** Deterministic, incompressible-looking bytes: `size` of them, made 1 MiB at a time from `seed`. */
function* patternChunks(size: number, seed: number): Generator<Uint8Array> {
  const block = new Uint8Array(2 ** 20);
  let state = seed * 2654435761 || 1;
  for (let done = 0; done < size; done += block.length) {
    for (let i = 0; i < block.length; i += 4) {
      // xorshift32
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      block[i] = state & 0xff;
      block[i + 1] = (state >>> 8) & 0xff;
      block[i + 2] = (state >>> 16) & 0xff;
      block[i + 3] = (state >>> 24) & 0xff;
    }
    yield block.slice(0, Math.min(block.length, size - done));
  }
}

/** A large evidence file for a bundle written to disk: its record and a way to stream its bytes. */
export type LargeEvidence = { meta: EvidenceMeta; open: () => ReadableStream<Uint8Array> };

function largeEvidence(size: number, index: number): LargeEvidence {
  const hash = createHash('sha256');
  for (const chunk of patternChunks(size, index + 1)) hash.update(chunk);
  const sha256 = hash.digest('hex');
  const meta: EvidenceMeta = {
    id: `ev-large-${index}-${sha256.slice(0, 8)}`,
    practiceId: 'CIO-SE-1',
    name: `walkdown-${index}.bin`,
    type: 'application/octet-stream',
    size,
    sha256,
    capturedAt: '2025-02-25T10:00:00.000Z',
  };
  const open = () => {
    const chunks = patternChunks(size, index + 1);
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
    });
  };
  return { meta, open };
}

/**
 * A signed bundle with large evidence files of the given sizes, written by the app's exporter straight to
 * `path` (never whole in memory). Returns the evidence records, with the SHA-256 of each file.
 */
export async function writeLargeBundle(
  assessor: Assessor,
  path: string,
  options: { id: string; revision: number; evidenceSizes: number[] },
): Promise<EvidenceMeta[]> {
  const files = options.evidenceSizes.map((size, index) => largeEvidence(size, index));
  const document = fixtureDocument(
    options.id,
    options.revision,
    files.map((file) => file.meta),
  );
  const out = await open(path, 'w');
  try {
    const written = await writeBundle(
      {
        document,
        evidence: files.map((file) => ({
          sha256: file.meta.sha256,
          ext: 'bin',
          size: file.meta.size,
          open: file.open,
        })),
        reportPdf: await signedReport(assessor, document),
        signerCertificatePem: assessor.certificatePem,
        signingKey: assessor.signingKey,
        appVersion: '0.1.0',
        createdAt: '2025-03-05T09:00:00.000Z',
      },
      async (chunk) => {
        await out.write(chunk);
      },
    );
    if (!written.ok) throw new Error(written.message);
  } finally {
    await out.close();
  }
  return files.map((file) => file.meta);
}

/** A complete signed bundle of the fixture assessment at a revision. */
export async function buildBundle(
  assessor: Assessor,
  options: { id: string; revision: number; evidence?: string[]; pack?: PackRef },
): Promise<Uint8Array> {
  const texts = options.evidence ?? ['Photo of the SCADA screen', 'Interview notes'];
  const files = await Promise.all(
    texts.map(async (text, index) => {
      const bytes = new TextEncoder().encode(text);
      const hash = await sha256(bytes);
      const meta: EvidenceMeta = {
        id: `ev-${index}-${hash.slice(0, 8)}`,
        practiceId: 'CIO-SE-1',
        name: `note-${index}.txt`,
        type: 'text/plain',
        size: bytes.length,
        sha256: hash,
        capturedAt: '2025-02-25T10:00:00.000Z',
      };
      return { bytes, meta };
    }),
  );
  const fixture = fixtureDocument(
    options.id,
    options.revision,
    files.map((f) => f.meta),
  );
  const document = options.pack ? { ...fixture, pack: options.pack } : fixture;
  const chunks: Uint8Array[] = [];
  const written = await writeBundle(
    {
      document,
      evidence: files.map((f) => ({
        sha256: f.meta.sha256,
        ext: 'txt',
        size: f.bytes.length,
        open: () =>
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(f.bytes);
              controller.close();
            },
          }),
      })),
      reportPdf: await signedReport(assessor, document),
      signerCertificatePem: assessor.certificatePem,
      signingKey: assessor.signingKey,
      appVersion: '0.1.0',
      createdAt: '2025-03-05T09:00:00.000Z',
    },
    (chunk) => {
      chunks.push(chunk);
    },
  );
  if (!written.ok) throw new Error(written.message);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The bundle with one byte of an evidence file flipped and the ZIP rebuilt with the app's own writer (so the
 * container is canonical and only the signed content is wrong), not re-signed.
 */
export function withFlippedEvidenceByte(bundle: Uint8Array): Uint8Array {
  const files = unzipSync(bundle);
  const name = Object.keys(files).find((n) => n.startsWith('evidence/'));
  const file = name ? files[name] : undefined;
  if (!name || !file) throw new Error('The bundle has no evidence file.');
  file[0] = (file[0] ?? 0) ^ 0x01;
  const writer = new ZipChunkWriter(new Date('2025-03-05T09:00:00.000Z'));
  const chunks: Uint8Array[] = [];
  for (const [path, bytes] of Object.entries(files)) {
    writer.file(path, bytes, !path.startsWith('evidence/') && path !== 'SHA256SUMS.sig');
    chunks.push(...writer.drain());
  }
  writer.finish();
  chunks.push(...writer.drain());
  return new Uint8Array(Buffer.concat(chunks));
}

/** Seals a bundle to a fresh age identity; returns the sealed bytes and the identity that opens them. */
export async function sealToNewIdentity(
  bundle: Uint8Array,
): Promise<{ sealed: Uint8Array; identity: string }> {
  const identity = await generateX25519Identity();
  const sealed = await sealBytes(bundle, { recipients: [await identityToRecipient(identity)] });
  if (!sealed.ok) throw new Error(sealed.message);
  return { sealed: sealed.value, identity };
}

/**
 * A work-package bundle signed by `assessor` from a document and a package, written by the app's exporter (a
 * return by someone the lead never handed the work to, for the refusal journey).
 */
export async function buildPackageBundle(
  assessor: Assessor,
  document: ReturnType<typeof fixtureDocument>,
  workPackage: WorkPackage,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const written = await writeBundle(
    {
      document,
      evidence: [],
      reportPdf: await signedReport(assessor, document),
      signerCertificatePem: assessor.certificatePem,
      signingKey: assessor.signingKey,
      appVersion: '0.1.0',
      workPackage,
    },
    (chunk) => {
      chunks.push(chunk);
    },
  );
  if (!written.ok) throw new Error(written.message);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
