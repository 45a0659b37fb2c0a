// Signed-PDF time for a fully answered assessment of all five roles (52 practices), on the domain code the
// export step runs. Prints JSON rows for scripts/bench.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ANSWER_STATUSES,
  ROLE_CODES,
  type AssessmentDocument,
} from '../../renderer/src/domain/assessment/model';
import { BUILT_IN_PACK } from '../../renderer/src/domain/framework/builtin-pack';
import { assessmentJson } from '../../renderer/src/domain/bundle/assessment-json';
import { buildReportPdf } from '../../renderer/src/domain/report/build-report';
import { signPdf } from '../../renderer/src/domain/report/sign-pdf';
import { buildReportInput } from '../../renderer/src/services/export/report-input';
import { fixtureDocument } from '../../test/unit/domain/report/report-fixture';
import { makeIdentity } from '../../test/unit/domain/bundle/bundle-fixture';

// The fonts the export service embeds (it gets them inlined by Vite; esbuild has no ?inline, so read them).
const FONT_DIR = join(process.cwd(), 'node_modules/@uswds/uswds/packages/uswds-core/src/assets/fonts');
const font = (file: string) => readFileSync(join(FONT_DIR, file)).toString('base64');
const FONTS = {
  regular: font('source-sans-pro/sourcesanspro-regular-webfont.ttf'),
  bold: font('source-sans-pro/sourcesanspro-bold-webfont.ttf'),
  mono: font('roboto-mono/roboto-mono-v5-latin-regular.ttf'),
  monoBold: font('roboto-mono/roboto-mono-v5-latin-700.ttf'),
};

const RUNS = 5;
const NOTE = 'Observed on site with the operations lead; documents reviewed and staff interviewed. '.repeat(
  3,
);

function allRolesDocument(): AssessmentDocument {
  const base = fixtureDocument();
  const statuses = ANSWER_STATUSES.filter((status) => status !== 'not-assessed');
  const answers = Object.fromEntries(
    BUILT_IN_PACK.practices.map((practice, index) => {
      const status = statuses[index % statuses.length] ?? 'implemented';
      return [
        practice.id,
        {
          status,
          notes: NOTE,
          justification: status === 'not-applicable' ? 'Out of the site’s remit.' : '',
          systemIds: [],
        },
      ];
    }),
  );
  return { ...base, content: { ...base.content, roles: [...ROLE_CODES], answers } };
}

async function main(): Promise<void> {
  const identity = await makeIdentity();
  const document = allRolesDocument();
  const { sha256 } = assessmentJson(document);
  const signer = {
    name: 'Bench Assessor',
    organization: 'Bench',
    fingerprint: identity.certificate.fingerprint.colon,
  };
  const times: number[] = [];
  let pages = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const pdf = buildReportPdf(
      buildReportInput(BUILT_IN_PACK, document, signer, sha256, '0.0.0-bench', new Date()),
      FONTS,
    );
    const signed = await signPdf(pdf, {
      signingKey: identity.signingKey,
      certificatePem: identity.certificate.pem,
      name: signer.name,
      reason: 'bench',
      location: 'bench',
      contactInfo: 'bench@example.org',
    });
    times.push(performance.now() - start);
    if (!signed.ok) throw new Error(signed.message);
    pages = (new TextDecoder('latin1').decode(signed.value).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify([
      [
        `signed PDF, all 5 roles, 52 practices answered (${pages} pages; median of ${RUNS}; target ≤ 2 s)`,
        `${(times[Math.floor(RUNS / 2)]! / 1000).toFixed(2)} s`,
      ],
    ]),
  );
}

void main();
