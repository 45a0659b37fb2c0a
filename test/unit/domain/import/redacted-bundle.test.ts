import { describe, expect, it } from 'vitest';
import { appendEntry } from '../../../../renderer/src/domain/journal/journal';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { redact } from '../../../../renderer/src/domain/redaction/redact';
import type { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import { contentFiles, evidenceFor, makeSigner, packFiles, signFiles } from './helpers/test-bundle';
import { sampleDocument } from './helpers/sample-document';
import { options } from './helpers/verify-options';

const SECTOR_PARTNER = { id: 'sector-partner', categories: [], region: 'Region 4' } as const;

async function redactedDocument(): Promise<AssessmentDocument> {
  const evidence = await evidenceFor('photo of the HMI');
  const journal = [
    appendEntry(undefined, {
      at: '2025-03-01T10:00:00.000Z',
      actor: 'Ada',
      field: 'title',
      oldValue: '',
      newValue: 'x',
    }),
  ];
  return redact(sampleDocument({ evidence: [evidence.meta], journal }), SECTOR_PARTNER).document;
}

/** A bundle as the exporter would sign it, but from these files. */
async function bundleOf(
  signer: Awaited<ReturnType<typeof makeSigner>>,
  files: Awaited<ReturnType<typeof contentFiles>>,
) {
  return packFiles(await signFiles(files, signer));
}

describe('a redacted bundle', () => {
  it('verifies, and the verdict carries the mark of the manifest and the document', async () => {
    const signer = await makeSigner();
    const document = await redactedDocument();
    const files = await contentFiles(signer, {
      document,
      evidence: [],
      manifest: { redaction: document.content.redaction },
    });
    const verdict = await verifyBundle(await bundleOf(signer, files), options());
    expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.value.manifest.redaction).toEqual(document.content.redaction);
    expect(verdict.value.document.content.redaction?.profile).toBe('sector-partner');
    expect(verdict.value.journal.entries).toBe(0);
  });

  it('is refused when the manifest does not repeat the mark of assessment.json', async () => {
    const signer = await makeSigner();
    const document = await redactedDocument();
    const files = await contentFiles(signer, { document, evidence: [] });
    expect(await verifyBundle(await bundleOf(signer, files), options())).toMatchObject({
      ok: false,
      code: 'redaction-inconsistent',
      path: 'redaction',
    });
  });

  it('is refused when the manifest claims a redaction the document does not carry', async () => {
    const signer = await makeSigner();
    const redacted = await redactedDocument();
    const files = await contentFiles(signer, {
      document: sampleDocument(),
      evidence: [],
      manifest: { redaction: redacted.content.redaction },
    });
    expect(await verifyBundle(await bundleOf(signer, files), options())).toMatchObject({
      code: 'redaction-inconsistent',
    });
  });

  it('is refused when it says evidence was removed but carries an evidence file', async () => {
    const signer = await makeSigner();
    const document = await redactedDocument();
    const files = await contentFiles(signer, {
      document,
      evidence: ['a photo that should not be here'],
      manifest: { redaction: document.content.redaction },
    });
    expect(await verifyBundle(await bundleOf(signer, files), options())).toMatchObject({
      code: 'redaction-inconsistent',
      path: 'evidence',
    });
  });

  it('is refused when it says it is redacted but still carries the change journal', async () => {
    const signer = await makeSigner();
    const redacted = await redactedDocument();
    const journal = [
      appendEntry(undefined, {
        at: '2025-03-01T10:00:00.000Z',
        actor: 'Ada',
        field: 'title',
        oldValue: '',
        newValue: 'x',
      }),
    ];
    const document = { ...redacted, journal };
    const files = await contentFiles(signer, {
      document,
      evidence: [],
      manifest: { redaction: document.content.redaction },
    });
    expect(await verifyBundle(await bundleOf(signer, files), options())).toMatchObject({
      code: 'redaction-inconsistent',
      path: 'journal',
    });
  });

  it('is refused when the mark is changed in the manifest only', async () => {
    const signer = await makeSigner();
    const document = await redactedDocument();
    const mark = document.content.redaction;
    if (!mark) throw new Error('no mark');
    const files = await contentFiles(signer, {
      document,
      evidence: [],
      manifest: { redaction: { ...mark, removed: { ...mark.removed, people: mark.removed.people + 1 } } },
    });
    expect(await verifyBundle(await bundleOf(signer, files), options())).toMatchObject({
      code: 'redaction-inconsistent',
    });
  });
});
