/**
 * The AI-system inventory as a CycloneDX 1.6 BOM (JSON): one machine-learning-model component per system,
 * with its model card. Written as plain typed objects: the BOM is one small JSON document, and the
 * official CycloneDX library would add its models, normalizers and serializers to the renderer for it (the
 * project dropped that dependency); the unit tests validate the output against the official 1.6 schema. Deterministic: the serial number derives from the assessment
 * id (the same for every revision, as CycloneDX asks), `version` is the revision and the timestamp is the
 * document's last change, so exporting one revision twice gives identical bytes. Mapping in ARCHITECTURE.md.
 */
import type { AiSystem, AssessmentDocument } from '../assessment/model';
import { stableUuid } from './oscal-ids';

export const CYCLONEDX_SPEC_VERSION = '1.6';
/** Property names this app writes, under its own namespace (CycloneDX property taxonomy style). */
export const CDX_PROPERTY_PREFIX = 'airr:';

type CdxProperty = { name: string; value: string };
type CdxContact = { name?: string; email?: string };
export type CdxModelComponent = {
  type: 'machine-learning-model';
  'bom-ref': string;
  name: string;
  version?: string;
  description?: string;
  supplier?: { name?: string; contact?: CdxContact[] };
  modelCard?: { considerations: { useCases?: string[]; technicalLimitations?: string[] } };
  properties: CdxProperty[];
};
export type CdxBom = {
  $schema: string;
  bomFormat: 'CycloneDX';
  specVersion: typeof CYCLONEDX_SPEC_VERSION;
  serialNumber: string;
  version: number;
  metadata: {
    timestamp: string;
    tools: { components: { type: 'application'; name: string }[] };
    component: { type: 'application'; 'bom-ref': string; name: string; description?: string };
  };
  components: CdxModelComponent[];
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The bom-ref of a system: stable across exports, so a re-import can find the system it came from. */
export function systemBomRef(system: AiSystem): string {
  return `airr-ai-system-${system.id}`;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

function supplierOf(system: AiSystem): CdxModelComponent['supplier'] {
  const name = text(system.supplier);
  const contact = text(system.supplierContact);
  if (!name && !contact) return undefined;
  const contacts = contact ? [EMAIL.test(contact) ? { email: contact } : { name: contact }] : undefined;
  return { ...(name ? { name } : {}), ...(contacts ? { contact: contacts } : {}) };
}

function modelCardOf(system: AiSystem): CdxModelComponent['modelCard'] {
  const useCase = text(system.intendedUse);
  const limitation = text(system.limitations);
  if (!useCase && !limitation) return undefined;
  return {
    considerations: {
      ...(useCase ? { useCases: [useCase] } : {}),
      ...(limitation ? { technicalLimitations: [limitation] } : {}),
    },
  };
}

/** What CycloneDX has no field for goes into namespaced properties, empty ones left out. */
function propertiesOf(system: AiSystem): CdxProperty[] {
  const entries: [string, string | undefined][] = [
    ['system-name', text(system.name)],
    ['criticality', system.criticality],
    ['autonomy', system.autonomy],
    ['connectivity', system.connectivity],
    ['human-oversight', text(system.humanOversight)],
    ['data-used', text(system.dataUsed)],
    ['notes', text(system.notes)],
  ];
  return entries.flatMap(([name, value]) =>
    value === undefined ? [] : [{ name: `${CDX_PROPERTY_PREFIX}${name}`, value }],
  );
}

function componentOf(system: AiSystem, index: number): CdxModelComponent {
  const version = text(system.modelVersion);
  const description = text(system.purpose);
  const supplier = supplierOf(system);
  const modelCard = modelCardOf(system);
  return {
    type: 'machine-learning-model',
    'bom-ref': systemBomRef(system),
    // The component is the model; a system without a model name is named by the system itself.
    name: text(system.model) ?? text(system.name) ?? `AI system ${index + 1}`,
    ...(version ? { version } : {}),
    ...(description ? { description } : {}),
    ...(supplier ? { supplier } : {}),
    ...(modelCard ? { modelCard } : {}),
    properties: propertiesOf(system),
  };
}

/** The assessment's AI systems as a CycloneDX 1.6 BOM whose subject is the assessed site. */
export function toCycloneDxBom(document: AssessmentDocument): CdxBom {
  const { content } = document;
  const siteName = text(content.site.name) ?? 'Assessed site';
  const title = text(content.title);
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: CYCLONEDX_SPEC_VERSION,
    serialNumber: `urn:uuid:${stableUuid(document.id, 'cyclonedx-bom')}`,
    version: document.revision,
    metadata: {
      timestamp: document.updatedAt,
      tools: { components: [{ type: 'application', name: 'AIRR Assessor' }] },
      component: {
        type: 'application',
        'bom-ref': `airr-assessment-${document.id}`,
        name: siteName,
        ...(title ? { description: title } : {}),
      },
    },
    components: content.systems.map(componentOf),
  };
}

/** The BOM as the file's text: two-space JSON with a final newline. */
export function cycloneDxJson(document: AssessmentDocument): string {
  return `${JSON.stringify(toCycloneDxBom(document), null, 2)}\n`;
}
