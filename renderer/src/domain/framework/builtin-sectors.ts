/**
 * The built-in pack's sectors (the 16 U.S. critical infrastructure sectors) as a plain list. The library, the
 * first screen, needs only these names; importing them from the pack would bring its 58 kB of JSON and its
 * schema check into the start path (a JSON module cannot be split between chunks). A unit test proves this
 * list is exactly the validated BUILT_IN_PACK's, in order.
 */
export interface SectorName {
  readonly id: string;
  readonly name: string;
}

export const BUILT_IN_SECTORS: readonly SectorName[] = [
  { id: 'chemical', name: 'Chemical' },
  { id: 'commercial-facilities', name: 'Commercial Facilities' },
  { id: 'communications', name: 'Communications' },
  { id: 'critical-manufacturing', name: 'Critical Manufacturing' },
  { id: 'dams', name: 'Dams' },
  { id: 'defense-industrial-base', name: 'Defense Industrial Base' },
  { id: 'emergency-services', name: 'Emergency Services' },
  { id: 'energy', name: 'Energy' },
  { id: 'financial-services', name: 'Financial Services' },
  { id: 'food-and-agriculture', name: 'Food and Agriculture' },
  { id: 'government-facilities', name: 'Government Facilities' },
  { id: 'healthcare-and-public-health', name: 'Healthcare and Public Health' },
  { id: 'information-technology', name: 'Information Technology' },
  { id: 'nuclear-reactors-materials-and-waste', name: 'Nuclear Reactors, Materials, and Waste' },
  { id: 'transportation-systems', name: 'Transportation Systems' },
  { id: 'water-and-wastewater-systems', name: 'Water and Wastewater Systems' },
];

/** The sector's name, the id itself for a sector the pack does not list, "" for none. */
export function builtInSectorName(id: string): string {
  if (!id) return '';
  return BUILT_IN_SECTORS.find((sector) => sector.id === id)?.name ?? id;
}
