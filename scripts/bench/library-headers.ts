// 10,000 realistic library headers for the library benchmarks: site names from 400 places × facility kinds,
// titles like an assessor's, and the search words the app itself derives, so searches match what users type.
// `node .bench/library-headers.mjs` (bundled by esbuild) prints them as JSON.
import type { AssessmentHeader } from '../../renderer/src/storage/rows';
import { searchWordsOf } from '../../renderer/src/storage/search-words';

const PLACES = [
  'Riverside',
  'North Basin',
  'Cedar Falls',
  'Harbor Point',
  'Mill Creek',
  'Granite Ridge',
  'Lakeview',
  'Pine Hollow',
  'Eastgate',
  'Sandy Bend',
];
const FACILITIES = [
  'Water Treatment Plant',
  'Substation',
  'Compressor Station',
  'Dam',
  'Hospital',
  'Wastewater Plant',
  'Pumping Station',
  'Control Center',
];
const KINDS = ['Annual assessment', 'Spring walk-down', 'Follow-up visit', 'Baseline review'];
const SECTORS = ['energy', 'water-and-wastewater-systems', 'dams', 'chemical'];
const STATUSES = ['draft', 'in-progress', 'complete'] as const;

export function benchHeaders(count = 10_000): AssessmentHeader[] {
  return Array.from({ length: count }, (_, index) => {
    const site = `${PLACES[index % 10]} ${FACILITIES[Math.floor(index / 10) % 8]} ${(Math.floor(index / 80) % 5) + 1}`;
    const title = `${KINDS[index % 4]} ${2020 + (index % 7)}`;
    return {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      title,
      siteName: site,
      sector: SECTORS[index % 4] ?? 'energy',
      status: STATUSES[index % 3] ?? 'draft',
      createdAt: new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString(),
      updatedAt: new Date(Date.UTC(2025, 6, 1) + index * 3_600_000).toISOString(),
      revision: 1,
      packId: 'dhs-ai-rr-2024',
      packVersion: '1.0.0',
      completeness: (index % 100) / 100,
      overallScore: null,
      source: 'local',
      signerFingerprint: '',
      searchWords: searchWordsOf(title, site),
    };
  });
}

if (process.argv[1]?.endsWith('library-headers.mjs')) process.stdout.write(JSON.stringify(benchHeaders()));
