import { describe, expect, it } from 'vitest';
import type { AiSystem } from '../../../../renderer/src/domain/assessment/model';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import { sectorName } from '../../../../renderer/src/domain/framework/pack-queries';
import { canonicalJson } from '../../../../renderer/src/domain/journal/canonical-json';
import type { RedactionProfile } from '../../../../renderer/src/domain/redaction/profiles';
import { redact } from '../../../../renderer/src/domain/redaction/redact';
import { sampleContent, sampleDocument } from '../import/helpers/sample-document';

const LABELS = { sectorName: (id: string) => sectorName(BUILT_IN_PACK, id) };
const SYSTEM: AiSystem = {
  id: 's1',
  name: 'Sluice predictor',
  supplier: 'Hydrowise',
  purpose: '',
  criticality: 'high',
  autonomy: 'advisory',
  connectivity: 'isolated',
  dataUsed: '',
  notes: '',
  model: 'Hydrowise FloodCast',
  modelVersion: 'fc-9.3',
  intendedUse: 'Forecast the Kestrel reservoir level',
  limitations: 'Blind to the Kestrel bypass gate',
  humanOversight: 'Shift lead Orla approves each gate move',
  supplierContact: 'dmitri@hydrowise.example',
};
const withSystem = (system: Partial<AiSystem>) =>
  sampleDocument({ content: sampleContent({ systems: [{ ...SYSTEM, ...system }] }) });

describe('redacting the AI-system inventory fields', () => {
  it('removes the model, its texts and the supplier contact from a sector partner copy', () => {
    const profile: RedactionProfile = { id: 'sector-partner', categories: [], region: 'Region 9' };
    const json = canonicalJson(redact(withSystem({}), profile, LABELS).document);
    for (const secret of ['FloodCast', 'fc-9.3', 'Kestrel', 'Orla', 'dmitri@'])
      expect(json).not.toContain(secret);
  });

  it('keeps the model and its texts for a regulator but not the contact person', () => {
    const profile: RedactionProfile = { id: 'regulator', categories: [], region: '' };
    const [system] = redact(withSystem({}), profile, LABELS).document.content.systems;
    expect(system).toMatchObject({ model: SYSTEM.model, intendedUse: SYSTEM.intendedUse });
    expect(system?.supplierContact).not.toContain('dmitri');
  });

  it('leaves absent inventory fields absent', () => {
    const { model: _m, modelVersion: _v, intendedUse: _u, limitations: _l, ...old } = SYSTEM;
    const { humanOversight: _h, supplierContact: _c, ...bare } = old;
    const profile: RedactionProfile = { id: 'sector-partner', categories: [], region: 'Region 9' };
    const [system] = redact(withSystem({}), profile, LABELS).document.content.systems;
    expect(Object.keys(system ?? {})).toContain('model');
    const [redactedBare] = redact(
      sampleDocument({ content: sampleContent({ systems: [bare] }) }),
      profile,
      LABELS,
    ).document.content.systems;
    expect(Object.keys(redactedBare ?? {}).sort()).toEqual(Object.keys(bare).sort());
  });
});
