import type { AreaCode, RoleCode } from '../assessment/model';
import type { Area, FrameworkPack, Practice, RiskCategory } from './pack-schema';

function practiceNumber(id: string): number {
  return Number(id.slice(id.lastIndexOf('-') + 1));
}

/**
 * The practices that apply to an organisation holding the given roles (a union: one entity may hold several
 * roles). Order is stable: by area, then role, both in pack order, then by practice number.
 */
export function practicesInScope(pack: FrameworkPack, roles: readonly RoleCode[]): Practice[] {
  const wanted = new Set(roles);
  const areaRank = new Map(pack.areas.map((a, i) => [a.code, i]));
  const roleRank = new Map(pack.roles.map((r, i) => [r.code, i]));
  const rank = (p: Practice): [number, number, number] => [
    areaRank.get(p.area) ?? 0,
    roleRank.get(p.role) ?? 0,
    practiceNumber(p.id),
  ];
  return pack.practices
    .filter((p) => wanted.has(p.role))
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
    });
}

/** In-scope practices grouped by area, in pack area order; areas with no in-scope practice are left out. */
export function practicesByArea(
  pack: FrameworkPack,
  roles: readonly RoleCode[],
): { area: Area; practices: Practice[] }[] {
  const scope = practicesInScope(pack, roles);
  return pack.areas
    .map((area) => ({ area, practices: scope.filter((p) => p.area === area.code) }))
    .filter((group) => group.practices.length > 0);
}

/** The practices of one role × area cell (one square of the Appendix A matrix), by practice number. */
export function practicesInCell(pack: FrameworkPack, role: RoleCode, area: AreaCode): Practice[] {
  return practicesInScope(pack, [role]).filter((p) => p.area === area);
}

/** The practice with this id, or undefined when the pack has none (e.g. an answer kept from an older pack). */
export function findPractice(pack: FrameworkPack, id: string): Practice | undefined {
  return pack.practices.find((p) => p.id === id);
}

/** The display name of a sector id; falls back to the id itself so unknown values stay visible. */
export function sectorName(pack: FrameworkPack, id: string): string {
  return pack.sectors.find((s) => s.id === id)?.name ?? id;
}

/** The risk category with this id, or undefined. */
export function findRiskCategory(pack: FrameworkPack, id: string): RiskCategory | undefined {
  return pack.riskCategories.find((c) => c.id === id);
}
