/**
 * Which assessments form one series: the cycles of one site over the years. Two assessments are in the same
 * series when they name the same site (trimmed, ignoring case, as the portfolio matches sites), or when one
 * was started as a later cycle of the other (they share a series id: the first cycle's own id), so a site
 * renamed between cycles keeps its history. The relation is transitive: series are its connected groups.
 */

export interface SeriesMember {
  id: string;
  siteName: string;
  /** The first cycle's id, on every later cycle; absent on the first cycle. */
  seriesId?: string;
}

/** The groups of ids that form series, each in the order the members were given. */
export function groupSeries(members: readonly SeriesMember[]): string[][] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    // Path compression keeps every later find short.
    let node = key;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const rootA = find(a);
    const rootB = find(b);
    if (!parent.has(rootA)) parent.set(rootA, rootA);
    if (rootA !== rootB) parent.set(rootB, rootA);
  };
  for (const member of members) {
    const self = `id:${member.id}`;
    if (!parent.has(self)) parent.set(self, self);
    const site = member.siteName.trim().toLowerCase();
    if (site) union(`site:${site}`, self);
    if (member.seriesId) union(`id:${member.seriesId}`, self);
  }
  const groups = new Map<string, string[]>();
  for (const member of members) {
    const root = find(`id:${member.id}`);
    const group = groups.get(root);
    if (group) {
      if (!group.includes(member.id)) group.push(member.id);
    } else groups.set(root, [member.id]);
  }
  return [...groups.values()];
}
