/**
 * Reads AI systems out of a CycloneDX 1.5 or 1.6 BOM (JSON), the inverse of cyclonedx.ts: each
 * machine-learning-model component becomes one system, every other component (libraries, applications,
 * devices) is walked past. The file comes from outside, so every step is bounded: its size, strict JSON (no
 * duplicate key, bounded depth), the component tree's depth and size, and each text as the inventory schema
 * bounds it. Only the parts read are checked; the rest of the BOM may be anything the standard allows.
 */
import { z } from 'zod';
import { AiSystem, AUTONOMY_LEVELS, CONNECTIVITY_LEVELS, CRITICALITIES } from '../assessment/model';
import { fromUtf8 } from '../crypto/bytes';
import { scanStrictJson } from '../import/strict-json';
import { failure, success, type Failure, type Result } from '../result';
import { MAX_CYCLONEDX_BYTES } from '../size-limits';
import { CDX_PROPERTY_PREFIX } from './cyclonedx';

/** A system as the BOM describes it; the caller gives it an id when it adds it. */
export type ImportedSystem = Omit<AiSystem, 'id'>;

export const CDX_IMPORT_SPEC_VERSIONS = ['1.5', '1.6'] as const;
/** Components nest this deep at most (a product, its parts, their parts…). */
export const MAX_CDX_COMPONENT_DEPTH = 8;
/** Components in the whole tree, every type counted. */
export const MAX_CDX_COMPONENTS = 2_000;
/** As many systems as one assessment holds. */
export const MAX_CDX_SYSTEMS = 500;

export type CdxImportCode =
  | 'too-large'
  | 'not-json'
  | 'duplicate-json-key'
  | 'json-too-deep'
  | 'not-cyclonedx'
  | 'unsupported-spec-version'
  | 'components-too-deep'
  | 'too-many-components'
  | 'too-many-systems'
  | 'schema-violation';

const SHORT = z.string().max(500);
const LONG = z.string().max(20_000);
const LIST_OF_LONG = z.array(LONG).max(50);

const Contact = z.object({ name: SHORT.optional(), email: SHORT.optional(), phone: SHORT.optional() });
const Property = z.object({ name: SHORT, value: LONG.optional() });

/** What every component must have for the walk: a type, and maybe children. */
const AnyComponent = z.object({
  type: z.string().max(100),
  components: z.array(z.unknown()).optional(),
});

/** The parts of a machine-learning-model component the import reads. */
const ModelComponent = z.object({
  name: SHORT,
  version: SHORT.optional(),
  description: LONG.optional(),
  publisher: SHORT.optional(),
  supplier: z.object({ name: SHORT.optional(), contact: z.array(Contact).max(50).optional() }).optional(),
  modelCard: z
    .object({
      considerations: z
        .object({ useCases: LIST_OF_LONG.optional(), technicalLimitations: LIST_OF_LONG.optional() })
        .optional(),
    })
    .optional(),
  properties: z.array(Property).max(200).optional(),
});
type ModelComponent = z.infer<typeof ModelComponent>;

const Bom = z.object({
  bomFormat: z.unknown(),
  specVersion: z.unknown(),
  components: z.array(z.unknown()).optional(),
});

/** The imported system must still fit the inventory schema (joined lists can exceed one text's bound). */
const ImportedSystemSchema = AiSystem.omit({ id: true });

type Refusal = Failure<CdxImportCode>;

function schemaViolation(error: z.ZodError, where: string): Refusal {
  const issue = error.issues[0];
  const path = [where, ...(issue?.path ?? []).map(String)].join('.');
  return failure(
    'schema-violation',
    `The BOM is not valid CycloneDX at ${path}: ${issue?.message ?? 'invalid'}.`,
  );
}

function property(component: ModelComponent, name: string): string | undefined {
  const value = component.properties?.find((entry) => entry.name === `${CDX_PROPERTY_PREFIX}${name}`)?.value;
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined, fallback: T): T {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

function joined(list: string[] | undefined): string | undefined {
  const text = (list ?? [])
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .join('\n\n');
  return text === '' ? undefined : text;
}

function systemOf(component: ModelComponent): ImportedSystem {
  const componentName = component.name.trim();
  const systemName = property(component, 'system-name');
  // The exporter names the component by the system when it has no model: then there is no model to read back.
  const model =
    systemName !== undefined && systemName === componentName ? undefined : componentName || undefined;
  const contact = component.supplier?.contact?.find((entry) => entry.email ?? entry.name ?? entry.phone);
  const optional: Partial<ImportedSystem> = {
    model,
    modelVersion: component.version?.trim() || undefined,
    intendedUse: joined(component.modelCard?.considerations?.useCases),
    limitations: joined(component.modelCard?.considerations?.technicalLimitations),
    humanOversight: property(component, 'human-oversight'),
    supplierContact: (contact?.email ?? contact?.name ?? contact?.phone)?.trim() || undefined,
  };
  return {
    name: systemName ?? componentName,
    supplier: (component.supplier?.name ?? component.publisher ?? '').trim(),
    purpose: component.description?.trim() ?? '',
    // Levels the BOM does not state take the same defaults as a system added by hand.
    criticality: oneOf(CRITICALITIES, property(component, 'criticality'), 'moderate'),
    autonomy: oneOf(AUTONOMY_LEVELS, property(component, 'autonomy'), 'advisory'),
    connectivity: oneOf(CONNECTIVITY_LEVELS, property(component, 'connectivity'), 'isolated'),
    dataUsed: property(component, 'data-used') ?? '',
    notes: property(component, 'notes') ?? '',
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}

type Walk = { systems: ImportedSystem[]; count: number };

/** Depth-first, in document order; the recursion is bounded by MAX_CDX_COMPONENT_DEPTH. */
function walk(components: unknown[], depth: number, where: string, state: Walk): Refusal | null {
  if (depth > MAX_CDX_COMPONENT_DEPTH) {
    return failure(
      'components-too-deep',
      `The BOM nests components more than ${MAX_CDX_COMPONENT_DEPTH} levels deep; this import reads no deeper.`,
    );
  }
  for (const [index, raw] of components.entries()) {
    const here = `${where}[${index}]`;
    state.count += 1;
    if (state.count > MAX_CDX_COMPONENTS) {
      return failure(
        'too-many-components',
        `The BOM lists more than ${MAX_CDX_COMPONENTS.toLocaleString('en-US')} components; this import reads at most that many.`,
      );
    }
    const shape = AnyComponent.safeParse(raw);
    if (!shape.success) return schemaViolation(shape.error, here);
    if (shape.data.type === 'machine-learning-model') {
      const model = ModelComponent.safeParse(raw);
      if (!model.success) return schemaViolation(model.error, here);
      const system = ImportedSystemSchema.safeParse(systemOf(model.data));
      if (!system.success) return schemaViolation(system.error, here);
      state.systems.push(system.data);
      if (state.systems.length > MAX_CDX_SYSTEMS) {
        return failure(
          'too-many-systems',
          `The BOM describes more than ${MAX_CDX_SYSTEMS} AI models, more than one assessment holds.`,
        );
      }
    }
    if (shape.data.components) {
      const problem = walk(shape.data.components, depth + 1, `${here}.components`, state);
      if (problem) return problem;
    }
  }
  return null;
}

/** The AI systems a CycloneDX BOM describes, in document order, or why the file is refused. */
export function parseCycloneDxSystems(bytes: Uint8Array): Result<ImportedSystem[], CdxImportCode> {
  if (bytes.length > MAX_CYCLONEDX_BYTES) {
    return failure(
      'too-large',
      `The file is larger than ${MAX_CYCLONEDX_BYTES / 1024 / 1024} MiB, more than any AI inventory BOM needs.`,
    );
  }
  const notJson = failure(
    'not-json' as const,
    'The file is not a JSON document (CycloneDX XML is not read).',
  );
  let text: string;
  try {
    text = fromUtf8(bytes).replace(/^\uFEFF/, '');
  } catch {
    return notJson;
  }
  const problem = scanStrictJson(text, 'The BOM');
  if (problem) {
    const code = problem.code === 'duplicate-json-key' ? 'duplicate-json-key' : 'json-too-deep';
    return failure(code, problem.message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    return notJson;
  }
  const bom = Bom.safeParse(json);
  if (!bom.success || bom.data.bomFormat !== 'CycloneDX') {
    return failure(
      'not-cyclonedx',
      'The file is JSON but not a CycloneDX BOM (its bomFormat is not "CycloneDX").',
    );
  }
  const { specVersion } = bom.data;
  if (!(CDX_IMPORT_SPEC_VERSIONS as readonly unknown[]).includes(specVersion)) {
    const stated =
      typeof specVersion === 'string' ? `CycloneDX ${specVersion.slice(0, 20)}` : 'no CycloneDX version';
    return failure(
      'unsupported-spec-version',
      `The BOM is ${stated}; this import reads CycloneDX 1.5 and 1.6 only.`,
    );
  }
  const state: Walk = { systems: [], count: 0 };
  const refused = walk(bom.data.components ?? [], 1, 'components', state);
  return refused ?? success(state.systems);
}
