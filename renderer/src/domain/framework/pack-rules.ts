/**
 * Rules a pack must satisfy beyond its shape. They guard the assumptions the UI and scoring make: every id is
 * unique and says where it belongs, every reference resolves, and the Appendix A matrix has no empty cell.
 */
import type { z } from 'zod';
import { AREA_CODES, ROLE_CODES } from '../assessment/model';

const PRACTICE_ID = /^(CCP|AID|CIO|CSO|PUB)-(SE|DD|DG|SD|MP)-(\d+)$/;

interface PackShape {
  roles: readonly { code: string }[];
  areas: readonly { code: string }[];
  practices: readonly { id: string; role: string; area: string }[];
  companionDocuments: readonly { id: string }[];
  riskCategories: readonly { id: string; subRisks: readonly { id: string; sourceId: string }[] }[];
  riskLevels: readonly { id: string }[];
  sectors: readonly { id: string }[];
  desiredOutcomes: readonly { id: string }[];
}

type Report = (message: string, path: (string | number)[]) => void;

function checkUnique(items: readonly { id: string }[], what: string, path: string, report: Report): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report(`${what} id "${item.id}" appears more than once.`, [path, i, 'id']);
    seen.add(item.id);
  });
}

function checkPractices(pack: PackShape, report: Report): void {
  const roles = new Set(pack.roles.map((r) => r.code));
  const areas = new Set(pack.areas.map((a) => a.code));
  checkUnique(pack.practices, 'Practice', 'practices', report);
  pack.practices.forEach((p, i) => {
    const match = PRACTICE_ID.exec(p.id);
    if (!match) {
      report(`Practice id "${p.id}" is not of the form ROLE-AREA-n (for example CIO-MP-3).`, [
        'practices',
        i,
        'id',
      ]);
    } else if (match[1] !== p.role || match[2] !== p.area) {
      report(`Practice "${p.id}" is filed under ${p.role}-${p.area}, but its id says otherwise.`, [
        'practices',
        i,
      ]);
    }
    if (!roles.has(p.role))
      report(`Practice "${p.id}" refers to role ${p.role}, which the pack does not define.`, [
        'practices',
        i,
        'role',
      ]);
    if (!areas.has(p.area))
      report(`Practice "${p.id}" refers to area ${p.area}, which the pack does not define.`, [
        'practices',
        i,
        'area',
      ]);
  });
  const cells = new Set(pack.practices.map((p) => `${p.role}-${p.area}`));
  for (const role of pack.roles) {
    for (const area of pack.areas) {
      if (!cells.has(`${role.code}-${area.code}`)) {
        report(
          `Role ${role.code} has no practice in area ${area.code}; every role × area cell needs at least one.`,
          ['practices'],
        );
      }
    }
  }
}

function checkCodes(
  list: readonly { code: string }[],
  all: readonly string[],
  what: string,
  report: Report,
): void {
  const codes = list.map((x) => x.code);
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i)
      report(`${what} ${code} appears more than once.`, [`${what.toLowerCase()}s`, i]);
  });
  for (const code of all) {
    if (!codes.includes(code))
      report(`${what} ${code} is missing from the pack.`, [`${what.toLowerCase()}s`]);
  }
}

/** Zod superRefine callback: reports every broken cross-reference rule as a custom issue. */
export function checkPackRules(pack: PackShape, ctx: z.RefinementCtx): void {
  const report: Report = (message, path) => ctx.addIssue({ code: 'custom', message, path });
  checkCodes(pack.roles, ROLE_CODES, 'Role', report);
  checkCodes(pack.areas, AREA_CODES, 'Area', report);
  checkPractices(pack, report);
  checkUnique(pack.riskCategories, 'Risk category', 'riskCategories', report);
  checkUnique(
    pack.riskCategories.flatMap((c) => c.subRisks),
    'Sub-risk',
    'riskCategories',
    report,
  );
  checkUnique(pack.riskLevels, 'Risk level', 'riskLevels', report);
  checkUnique(pack.sectors, 'Sector', 'sectors', report);
  checkUnique(pack.desiredOutcomes, 'Desired outcome', 'desiredOutcomes', report);
  const documents = new Set(pack.companionDocuments.map((d) => d.id));
  pack.riskCategories.forEach((c, i) =>
    c.subRisks.forEach((s, j) => {
      if (!documents.has(s.sourceId)) {
        report(`Sub-risk "${s.id}" cites document "${s.sourceId}", which the pack does not list.`, [
          'riskCategories',
          i,
          'subRisks',
          j,
          'sourceId',
        ]);
      }
    }),
  );
}
