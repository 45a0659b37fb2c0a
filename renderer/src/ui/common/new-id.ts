/** A fresh identifier for records inside an assessment (AI systems, findings, evidence, assessors). */
export function newId(): string {
  return crypto.randomUUID();
}
