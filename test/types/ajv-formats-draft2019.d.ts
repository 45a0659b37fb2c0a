// ajv-formats-draft2019 ships no types: it adds the draft 2019-09 formats (iri, iri-reference, idn-email, …)
// that the CycloneDX schemas use and ajv-formats lacks.
declare module 'ajv-formats-draft2019' {
  import type Ajv from 'ajv';
  export default function addFormats2019(ajv: Ajv, options?: { formats?: string[] }): Ajv;
}
