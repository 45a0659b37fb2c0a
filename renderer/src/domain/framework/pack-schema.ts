/**
 * The framework pack is data, never code: this schema is the single definition of a valid pack, and the
 * TypeScript types are derived from it. Cross-reference rules (ids, cells, references) live in pack-rules.ts.
 */
import { z } from 'zod';
import { AREA_CODES, ROLE_CODES } from '../assessment/model';
import { checkPackRules } from './pack-rules';
import { checkUpgradePaths, UpgradePath } from './pack-mapping';

export const PACK_FORMAT_ID = 'airr-framework-pack';
export const PACK_FORMAT_VERSION = 1;

const roleCode = z.enum(ROLE_CODES, {
  error: `Unknown role code; expected one of ${ROLE_CODES.join(', ')}.`,
});
const areaCode = z.enum(AREA_CODES, {
  error: `Unknown area code; expected one of ${AREA_CODES.join(', ')}.`,
});
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a kebab-case id.');
const text = (max: number) => z.string().trim().min(1).max(max);
const page = z.number().int().positive();

export const VERIFICATION_STATUSES = ['verified', 'summary', 'unverified'] as const;
export const VerificationStatus = z.enum(VERIFICATION_STATUSES);
/** verified: seen in the framework's text; summary: gist in secondary summaries; unverified: recalled only. */
export type VerificationStatus = z.infer<typeof VerificationStatus>;

export const Role = z.strictObject({
  code: roleCode,
  name: text(120),
  description: text(600),
  source: z.strictObject({ section: text(20), pages: z.strictObject({ from: page, to: page }) }),
});
export type Role = z.infer<typeof Role>;

export const Area = z.strictObject({ code: areaCode, name: text(120), description: text(600) });
export type Area = z.infer<typeof Area>;

export const Practice = z.strictObject({
  id: z.string(),
  role: roleCode,
  area: areaCode,
  title: text(80),
  description: text(600),
  prompts: z.array(text(400)).min(1).max(3),
  evidence: z.array(text(200)).min(1).max(4),
  source: z.strictObject({ section: text(20), page }),
  verification: VerificationStatus,
  /** True when the practice is known but its area was inferred from the order of a list. */
  areaInferred: z.boolean().default(false),
  sourceNote: text(400).optional(),
});
export type Practice = z.infer<typeof Practice>;

export const SubRisk = z.strictObject({ id: kebabId, label: text(200), sourceId: kebabId });
export type SubRisk = z.infer<typeof SubRisk>;

export const RiskCategory = z.strictObject({
  id: kebabId,
  name: text(120),
  description: text(600),
  source: z.strictObject({ section: text(20), page }),
  subRisks: z.array(SubRisk),
});
export type RiskCategory = z.infer<typeof RiskCategory>;

const Named = z.strictObject({ id: kebabId, name: text(120), description: text(600) });
export const RiskLevel = Named;
export type RiskLevel = z.infer<typeof RiskLevel>;

export const Sector = z.strictObject({ id: kebabId, name: text(120) });
export type Sector = z.infer<typeof Sector>;

export const DesiredOutcome = z.strictObject({ id: kebabId, title: text(120), description: text(600) });
export type DesiredOutcome = z.infer<typeof DesiredOutcome>;

export const CompanionDocument = z.strictObject({
  id: kebabId,
  title: text(300),
  publisher: text(200),
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  note: text(600),
});
export type CompanionDocument = z.infer<typeof CompanionDocument>;

export const FrameworkPack = z
  .strictObject({
    format: z.literal(PACK_FORMAT_ID),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    id: kebabId,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Expected a semantic version such as 1.0.0.'),
    title: text(300),
    publisher: text(200),
    source: z.strictObject({
      document: text(300),
      fileName: text(200),
      date: z.iso.date(),
      pages: page,
      note: text(600),
    }),
    verificationNote: text(2000),
    roles: z.array(Role),
    areas: z.array(Area),
    practices: z.array(Practice).min(1),
    companionDocuments: z.array(CompanionDocument),
    riskCategories: z.array(RiskCategory).min(1),
    /** Ordered from narrowest to widest reach of consequences. */
    riskLevels: z.array(RiskLevel).min(1),
    riskLevelsNote: text(600),
    sectors: z.array(Sector).min(1),
    desiredOutcomes: z.array(DesiredOutcome),
    desiredOutcomesSource: z.strictObject({ section: text(20), page }),
    /** Older versions of this pack an assessment can be upgraded from, each with its practice mapping. */
    upgradesFrom: z.array(UpgradePath).max(20).optional(),
  })
  .superRefine((pack, ctx) => {
    checkPackRules(pack, ctx);
    checkUpgradePaths(pack, pack.upgradesFrom ?? [], (message, path) =>
      ctx.addIssue({ code: 'custom', message, path }),
    );
  });
export type FrameworkPack = z.infer<typeof FrameworkPack>;
