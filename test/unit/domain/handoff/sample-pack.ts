import type { PackInfo } from '../../../../renderer/src/domain/handoff/pack-info';

export const SAMPLE_PACK: PackInfo = {
  id: 'dhs-ai-rr-2024',
  version: '1.0.0',
  practices: [
    { id: 'CIO-SE-1', title: 'Secure the deployment environment', area: 'SE', role: 'CIO' },
    { id: 'CIO-DD-1', title: 'Know the data your AI uses', area: 'DD', role: 'CIO' },
    { id: 'AID-SE-1', title: 'Build security in', area: 'SE', role: 'AID' },
  ],
};
