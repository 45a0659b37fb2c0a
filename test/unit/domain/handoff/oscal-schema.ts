import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

// Vendored (test/fixtures/oscal) so every clone validates, offline.
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/oscal');

/** An ajv validator for the official OSCAL 1.0.6 JSON schema of one model. */
export function oscalValidator(model: 'assessment-results' | 'poam') {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = readFileSync(path.join(fixtures, `oscal_${model}_schema.json`), 'utf8');
  return ajv.compile(JSON.parse(schema) as object);
}
