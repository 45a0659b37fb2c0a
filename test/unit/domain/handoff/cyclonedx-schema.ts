import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import addFormats2019 from 'ajv-formats-draft2019';

// The official CycloneDX schemas, vendored in test/fixtures/cyclonedx (from the CycloneDX library's res/schema) so
// every clone validates without that package.
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/cyclonedx');
const read = (name: string) =>
  JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as Record<string, unknown>;
const BASE = 'http://cyclonedx.org/schema/';

/** A referenced schema under the name the BOM schema's relative $ref resolves to (its own $id differs). */
function referenced(name: string) {
  const { $id: _published, ...schema } = read(name);
  return [schema, `${BASE}${name}`] as const;
}

/** An ajv validator for the official CycloneDX BOM schema of one version, with its SPDX and JSF references. */
export function cycloneDxValidator(version: '1.5' | '1.6') {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // iri-reference and the other draft 2019-09 formats the BOM schema uses are checked, not ignored.
  addFormats2019(ajv);
  ajv.addSchema(...referenced('spdx.SNAPSHOT.schema.json'));
  ajv.addSchema(...referenced('jsf-0.82.SNAPSHOT.schema.json'));
  return ajv.compile(read(`bom-${version}.SNAPSHOT.schema.json`));
}
