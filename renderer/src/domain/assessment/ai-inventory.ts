import { z } from 'zod';

const SHORT_TEXT = z.string().max(500);
const LONG_TEXT = z.string().max(20_000);

/**
 * Inventory fields of an AI system added after format v1 was fixed (issue 15): every one is optional, so
 * stored assessments and signed bundles written before them still read and verify byte for byte. Absent
 * reads as '' in the editor. They map onto a CycloneDX machine-learning-model component (handoff/cyclonedx).
 */
export const AI_SYSTEM_INVENTORY_FIELDS = {
  /** The model behind the system (e.g. a vendor's product or model name). */
  model: SHORT_TEXT.optional(),
  modelVersion: SHORT_TEXT.optional(),
  intendedUse: LONG_TEXT.optional(),
  limitations: LONG_TEXT.optional(),
  /** How people watch, override or stop the system. */
  humanOversight: LONG_TEXT.optional(),
  /** Who to reach at the supplier: an email address, or a name or phone number. */
  supplierContact: SHORT_TEXT.optional(),
};

export type AiSystemInventoryKey = keyof typeof AI_SYSTEM_INVENTORY_FIELDS;
export const AI_SYSTEM_INVENTORY_KEYS = Object.keys(AI_SYSTEM_INVENTORY_FIELDS) as AiSystemInventoryKey[];
