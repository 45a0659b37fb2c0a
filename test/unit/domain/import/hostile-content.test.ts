/**
 * Named hostile-content cases: properly signed bundles (often by the bundle's own key, so only the checked
 * property is wrong) whose signature encoding, SHA256SUMS form, JSON, schema limits, journal or report a
 * conforming exporter never writes. Each asserts its own refusal code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import { toHex, utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { signDetached } from '../../../../renderer/src/domain/crypto/sign';
import { appendEntry } from '../../../../renderer/src/domain/journal/journal';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import type { VerifyCode } from '../../../../renderer/src/domain/import/verify-codes';
import { sampleDocument } from './helpers/sample-document';
import {
  canonicalJsonBytes,
  contentFiles,
  makeSigner,
  packFiles,
  reportFor,
  signFiles,
  validBundle,
  type BundleFile,
  type TestSigner,
} from './helpers/test-bundle';
import { signedReport, unsignedReport } from './helpers/test-report';
import { options } from './helpers/verify-options';

let signer: TestSigner;
let mallory: TestSigner;
let valid: { files: BundleFile[]; bytes: Uint8Array };
const dir = mkdtempSync(join(tmpdir(), 'airr-hostile-'));

beforeAll(async () => {
  signer = await makeSigner();
  mallory = await makeSigner('Mallory');
  valid = await validBundle(signer);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function codeOf(bytes: Uint8Array): Promise<VerifyCode | 'ok'> {
  const verdict = await verifyBundle(bytes, options());
  return verdict.ok ? 'ok' : verdict.code;
}

const fileOf = (files: readonly BundleFile[], name: string) =>
  files.find((f) => f.name === name)?.bytes ?? new Uint8Array();
const replace = (files: readonly BundleFile[], name: string, bytes: Uint8Array) =>
  files.map((f) => (f.name === name ? { name, bytes } : f));

/** The valid files with SHA256SUMS replaced by `sums` and signed properly by the bundle's key. */
async function withSums(sums: Uint8Array): Promise<Uint8Array> {
  const signature = await signDetached(signer.privateKey, sums);
  return packFiles(replace(replace(valid.files, 'SHA256SUMS', sums), 'SHA256SUMS.sig', signature));
}

/** The valid files with the signature replaced (SHA256SUMS unchanged). */
const withSignature = (signature: Uint8Array) => packFiles(replace(valid.files, 'SHA256SUMS.sig', signature));

/** A bundle of this exact assessment.json text, with manifest digest and report to match, signed. */
async function withAssessmentText(text: string, report?: (sha: string) => Promise<Uint8Array>) {
  const bytes = utf8(text);
  const sha = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes))));
  const manifest = JSON.parse(new TextDecoder().decode(fileOf(valid.files, 'manifest.json'))) as Record<
    string,
    unknown
  >;
  manifest.assessmentSha256 = sha;
  let files = replace(valid.files, 'assessment.json', bytes);
  files = replace(files, 'manifest.json', canonicalJsonBytes(manifest));
  files = replace(files, 'report.pdf', await (report ?? ((digest) => reportFor(signer, digest)))(sha));
  return packFiles(await signFiles(files, signer));
}

const assessmentText = () => new TextDecoder().decode(fileOf(valid.files, 'assessment.json'));

/** A bundle of a whole document (canonical JSON), with the evidence files of the valid bundle. */
async function withDocument(document: AssessmentDocument, report?: (sha: string) => Promise<Uint8Array>) {
  return withAssessmentText(new TextDecoder().decode(canonicalJsonBytes(document)), report);
}

const validDocument = () => JSON.parse(assessmentText()) as AssessmentDocument;

/** The longest DER encoding of a P-256 ECDSA signature: SEQUENCE of two 33-byte INTEGERs. */
const P256_MAX_DER = 72;

describe('SHA256SUMS.sig must be strict DER, as openssl requires', () => {
  function variants(der: Uint8Array): Record<string, Uint8Array> {
    const body = der.subarray(2);
    const rLength = der[3] ?? 0;
    const r = der.subarray(4, 4 + rLength);
    const rest = der.subarray(4 + rLength);
    return {
      'long-form SEQUENCE length': new Uint8Array([0x30, 0x81, der[1] ?? 0, ...body]),
      'a redundant leading zero in r': new Uint8Array([
        0x30,
        (der[1] ?? 0) + 1,
        0x02,
        rLength + 1,
        0x00,
        ...r,
        ...rest,
      ]),
      'a trailing byte after the SEQUENCE': new Uint8Array([...der, 0x00]),
      'a trailing byte inside the SEQUENCE': new Uint8Array([0x30, (der[1] ?? 0) + 1, ...body, 0x00]),
    };
  }

  it('accepts the exporter signature, which openssl also verifies', async () => {
    const sums = fileOf(valid.files, 'SHA256SUMS');
    writeFileSync(join(dir, 'SHA256SUMS'), sums);
    writeFileSync(join(dir, 'signer.pem'), signer.certificate.pem);
    execFileSync('openssl', [
      'x509',
      '-in',
      join(dir, 'signer.pem'),
      '-pubkey',
      '-noout',
      '-out',
      join(dir, 'pub.pem'),
    ]);
    writeFileSync(join(dir, 'ok.sig'), fileOf(valid.files, 'SHA256SUMS.sig'));
    const out = execFileSync(
      'openssl',
      [
        'dgst',
        '-sha256',
        '-verify',
        join(dir, 'pub.pem'),
        '-signature',
        join(dir, 'ok.sig'),
        join(dir, 'SHA256SUMS'),
      ],
      { encoding: 'utf8' },
    );
    expect(out).toContain('Verified OK');
    expect(await codeOf(valid.bytes)).toBe('ok');
  });

  it.each([
    'long-form SEQUENCE length',
    'a redundant leading zero in r',
    'a trailing byte after the SEQUENCE',
    'a trailing byte inside the SEQUENCE',
  ])('refuses %s as non-canonical-signature, and so does openssl', async (name) => {
    const signature = variants(fileOf(valid.files, 'SHA256SUMS.sig'))[name] ?? new Uint8Array();
    const path = join(dir, 'variant.sig');
    writeFileSync(path, signature);
    let opensslAccepted = true;
    try {
      execFileSync(
        'openssl',
        ['dgst', '-sha256', '-verify', join(dir, 'pub.pem'), '-signature', path, join(dir, 'SHA256SUMS')],
        { stdio: 'pipe' },
      );
    } catch {
      opensslAccepted = false;
    }
    // `openssl dgst` reads at most EVP_PKEY_get_size bytes (72 for P-256) of a signature file: when the
    // exporter's signature is already 72 bytes long, a byte appended after it is never read, so openssl
    // verifies the original. The app refuses the longer file either way.
    const unreadByOpenssl = name === 'a trailing byte after the SEQUENCE' && signature.length > P256_MAX_DER;
    expect(opensslAccepted).toBe(unreadByOpenssl);
    expect(await codeOf(withSignature(signature))).toBe('non-canonical-signature');
  });
});

describe('SHA256SUMS must be in exactly the form the exporter writes', () => {
  const sums = () => new TextDecoder().decode(fileOf(valid.files, 'SHA256SUMS'));

  it.each<[string, (text: string) => string, VerifyCode]>([
    ['a byte order mark', (text) => `\ufeff${text}`, 'sha256sums-bom'],
    ['CRLF line endings', (text) => text.replace(/\n/g, '\r\n'), 'sha256sums-line-ending'],
    ['no final line feed', (text) => text.slice(0, -1), 'sha256sums-no-final-newline'],
    ['a line twice', (text) => text + text.split('\n')[0] + '\n', 'sha256sums-duplicate'],
    [
      'lines out of order',
      (text) => text.split('\n').slice(0, -1).reverse().join('\n') + '\n',
      'sha256sums-unsorted',
    ],
    ['binary-mode markers', (text) => text.replace(/ {2}/g, ' *'), 'sha256sums-malformed'],
    ['an empty line', (text) => `\n${text}`, 'sha256sums-malformed'],
  ])('refuses %s, even when signed', async (_what, edit, code) => {
    expect(await codeOf(await withSums(utf8(edit(sums()))))).toBe(code);
  });

  it('refuses a SHA256SUMS that lists itself', async () => {
    const line = `${'0'.repeat(64)}  SHA256SUMS\n`;
    const lines = [...sums().split('\n').slice(0, -1), line.trimEnd()].sort((a, b) =>
      a.slice(66) < b.slice(66) ? -1 : 1,
    );
    expect(await codeOf(await withSums(utf8(lines.join('\n') + '\n')))).toBe('sha256sums-malformed');
  });
});

describe('signed JSON must have one value per key and bounded nesting', () => {
  it('refuses a duplicate key in assessment.json', async () => {
    const text = assessmentText();
    expect(await codeOf(await withAssessmentText(`{"revision":99,${text.slice(1)}`))).toBe(
      'duplicate-json-key',
    );
  });

  it('refuses a duplicate key spelled with an escape', async () => {
    const text = assessmentText();
    expect(await codeOf(await withAssessmentText(`{"r\\u0065vision":99,${text.slice(1)}`))).toBe(
      'duplicate-json-key',
    );
  });

  it('refuses a duplicate key in manifest.json', async () => {
    const manifest = new TextDecoder().decode(fileOf(valid.files, 'manifest.json'));
    const files = replace(valid.files, 'manifest.json', utf8(`{"revision":99,${manifest.slice(1)}`));
    expect(await codeOf(packFiles(await signFiles(files, signer)))).toBe('duplicate-json-key');
  });

  it('refuses 100,000 levels of nesting before parsing it', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = assessmentText().replace('"journal":[]', `"journal":[${deep}]`);
    expect(await codeOf(await withAssessmentText(text))).toBe('json-too-deep');
  });

  it('refuses a pretty-printed or reordered assessment.json as non-canonical-json', async () => {
    const document = validDocument();
    expect(await codeOf(await withAssessmentText(JSON.stringify(document, null, 2)))).toBe(
      'non-canonical-json',
    );
    const { format, ...rest } = document;
    expect(await codeOf(await withAssessmentText(JSON.stringify({ ...rest, format })))).toBe(
      'non-canonical-json',
    );
  });

  it('refuses a manifest.json with whitespace as non-canonical-json', async () => {
    const manifest = JSON.parse(new TextDecoder().decode(fileOf(valid.files, 'manifest.json'))) as unknown;
    const files = replace(valid.files, 'manifest.json', utf8(JSON.stringify(manifest, null, 1)));
    expect(await codeOf(packFiles(await signFiles(files, signer)))).toBe('non-canonical-json');
  });

  it('still reads keys that merely repeat in different objects, and brackets inside strings', async () => {
    const document = validDocument();
    document.content.title = 'A title with {"revision":1} and [[[ in it';
    expect(await codeOf(await withDocument(document))).toBe('ok');
  });
});

/** Text that does not compress far (so the ratio check does not fire first). */
function noise(length: number): string {
  let x = 7;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += String.fromCharCode(97 + ((x >>> 24) % 26));
  }
  return out;
}

describe('schema limits: the verifier accepts only what storage can hold', () => {
  function journalWith(value: unknown) {
    return [
      appendEntry(undefined, {
        at: '2025-03-01T10:00:00.000Z',
        actor: 'Ada',
        field: 'content.title',
        oldValue: null,
        newValue: value,
      }),
    ];
  }

  it.each<[string, () => Partial<AssessmentDocument>, string]>([
    ['a 1 MB journal string', () => ({ journal: journalWith(noise(1_000_000)) }), 'journal.0.newValue'],
    [
      'a journal value nested 30 deep',
      () => ({ journal: journalWith(JSON.parse(`${'['.repeat(30)}1${']'.repeat(30)}`) as unknown) }),
      'journal.0.newValue',
    ],
    [
      'a journal list of 20,000 items',
      () => ({ journal: journalWith(Array.from({ length: 20_000 }, () => 0)) }),
      'journal.0.newValue',
    ],
    [
      'a record of 6,000 answers',
      () => ({
        content: {
          ...sampleDocument().content,
          answers: Object.fromEntries(
            Array.from({ length: 6_000 }, (_, i) => [
              `P-${i}`,
              { status: 'not-assessed', notes: '', justification: '', systemIds: [] },
            ]),
          ),
        },
      }),
      'content.answers',
    ],
    [
      'a 100,000-character title',
      () => ({ content: { ...sampleDocument().content, title: 'x'.repeat(100_000) } }),
      'content.title',
    ],
  ])('refuses %s as schema-violation at its path', async (_what, change, path) => {
    const document = { ...validDocument(), ...change() } as AssessmentDocument;
    const verdict = await verifyBundle(await withDocument(document), options());
    expect(verdict.ok ? 'ok' : [verdict.code, verdict.path]).toEqual(['schema-violation', path]);
  });
});

describe('the journal hash chain is part of the verdict', () => {
  function chain(): AssessmentDocument['journal'] {
    const first = appendEntry(undefined, {
      at: '2025-03-01T10:00:00.000Z',
      actor: 'Ada',
      field: 'content.title',
      oldValue: '',
      newValue: 'Plant 7',
    });
    const second = appendEntry(first, {
      at: '2025-03-01T10:05:00.000Z',
      actor: 'Ada',
      field: 'answers.CIO-SE-1.status',
      oldValue: 'not-assessed',
      newValue: 'partial',
    });
    return [first, second];
  }

  it('reports an intact chain with its number of entries', async () => {
    const verdict = await verifyBundle(
      await withDocument({ ...validDocument(), journal: chain() }),
      options(),
    );
    expect(verdict.ok && verdict.value.journal).toEqual({ intact: true, entries: 2 });
  });

  it('refuses an edited entry as journal-broken', async () => {
    const [first, second] = chain();
    const edited = { ...second!, newValue: 'implemented' };
    expect(await codeOf(await withDocument({ ...validDocument(), journal: [first!, edited] }))).toBe(
      'journal-broken',
    );
  });

  it('refuses a removed first entry as journal-broken', async () => {
    const [, second] = chain();
    expect(await codeOf(await withDocument({ ...validDocument(), journal: [second!] }))).toBe(
      'journal-broken',
    );
  });
});

describe('report.pdf is verified as a signature of its own', () => {
  it('refuses a report signed by another key as report-signer-mismatch', async () => {
    const other = (sha: string) => reportFor(mallory, sha);
    expect(await codeOf(await withDocument(validDocument(), other))).toBe('report-signer-mismatch');
  });

  it('refuses a report naming another assessment digest as report-digest-mismatch', async () => {
    const wrong = () => reportFor(signer, 'b'.repeat(64));
    expect(await codeOf(await withDocument(validDocument(), wrong))).toBe('report-digest-mismatch');
  });

  it('refuses a signed report that names no digest as report-digest-mismatch', async () => {
    const jsPdfWithoutKeywords = unsignedReport('c'.repeat(64));
    const text = new TextDecoder('windows-1252')
      .decode(jsPdfWithoutKeywords)
      .replace(/assessment-sha256 c{64}/, 'x'.repeat(82));
    const pdf = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
    const report = () =>
      signedReport({ signingKey: signer.privateKey, certificatePem: signer.certificate.pem }, '', pdf);
    expect(await codeOf(await withDocument(validDocument(), report))).toBe('report-digest-mismatch');
  });

  it('accepts a report from before the digest keyword when its pages print the right digest', async () => {
    // Earlier exporters printed the digest on the cover and signature pages only; same-length filler keeps
    // the PDF's cross-reference offsets valid.
    const legacy = (sha: string) => {
      const text = new TextDecoder('windows-1252')
        .decode(unsignedReport(sha))
        .replace(`assessment-sha256 ${sha}`, 'x'.repeat(82));
      const pdf = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
      return signedReport({ signingKey: signer.privateKey, certificatePem: signer.certificate.pem }, '', pdf);
    };
    expect(await codeOf(await withDocument(validDocument(), legacy))).toBe('ok');
  });

  it('refuses an unsigned report as report-unsigned', async () => {
    expect(
      await codeOf(await withDocument(validDocument(), (sha) => Promise.resolve(unsignedReport(sha)))),
    ).toBe('report-unsigned');
  });

  it('refuses a report changed after it was signed as report-signature-invalid', async () => {
    const changed = async (sha: string) => {
      const pdf = (await reportFor(signer, sha)).slice();
      const at = new TextDecoder('windows-1252').decode(pdf).indexOf('/Title (') + 8;
      pdf[at] = (pdf[at] ?? 0) ^ 0x01;
      return pdf;
    };
    expect(await codeOf(await withDocument(validDocument(), changed))).toBe('report-signature-invalid');
  });

  it('accepts the report of the real exporter (report tests build it with buildReportPdf)', async () => {
    const files = await contentFiles(signer);
    expect(await codeOf(packFiles(await signFiles(files, signer)))).toBe('ok');
  });
});
