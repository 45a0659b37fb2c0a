import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleManifest } from '../../../../renderer/src/domain/bundle/manifest';
import { createIdentity } from '../../../../renderer/src/domain/crypto/identity';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import type { RedactionProfile } from '../../../../renderer/src/domain/redaction/profiles';
import { applyChange, createAssessment } from '../../../../renderer/src/storage/assessment-repository';
import {
  addItem,
  answerField,
  contentField,
  setField,
} from '../../../../renderer/src/storage/content-binding';
import { openDatabase } from '../../../../renderer/src/storage/database';
import { addEvidence } from '../../../../renderer/src/storage/evidence-repository';
import { runExport } from '../../../../renderer/src/services/export/run-export';
import { BUILT_IN_PACK_REF } from '../../../../renderer/src/ui/common/framework';
import { fakePlatform, joined } from './fake-platform';

const SECRET = {
  site: 'Osprey Ridge Filtration',
  title: 'Osprey spring visit',
  assessor: 'Tamsin Okafor',
  organization: 'Okafor Field Services',
  note: 'Shift lead Bartholomew keeps the PLC key in drawer 3',
  evidenceName: 'bartholomew-drawer.jpg',
  evidenceBytes: 'EVIDENCE-BYTES-osprey-7f3a',
};

async function seeded() {
  const db = openDatabase(`airr-redacted-export-${Date.now()}-${Math.random()}`);
  await db.open();
  const created = await createAssessment(
    db,
    { title: SECRET.title, siteName: SECRET.site, sector: 'water-and-wastewater-systems' },
    BUILT_IN_PACK_REF,
    'Tamsin Okafor (tester)',
  );
  if (!created.ok) throw new Error(created.message);
  const change = async (made: Parameters<typeof applyChange>[2]) => {
    const saved = await applyChange(db, created.value, made, 'Tamsin Okafor (tester)');
    if (!saved.ok) throw new Error(saved.message);
  };
  const content = (await db.contents.get(created.value))!.content;
  await change(setField(contentField(content, 'roles'), ['CIO']));
  await change(addItem('assessors', { id: 'a1', name: SECRET.assessor, organization: SECRET.organization }));
  await change(setField(answerField(content, 'CIO-SE-1', 'status'), 'implemented'));
  await change(setField(answerField(content, 'CIO-SE-1', 'notes'), SECRET.note));
  const bytes = new TextEncoder().encode(SECRET.evidenceBytes);
  await addEvidence(
    db,
    created.value,
    {
      id: 'ev-1',
      practiceId: 'CIO-SE-1',
      name: SECRET.evidenceName,
      type: 'image/jpeg',
      size: bytes.length,
      sha256: bytesToHex(sha256(bytes)),
      capturedAt: '2026-03-03T12:00:00.000Z',
      blob: new Blob([bytes], { type: 'image/jpeg' }),
    },
    'tester',
  );
  const identity = await createIdentity({
    name: 'Signing Office',
    organization: 'Utility security',
    email: '',
    passphrase: 'a long enough passphrase',
  });
  if (!identity.ok) throw new Error(identity.message);
  const signer = { record: identity.value.record, signingKey: identity.value.signingKey };
  return { db, id: created.value, signer, fingerprint: identity.value.record.fingerprint };
}

async function exported(seed: Awaited<ReturnType<typeof seeded>>, redaction: RedactionProfile) {
  const { platform, saved } = fakePlatform();
  const result = await runExport(seed.db, {
    platform,
    assessmentId: seed.id,
    signer: seed.signer,
    seal: null,
    redaction,
    signal: new AbortController().signal,
    onProgress: () => undefined,
    onWriting: () => undefined,
  });
  if (!result.ok) throw new Error(result.message);
  return { bytes: joined(saved[0]!), name: saved[0]!.options.suggestedName };
}

function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'airr-redacted-pdf-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), pdf);
    return execFileSync('pdftotext', ['report.pdf', '-'], { cwd: dir, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a redacted export', () => {
  it('leaves every removed value out of every file, the report text and the file name', async () => {
    const seed = await seeded();
    const { bytes, name } = await exported(seed, {
      id: 'sector-partner',
      categories: [],
      region: 'Region 8',
    });
    const files = unzipSync(bytes);
    expect(Object.keys(files).filter((path) => path.startsWith('evidence/'))).toEqual([]);
    const report = pdfText(files['report.pdf']!);
    expect(report).toContain('Redacted: Sector partner');
    expect(report).toContain('Water and Wastewater Systems sector site, Region 8');
    const texts = [
      name,
      report,
      ...Object.entries(files).map(([path, data]) => `${path}\n${new TextDecoder().decode(data)}`),
    ];
    for (const secret of [...Object.values(SECRET), 'Osprey', 'Okafor', 'Bartholomew'])
      for (const text of texts) expect(text).not.toContain(secret);
    const manifest = BundleManifest.parse(JSON.parse(new TextDecoder().decode(files['manifest.json'])));
    expect(manifest).toMatchObject({
      evidenceCount: 0,
      redaction: {
        profile: 'sector-partner',
        removed: { people: 1, notes: 1, systems: 0, site: 2, evidence: 1 },
      },
    });
    expect(manifest.redaction?.removed.journal).toBeGreaterThan(0);
    const verdict = await verifyBundle(bytes, {
      knownPacks: [BUILT_IN_PACK_REF],
      trustedFingerprints: new Set([seed.fingerprint]),
    });
    expect(verdict).toMatchObject({ ok: true, value: { journal: { entries: 0 } } });
  });

  it('marks the stored revision exported as a full export does, so exporting again keeps the revision', async () => {
    const seed = await seeded();
    const first = await exported(seed, { id: 'regulator', categories: [], region: '' });
    const second = await exported(seed, { id: 'full', categories: [], region: '' });
    expect(first.name).toMatch(/-r1\.airr$/);
    expect(second.name).toMatch(/-r1\.airr$/);
    expect((await seed.db.assessments.get(seed.id))?.revision).toBe(1);
    // The full export of the same revision still carries everything.
    const full = unzipSync(second.bytes);
    expect(new TextDecoder().decode(full['assessment.json'])).toContain(SECRET.note);
    expect(JSON.parse(new TextDecoder().decode(full['manifest.json']))).not.toHaveProperty('redaction');
  });
});
