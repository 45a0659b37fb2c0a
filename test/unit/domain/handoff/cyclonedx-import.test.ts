import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AiSystem } from '../../../../renderer/src/domain/assessment/model';
import { cycloneDxJson } from '../../../../renderer/src/domain/handoff/cyclonedx';
import {
  MAX_CDX_COMPONENT_DEPTH,
  MAX_CDX_COMPONENTS,
  parseCycloneDxSystems,
} from '../../../../renderer/src/domain/handoff/cyclonedx-import';
import { planSystemImport } from '../../../../renderer/src/domain/handoff/system-import-plan';
import { MAX_CYCLONEDX_BYTES } from '../../../../renderer/src/domain/size-limits';
import { sampleContent, sampleDocument } from '../import/helpers/sample-document';
import { cycloneDxValidator } from './cyclonedx-schema';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../fixtures/cyclonedx/vendor-bom.json',
);
const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const bomOf = (extra: Record<string, unknown>) => ({ bomFormat: 'CycloneDX', specVersion: '1.6', ...extra });
const model = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'machine-learning-model',
  name,
  ...extra,
});

function refusal(bytes: Uint8Array) {
  const result = parseCycloneDxSystems(bytes);
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

const full: AiSystem = {
  id: 's1',
  name: 'Chlorine dosing advisor',
  supplier: 'Acme Water AI',
  purpose: 'Suggests chlorine set points.',
  criticality: 'high',
  autonomy: 'human-in-the-loop',
  connectivity: 'vendor-remote',
  dataUsed: 'Flow and residual sensors.',
  notes: 'Reviewed in March.',
  model: 'DoseNet',
  modelVersion: '2.4.1',
  intendedUse: 'Advise operators on dosing during normal flow.',
  limitations: 'Not trained on storm-surge inflow.',
  humanOversight: 'An operator confirms every set point.',
  supplierContact: 'support@acme-water.example',
};
// No model and a contact that is a name: the exporter names the component by the system.
const plain: AiSystem = {
  id: 's2',
  name: 'Leak finder',
  supplier: '',
  purpose: '',
  criticality: 'low',
  autonomy: 'advisory',
  connectivity: 'isolated',
  dataUsed: '',
  notes: '',
  supplierContact: 'Jo Smith',
};

describe('CycloneDX AI-system import', () => {
  it('reads back exactly the inventory the export wrote', () => {
    const document = sampleDocument({ content: sampleContent({ systems: [full, plain] }) });
    const result = parseCycloneDxSystems(encode(cycloneDxJson(document)));
    const withoutId = ({ id: _id, ...rest }: AiSystem) => rest;
    expect(result).toEqual({ ok: true, value: [withoutId(full), withoutId(plain)] });
  });

  it('takes only the machine-learning models of a vendor BOM, nested ones included, in document order', () => {
    const bytes = new Uint8Array(readFileSync(fixture));
    // The fixture is a real, valid CycloneDX 1.6 BOM.
    expect(cycloneDxValidator('1.6')(JSON.parse(readFileSync(fixture, 'utf8')))).toBe(true);
    const result = parseCycloneDxSystems(bytes);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          name: 'PumpGuard Anomaly Detector',
          model: 'PumpGuard Anomaly Detector',
          modelVersion: '3.0.2',
          supplier: 'Riverbend Controls Inc.',
          supplierContact: 'ml-support@riverbend.example',
          purpose: 'Flags abnormal vibration and current draw on raw-water pumps.',
          intendedUse: 'Early warning of pump bearing wear.\n\nPrioritizing maintenance work orders.',
          limitations: 'Not validated for variable-frequency drives installed after 2024.',
          criticality: 'moderate',
          autonomy: 'advisory',
          connectivity: 'isolated',
          dataUsed: '',
          notes: '',
        },
        {
          name: 'FlowCast Demand Forecaster',
          model: 'FlowCast Demand Forecaster',
          modelVersion: '1.4',
          supplier: 'Riverbend Controls Inc.',
          purpose: '',
          intendedUse: 'Forecast treated-water demand 48 hours ahead.',
          criticality: 'moderate',
          autonomy: 'advisory',
          connectivity: 'isolated',
          dataUsed: '',
          notes: '',
        },
      ],
    });
  });

  it('reads CycloneDX 1.5 and refuses other versions and other formats by name', () => {
    expect(parseCycloneDxSystems(encode(bomOf({ specVersion: '1.5', components: [model('A')] }))).ok).toBe(
      true,
    );
    expect(refusal(encode(bomOf({ specVersion: '1.4' })))).toMatchObject({
      code: 'unsupported-spec-version',
      message: 'The BOM is CycloneDX 1.4; this import reads CycloneDX 1.5 and 1.6 only.',
    });
    expect(refusal(encode(bomOf({ specVersion: 1.6 }))).code).toBe('unsupported-spec-version');
    expect(refusal(encode({ spdxVersion: 'SPDX-2.3' })).code).toBe('not-cyclonedx');
    expect(refusal(encode([1, 2])).code).toBe('not-cyclonedx');
    expect(refusal(encode('<bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>')).code).toBe('not-json');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00])).code).toBe('not-json');
  });

  it('refuses a file over the size bound before reading it', () => {
    const padding = ' '.repeat(MAX_CYCLONEDX_BYTES);
    expect(refusal(encode(`${JSON.stringify(bomOf({}))}${padding}`))).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('5 MiB') as string,
    });
    // Just under the bound is read.
    const under = JSON.stringify(bomOf({}));
    expect(parseCycloneDxSystems(encode(under + ' '.repeat(MAX_CYCLONEDX_BYTES - under.length))).ok).toBe(
      true,
    );
  });

  it('refuses components nested deeper than the bound, and too many components', () => {
    const nest = (levels: number): Record<string, unknown> =>
      levels === 1 ? model('Deep') : { type: 'library', name: `L${levels}`, components: [nest(levels - 1)] };
    const atBound = parseCycloneDxSystems(encode(bomOf({ components: [nest(MAX_CDX_COMPONENT_DEPTH)] })));
    expect(atBound).toMatchObject({ ok: true, value: [{ name: 'Deep' }] });
    expect(refusal(encode(bomOf({ components: [nest(MAX_CDX_COMPONENT_DEPTH + 1)] })))).toMatchObject({
      code: 'components-too-deep',
      message: expect.stringContaining(`${MAX_CDX_COMPONENT_DEPTH} levels`) as string,
    });
    const many = Array.from({ length: MAX_CDX_COMPONENTS + 1 }, (_, i) => ({
      type: 'library',
      name: `lib${i}`,
    }));
    expect(parseCycloneDxSystems(encode(bomOf({ components: many.slice(1) }))).ok).toBe(true);
    expect(refusal(encode(bomOf({ components: many })))).toMatchObject({
      code: 'too-many-components',
      message: expect.stringContaining('2,000') as string,
    });
  });

  it('refuses wrong types and over-long texts naming where, and a key given twice', () => {
    expect(refusal(encode(bomOf({ components: [model('A', { version: 3 })] })))).toMatchObject({
      code: 'schema-violation',
      message: expect.stringContaining('components[0].version') as string,
    });
    expect(refusal(encode(bomOf({ components: [{ name: 'no type' }] }))).code).toBe('schema-violation');
    expect(refusal(encode(bomOf({ components: {} }))).code).toBe('not-cyclonedx');
    expect(refusal(encode(bomOf({ components: [model('x'.repeat(501))] })))).toMatchObject({
      code: 'schema-violation',
      message: expect.stringContaining('components[0].name') as string,
    });
    const duplicate = '{"bomFormat":"CycloneDX","specVersion":"1.6","specVersion":"1.4","components":[]}';
    expect(refusal(encode(duplicate))).toMatchObject({
      code: 'duplicate-json-key',
      message: expect.stringContaining('"specVersion" twice') as string,
    });
    expect(refusal(encode(`${'['.repeat(50)}${']'.repeat(50)}`)).code).toBe('json-too-deep');
  });
});

describe('planning an AI-system import', () => {
  const { id: _id, ...base } = plain;
  const imported = (name: string, modelVersion?: string) => ({
    ...base,
    name,
    ...(modelVersion ? { modelVersion } : {}),
  });

  it('skips systems the assessment already has, and repeats within the file, saying why', () => {
    const existing: AiSystem[] = [{ ...plain, name: 'PumpGuard', modelVersion: '3.0' }];
    const pump = imported(' pumpguard ', '3.0');
    const newer = imported('PumpGuard', '3.1');
    const flow = imported('FlowCast');
    const plan = planSystemImport(existing, [pump, newer, flow, imported('FLOWCAST')]);
    expect(plan.toAdd).toEqual([newer, flow]);
    expect(plan.skipped.map((entry) => entry.reason)).toEqual([
      '“pumpguard” version 3.0 is already in this assessment.',
      '“FLOWCAST” is listed more than once in the BOM.',
    ]);
  });
});
