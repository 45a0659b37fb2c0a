import { describe, expect, it } from 'vitest';
import type { AiSystem } from '../../../../renderer/src/domain/assessment/model';
import { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import { cycloneDxJson, toCycloneDxBom } from '../../../../renderer/src/domain/handoff/cyclonedx';
import { sampleContent, sampleDocument } from '../import/helpers/sample-document';
import { cycloneDxValidator } from './cyclonedx-schema';

const base: AiSystem = {
  id: 's1',
  name: 'Chlorine dosing advisor',
  supplier: 'Acme Water AI',
  purpose: 'Suggests chlorine set points.',
  criticality: 'high',
  autonomy: 'advisory',
  connectivity: 'site-network',
  dataUsed: 'Flow and residual sensors.',
  notes: '',
};
const full: AiSystem = {
  ...base,
  model: 'DoseNet',
  modelVersion: '2.4.1',
  intendedUse: 'Advise operators on dosing during normal flow.',
  limitations: 'Not trained on storm-surge inflow.',
  humanOversight: 'An operator confirms every set point.',
  supplierContact: 'support@acme-water.example',
};
const document = sampleDocument({
  content: sampleContent({
    systems: [
      full,
      { ...base, id: 's2', name: '', supplier: '', purpose: '', dataUsed: '', supplierContact: 'Jo Smith' },
    ],
  }),
});

describe('CycloneDX inventory export', () => {
  it('writes a BOM the official CycloneDX 1.6 schema accepts', () => {
    const validate = cycloneDxValidator('1.6');
    const bom = JSON.parse(cycloneDxJson(document)) as unknown;
    expect(validate(bom), JSON.stringify(validate.errors)).toBe(true);
    // An assessment with no systems still gives a valid (empty) inventory.
    const empty = sampleDocument({ content: sampleContent({ systems: [] }) });
    expect(validate(toCycloneDxBom(empty))).toBe(true);
    // The validator is real: a component type CycloneDX does not define is refused.
    const broken = toCycloneDxBom(document);
    expect(validate({ ...broken, components: [{ ...broken.components[0], type: 'ai-model' }] })).toBe(false);
  });

  it('maps each system to a machine-learning-model component with its model card', () => {
    const [first, second] = toCycloneDxBom(document).components;
    expect(first).toMatchObject({
      type: 'machine-learning-model',
      'bom-ref': 'airr-ai-system-s1',
      name: 'DoseNet',
      version: '2.4.1',
      description: 'Suggests chlorine set points.',
      supplier: { name: 'Acme Water AI', contact: [{ email: 'support@acme-water.example' }] },
      modelCard: {
        considerations: {
          useCases: ['Advise operators on dosing during normal flow.'],
          technicalLimitations: ['Not trained on storm-surge inflow.'],
        },
      },
    });
    expect(first?.properties).toContainEqual({
      name: 'airr:human-oversight',
      value: 'An operator confirms every set point.',
    });
    expect(first?.properties).toContainEqual({ name: 'airr:criticality', value: 'high' });
    // No model and no name: named by position; a contact that is not an email address goes in as a name.
    expect(second).toMatchObject({ name: 'AI system 2', supplier: { contact: [{ name: 'Jo Smith' }] } });
    expect(second?.modelCard).toBeUndefined();
    expect(second).not.toHaveProperty('version');
  });

  it('gives identical bytes for the same revision and keeps the serial number across revisions', () => {
    expect(cycloneDxJson(document)).toBe(cycloneDxJson(structuredClone(document)));
    const next = toCycloneDxBom({ ...document, revision: document.revision + 1 });
    expect(next.serialNumber).toBe(toCycloneDxBom(document).serialNumber);
    expect(next.version).toBe(document.revision + 1);
    const other = toCycloneDxBom({ ...document, id: '6a1c1a8e-2b0e-4f55-9a77-0d6c8c1f3b21' });
    expect(other.serialNumber).not.toBe(toCycloneDxBom(document).serialNumber);
  });
});

describe('AI-system inventory fields', () => {
  it('are optional, so a system written before they existed still parses unchanged', () => {
    const old = sampleDocument({ content: sampleContent({ systems: [base] }) });
    const parsed = AssessmentDocument.parse(JSON.parse(JSON.stringify(old)));
    expect(JSON.stringify(parsed.content.systems[0])).toBe(JSON.stringify(base));
  });

  it('are bounded like the other system texts', () => {
    const long = sampleDocument({
      content: sampleContent({ systems: [{ ...base, model: 'x'.repeat(501) }] }),
    });
    expect(AssessmentDocument.safeParse(long).success).toBe(false);
  });
});
