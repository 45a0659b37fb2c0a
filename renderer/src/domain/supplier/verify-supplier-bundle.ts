/**
 * Strict, verify-first reading of a supplier request or response bundle, with the assessment import's own
 * machinery and in its order: the ZIP container exactly as the exporter writes it and the layout of the
 * expected kind (declarations only); then SHA256SUMS.sig by signer.pem over the exact SHA256SUMS; then
 * SHA256SUMS in its exact form, listing exactly the other files, each hashing to its line; only then is any
 * JSON parsed (strict, canonical, then zod), and the manifest, the document and the attachment files must
 * agree. A sealed (.age) file is opened first with the key given. Nothing is trusted here: who the signer is
 * to this device (trusted, pinned, unknown) is the caller's decision from `signer.fingerprint`.
 */
import type { z } from 'zod';
import { BUNDLE_FORMAT_ID } from '../bundle/manifest';
import { fromUtf8 } from '../crypto/bytes';
import { isRecord } from '../is-record';
import { checkEntries, type BundleLayout } from '../import/bundle-layout';
import { bytesSource, fileSource, type BundleSource } from '../import/bundle-source';
import { DEFAULT_LIMITS, SMALL_FILE_MAX_BYTES, type Limits } from '../import/limits';
import { isSealed, openSealed, type SealedKey } from '../import/open-sealed';
import { checkSignature, validityWarnings } from '../import/signer-check';
import { parseStrictJson } from '../import/strict-json';
import {
  reject,
  shownName,
  type SealedCode,
  type Verified,
  type VerifyFailure,
} from '../import/verify-codes';
import { checkFileList } from '../import/verify-files';
import { readEntry, sha256Hex, type InflateBudget } from '../import/zip-entry';
import { readZipDirectory, type ZipEntryInfo } from '../import/zip-directory';
import { success, type Failure, type Result } from '../result';
import { SupplierRequestDocument, SupplierResponseDocument } from './supplier-documents';
import {
  SUPPLIER_BUNDLE_FILES as FILES,
  SUPPLIER_BUNDLE_FORMAT_VERSION,
  SupplierBundleManifest,
} from './supplier-manifest';

export type SupplierBundleKind = SupplierBundleManifest['kind'];

const ATTACHMENT = /^attachments\/([0-9a-f]{64})(?:\.([a-z0-9]{1,16}))?$/;
/** A request or response document is small: bounded lists of bounded strings (supplier-documents.ts). */
const DOCUMENT_MAX_BYTES = 32 * 2 ** 20;
const PDF_MAX_BYTES = 64 * 2 ** 20;
const PDF_MAGIC = '%PDF-';

/** One verified attachment file of a response. */
export type VerifiedAttachment = { sha256: string; ext: string; size: number; blob: Blob };

type DocumentOf<K extends SupplierBundleKind> = K extends 'supplier-request'
  ? SupplierRequestDocument
  : SupplierResponseDocument;

/** Everything in a supplier bundle, verified. */
export type VerifiedSupplierBundle<K extends SupplierBundleKind = SupplierBundleKind> = {
  kind: K;
  manifest: SupplierBundleManifest;
  document: DocumentOf<K>;
  /** SHA-256 of the signed SHA256SUMS: a response quotes its request's; import keeps it to spot a re-import. */
  sumsSha256: string;
  signer: {
    /** 64 lowercase hex (SHA-256 of the DER certificate). */
    fingerprint: string;
    /** The certificate's common name. */
    name: string;
    organization: string;
    certificatePem: string;
  };
  /** Always empty for a request. */
  attachments: VerifiedAttachment[];
  /** request.pdf or response.pdf. */
  pdf: Uint8Array;
  /** Certificate dates and the like: shown, never a refusal. */
  warnings: string[];
};

export type SupplierVerdict<K extends SupplierBundleKind> = Result<
  VerifiedSupplierBundle<K>,
  VerifyFailure['code'] | SealedCode,
  VerifyFailure | Failure<SealedCode>
>;

export type SupplierVerifyOptions = {
  limits?: Partial<Limits>;
  /** To open a sealed (.age) file: an age identity or the passphrase. */
  key?: SealedKey;
  /** "Now" for certificate validity warnings. */
  now?: Date;
};

const OTHER_KIND: Record<SupplierBundleKind, SupplierBundleKind> = {
  'supplier-request': 'supplier-response',
  'supplier-response': 'supplier-request',
};

function documentFile(kind: SupplierBundleKind): string {
  return kind === 'supplier-request' ? FILES.request : FILES.response;
}

function pdfFile(kind: SupplierBundleKind): string {
  return kind === 'supplier-request' ? FILES.requestPdf : FILES.responsePdf;
}

function layoutOf(kind: SupplierBundleKind): BundleLayout {
  const required = [
    FILES.manifest,
    documentFile(kind),
    pdfFile(kind),
    FILES.signerCertificate,
    FILES.sums,
    FILES.sumsSignature,
  ];
  return {
    required,
    isAllowed: (name) => required.includes(name) || (kind === 'supplier-response' && ATTACHMENT.test(name)),
    capOf: (name) => {
      if (name === documentFile(kind)) return DOCUMENT_MAX_BYTES;
      if (name === pdfFile(kind)) return PDF_MAX_BYTES;
      return SMALL_FILE_MAX_BYTES[name];
    },
  };
}

const WHERE_TO_OPEN: Record<SupplierBundleKind | 'assessment' | 'backup', string> = {
  'supplier-request':
    'This file is a supplier request: open it under Suppliers, “Answer a request you received”.',
  'supplier-response':
    'This file is a supplier response: import it under Suppliers, on the request it answers.',
  assessment: 'This file is an assessment bundle: open it with Import on the assessments screen.',
  backup: 'This file is a backup of a whole library: restore it under Settings.',
};

/** The kind the names say the file is, when it is not the one expected: refused before anything is read. */
function kindProblem(names: ReadonlySet<string>, expected: SupplierBundleKind): VerifyFailure | null {
  const other = OTHER_KIND[expected];
  const found = names.has(documentFile(other))
    ? other
    : names.has('assessment.json')
      ? 'assessment'
      : names.has('backup.json')
        ? 'backup'
        : null;
  if (!found || names.has(documentFile(expected))) return null;
  return reject('wrong-bundle-kind', WHERE_TO_OPEN[found], {
    file: found === other ? documentFile(other) : undefined,
  });
}

function schemaFailure(file: string, error: z.ZodError): VerifyFailure {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '$';
  return reject(
    'schema-violation',
    `${file} is not valid at “${path}”: ${issue?.message ?? 'invalid value'}.`,
    {
      file,
      path,
    },
  );
}

function readManifest(bytes: Uint8Array, expected: SupplierBundleKind): Verified<SupplierBundleManifest> {
  const json = parseStrictJson(bytes, FILES.manifest);
  if (!json.ok) return json;
  const where = { file: FILES.manifest };
  if (!isRecord(json.value) || json.value.format !== BUNDLE_FORMAT_ID) {
    return reject(
      'unknown-format-version',
      `manifest.json does not describe an ${BUNDLE_FORMAT_ID} bundle.`,
      {
        ...where,
        path: 'format',
      },
    );
  }
  if (json.value.formatVersion !== SUPPLIER_BUNDLE_FORMAT_VERSION) {
    const version =
      typeof json.value.formatVersion === 'number' ? String(json.value.formatVersion) : 'unknown';
    return reject(
      'unknown-format-version',
      `The supplier bundle is format version ${version}; this app reads version ${SUPPLIER_BUNDLE_FORMAT_VERSION}. Update the app to open it.`,
      { ...where, path: 'formatVersion' },
    );
  }
  if (json.value.kind !== expected) {
    const kind = json.value.kind;
    const known = kind === 'supplier-request' || kind === 'supplier-response';
    return reject('wrong-bundle-kind', known ? WHERE_TO_OPEN[kind] : WHERE_TO_OPEN.assessment, {
      ...where,
      path: 'kind',
    });
  }
  const parsed = SupplierBundleManifest.safeParse(json.value);
  return parsed.success ? success(parsed.data) : schemaFailure(FILES.manifest, parsed.error);
}

function readDocument<K extends SupplierBundleKind>(bytes: Uint8Array, kind: K): Verified<DocumentOf<K>> {
  const file = documentFile(kind);
  const json = parseStrictJson(bytes, file);
  if (!json.ok) return json;
  const schema = kind === 'supplier-request' ? SupplierRequestDocument : SupplierResponseDocument;
  const parsed = schema.safeParse(json.value);
  return parsed.success ? success(parsed.data as DocumentOf<K>) : schemaFailure(file, parsed.error);
}

type Attachment = { path: string; sha256: string; ext: string; bytes: Uint8Array<ArrayBuffer> };

/** Manifest, document and attachment files must tell one story. */
function crossCheck(
  kind: SupplierBundleKind,
  manifest: SupplierBundleManifest,
  document: SupplierRequestDocument | SupplierResponseDocument,
  documentSha256: string,
  attachments: readonly Attachment[],
): VerifyFailure | null {
  const file = documentFile(kind);
  if (manifest.documentSha256 !== documentSha256) {
    return reject('supplier-digest-mismatch', `manifest.json records a different SHA-256 for ${file}.`, {
      file: FILES.manifest,
      path: 'documentSha256',
    });
  }
  if (manifest.documentId !== document.id) {
    return reject('supplier-id-mismatch', `manifest.json and ${file} name different ids.`, {
      file,
      path: 'id',
    });
  }
  if (manifest.attachmentCount !== attachments.length) {
    return reject(
      'supplier-attachment-count',
      `manifest.json counts ${manifest.attachmentCount} attachment(s), but the bundle holds ${attachments.length}.`,
      { file: FILES.manifest, path: 'attachmentCount' },
    );
  }
  if (!('attachments' in document)) return null;
  const byHash = new Map(attachments.map((attachment) => [attachment.sha256, attachment]));
  for (const [index, meta] of document.attachments.entries()) {
    const found = byHash.get(meta.sha256);
    const where = { file, path: `attachments.${index}` };
    if (!found) {
      return reject(
        'supplier-attachment-mismatch',
        `The response lists ${shownName(meta.name)}, which the bundle lacks.`,
        where,
      );
    }
    if (found.bytes.length !== meta.size) {
      return reject(
        'supplier-attachment-mismatch',
        `The response lists ${shownName(meta.name)} as ${meta.size} bytes, but the file holds ${found.bytes.length}.`,
        where,
      );
    }
  }
  const cited = new Set(document.attachments.map((meta) => meta.sha256));
  const extra = attachments.find((attachment) => !cited.has(attachment.sha256));
  if (extra) {
    return reject(
      'supplier-attachment-mismatch',
      `${shownName(extra.path)} is in the bundle but the response lists no such file.`,
      {
        file: extra.path,
      },
    );
  }
  return null;
}

async function verify<K extends SupplierBundleKind>(
  source: BundleSource,
  kind: K,
  options: SupplierVerifyOptions,
): Promise<SupplierVerdict<K>> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (source.size > limits.maxBundleBytes) {
    return reject(
      'too-large',
      `The file is ${source.size} bytes; at most ${limits.maxBundleBytes} are accepted.`,
    );
  }
  const directory = await readZipDirectory(source, limits);
  if (!directory.ok) return directory;
  const wrongKind = kindProblem(new Set(directory.value.map((entry) => entry.name)), kind);
  if (wrongKind) return wrongKind;
  const entries = checkEntries(directory.value, limits, layoutOf(kind));
  if (!entries.ok) return entries;
  const byName = new Map<string, ZipEntryInfo>(entries.value.map((entry) => [entry.name, entry]));
  const budget: InflateBudget = { remaining: limits.maxTotalBytes };
  const contents = new Map<string, Uint8Array<ArrayBuffer>>();
  const read = async (name: string): Promise<Verified<Uint8Array<ArrayBuffer>>> => {
    const known = contents.get(name);
    if (known) return success(known);
    const entry = byName.get(name);
    if (!entry) return reject('missing-file', `The bundle has no ${name}.`, { file: name });
    const bytes = await readEntry(source, entry, budget);
    if (bytes.ok) contents.set(name, bytes.value);
    return bytes;
  };

  const sums = await read(FILES.sums);
  if (!sums.ok) return sums;
  const signature = await read(FILES.sumsSignature);
  if (!signature.ok) return signature;
  const pem = await read(FILES.signerCertificate);
  if (!pem.ok) return pem;
  const signed = await checkSignature(pem.value, sums.value, signature.value);
  if (!signed.ok) return signed;
  const certificate = signed.value;

  const listed = checkFileList(sums.value, [...byName.keys()]);
  if (!listed.ok) return listed;
  for (const line of listed.value) {
    const bytes = await read(line.path);
    if (!bytes.ok) return bytes;
    const actual = await sha256Hex(bytes.value);
    const named = ATTACHMENT.exec(line.path)?.[1];
    if (actual !== line.sha256 || (named !== undefined && named !== actual)) {
      return reject('hash-mismatch', `${shownName(line.path)} does not match its SHA-256 in SHA256SUMS.`, {
        file: line.path,
      });
    }
  }

  const manifest = readManifest(contents.get(FILES.manifest) ?? new Uint8Array(), kind);
  if (!manifest.ok) return manifest;
  if (manifest.value.signerFingerprint !== certificate.fingerprint.compact) {
    return reject('fingerprint-mismatch', 'manifest.json names a different signer than signer.pem.', {
      file: FILES.manifest,
      path: 'signerFingerprint',
    });
  }
  const documentBytes = contents.get(documentFile(kind)) ?? new Uint8Array();
  const document = readDocument(documentBytes, kind);
  if (!document.ok) return document;
  const attachments: Attachment[] = [];
  for (const [path, bytes] of contents) {
    const match = ATTACHMENT.exec(path);
    if (match?.[1]) attachments.push({ path, sha256: match[1], ext: match[2] ?? '', bytes });
  }
  const documentSha256 = listed.value.find((line) => line.path === documentFile(kind))?.sha256 ?? '';
  const problem = crossCheck(kind, manifest.value, document.value, documentSha256, attachments);
  if (problem) return problem;
  const pdf = contents.get(pdfFile(kind)) ?? new Uint8Array();
  if (String.fromCharCode(...pdf.subarray(0, PDF_MAGIC.length)) !== PDF_MAGIC) {
    return reject('schema-violation', `${pdfFile(kind)} is not a PDF file.`, { file: pdfFile(kind) });
  }
  return success({
    kind,
    manifest: manifest.value,
    document: document.value,
    sumsSha256: await sha256Hex(sums.value),
    signer: {
      fingerprint: certificate.fingerprint.compact,
      name: certificate.subject.name,
      organization: certificate.subject.organization,
      certificatePem: fromUtf8(pem.value),
    },
    attachments: attachments.map(({ sha256, ext, bytes }) => ({
      sha256,
      ext,
      size: bytes.length,
      blob: new Blob([bytes]),
    })),
    pdf,
    warnings: validityWarnings(certificate, manifest.value.createdAt, options.now ?? new Date()),
  });
}

/** The first bytes of a file, to tell a sealed one from a ZIP. */
async function headOf(input: Uint8Array | Blob): Promise<Uint8Array> {
  return input instanceof Uint8Array
    ? input.subarray(0, 64)
    : new Uint8Array(await input.slice(0, 64).arrayBuffer());
}

/**
 * Verifies a supplier bundle of the expected kind (bytes, or a picked file read slice by slice; a sealed file
 * is opened with `options.key` first) and returns everything in it, checked, or one refusal with a stable
 * code and a sentence. Never throws.
 */
export async function verifySupplierBundle<K extends SupplierBundleKind>(
  input: Uint8Array | Blob,
  expectedKind: K,
  options: SupplierVerifyOptions = {},
): Promise<SupplierVerdict<K>> {
  try {
    let source = input instanceof Uint8Array ? bytesSource(input) : fileSource(input);
    const head = await headOf(input);
    if (isSealed(head)) {
      const maxBytes = { ...DEFAULT_LIMITS, ...options.limits }.maxBundleBytes;
      const opened = await openSealed(input, options.key ?? {}, { maxBytes, head });
      if (!opened.ok) return opened;
      source = bytesSource(opened.value);
    }
    return await verify(source, expectedKind, options);
  } catch {
    return reject('not-a-zip', 'The file could not be read as a supplier bundle.');
  }
}
