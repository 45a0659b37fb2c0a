/**
 * What an import of AI systems would change: which systems are new, and which are skipped because the
 * assessment (or the file itself, earlier) already has a system of the same name and model version. The
 * comparison ignores case and surrounding spaces, so "PumpGuard " and "pumpguard" are one system.
 */
import type { AiSystem } from '../assessment/model';
import type { ImportedSystem } from './cyclonedx-import';

export type SkippedSystem = { system: ImportedSystem; reason: string };
export type SystemImportPlan = { toAdd: ImportedSystem[]; skipped: SkippedSystem[] };

function identity(system: Pick<AiSystem, 'name' | 'modelVersion'>): string {
  const part = (value: string | undefined) => (value ?? '').trim().toLowerCase();
  return JSON.stringify([part(system.name), part(system.modelVersion)]);
}

function described(system: ImportedSystem): string {
  const version = system.modelVersion?.trim();
  return `“${system.name.trim() || 'Unnamed system'}”${version ? ` version ${version}` : ''}`;
}

/** Splits the imported systems into those to add and those skipped as duplicates, each with its reason. */
export function planSystemImport(
  existing: readonly AiSystem[],
  imported: readonly ImportedSystem[],
): SystemImportPlan {
  const inAssessment = new Set(existing.map(identity));
  const inFile = new Set<string>();
  const plan: SystemImportPlan = { toAdd: [], skipped: [] };
  for (const system of imported) {
    const key = identity(system);
    if (inAssessment.has(key)) {
      plan.skipped.push({ system, reason: `${described(system)} is already in this assessment.` });
    } else if (inFile.has(key)) {
      plan.skipped.push({ system, reason: `${described(system)} is listed more than once in the BOM.` });
    } else {
      inFile.add(key);
      plan.toAdd.push(system);
    }
  }
  return plan;
}
