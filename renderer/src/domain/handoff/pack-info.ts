/**
 * The little of a framework pack that hand-off exports need (practice titles and placement). A plain type so
 * any pack shape with these fields can be passed, including the full FrameworkPack.
 */
export type PackPractice = { id: string; title: string; area: string; role: string };

export type PackInfo = { id: string; version: string; practices: readonly PackPractice[] };

/** Practices by id, for lookups while writing rows. */
export function practiceIndex(pack: PackInfo): ReadonlyMap<string, PackPractice> {
  return new Map(pack.practices.map((practice) => [practice.id, practice]));
}

/**
 * Answered practices in pack order first, then answers the pack does not know (sorted by id), so exports are
 * stable and nothing the assessor wrote is dropped.
 */
export function answeredPracticeIds(pack: PackInfo, answers: Readonly<Record<string, unknown>>): string[] {
  const known = pack.practices.map((p) => p.id).filter((id) => id in answers);
  const inPack = new Set(pack.practices.map((p) => p.id));
  const unknown = Object.keys(answers)
    .filter((id) => !inPack.has(id))
    .sort();
  return [...known, ...unknown];
}
