/**
 * How a newer pack version says what became of the practices of an older one (`upgradesFrom`). Each entry
 * names one kind of change; a practice of the older version the mapping does not name keeps its id when the
 * newer pack still has it, and a practice of the newer pack nothing maps to is new ("not yet assessed").
 * Only the newer pack's side can be checked here (its ids must exist); the older side is checked against the
 * older pack when an assessment is upgraded (upgrade-assessment.ts).
 */
import { z } from 'zod';

const practiceId = z.string().min(1).max(100);

export const MappingEntry = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('renamed'), from: practiceId, to: practiceId }),
  z.strictObject({ kind: z.literal('split'), from: practiceId, to: z.array(practiceId).min(2).max(20) }),
  z.strictObject({ kind: z.literal('merged'), from: z.array(practiceId).min(2).max(20), to: practiceId }),
  z.strictObject({ kind: z.literal('removed'), from: practiceId }),
]);
/** One change between two versions of a pack: renamed, split, merged or removed. */
export type MappingEntry = z.infer<typeof MappingEntry>;

export const UpgradePath = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a kebab-case id.'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Expected a semantic version such as 1.0.0.'),
  mapping: z.array(MappingEntry).max(5_000),
});
/** The older pack version this one upgrades from, and the mapping of its practices. */
export type UpgradePath = z.infer<typeof UpgradePath>;

/** The older practice ids an entry consumes. */
export function mappedFrom(entry: MappingEntry): readonly string[] {
  return typeof entry.from === 'string' ? [entry.from] : entry.from;
}

/** The newer practice ids an entry produces (none for removed). */
export function mappedTo(entry: MappingEntry): readonly string[] {
  if (entry.kind === 'removed') return [];
  return typeof entry.to === 'string' ? [entry.to] : entry.to;
}

type Report = (message: string, path: (string | number)[]) => void;

/**
 * The rules of one upgrade path within its (newer) pack: every id it produces is a practice of this pack, no
 * older id is consumed twice and no newer id produced twice, and a pack does not upgrade from itself.
 */
export function checkUpgradePaths(
  pack: { id: string; version: string; practices: readonly { id: string }[] },
  paths: readonly UpgradePath[],
  report: Report,
): void {
  const practices = new Set(pack.practices.map((p) => p.id));
  paths.forEach((path, i) => {
    if (path.id === pack.id && path.version === pack.version)
      report(`The pack cannot upgrade from its own version ${path.version}.`, ['upgradesFrom', i]);
    const consumed = new Set<string>();
    const produced = new Set<string>();
    path.mapping.forEach((entry, j) => {
      const where = ['upgradesFrom', i, 'mapping', j];
      for (const id of mappedFrom(entry)) {
        if (consumed.has(id)) report(`Practice "${id}" of the older version is mapped twice.`, where);
        consumed.add(id);
      }
      for (const id of mappedTo(entry)) {
        if (!practices.has(id))
          report(`The mapping names practice "${id}", which this pack does not define.`, where);
        if (produced.has(id)) report(`Practice "${id}" is the target of two mapping entries.`, where);
        produced.add(id);
      }
    });
  });
}
