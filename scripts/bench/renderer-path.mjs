// The path users run: the BUILT renderer in Chromium, driven through its screens like a person would, on real
// files on disk. Attach evidence (AIRR_BENCH_MB in total, in files of at most 128 MB), export the bundle plain
// and sealed, then on a second profile (another device) verify it and accept it. Each step is timed from the
// click to what the screen shows when it is done, and compared with the stock tool on the same bytes, in the
// same run (median of three runs of the tool, right after the step): sha256sum over the evidence files (attach, export) or the bundle (import), `age -e` over the plain
// bundle (sealed export). Ratios are reference time ÷ app time (higher is better; 1.0 = as fast as the tool).
// The browser process tree's resident memory is polled throughout; each step reports its peak above the idle
// level measured just before it. Whatever the product code does, this measures it: it only clicks.
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBrowser } from './browser.mjs';
import { rssSampler } from './process-rss.mjs';

const MIB = 2 ** 20;
const FILE_MIB = 128;
/** A step that takes longer than this is reported as failed (the machine is shared; keep it generous). */
const STEP_TIMEOUT_MS = 20 * 60_000;
const ASSESSOR = { name: 'Bench Assessor', passphrase: 'bench passphrase of enough length' };

/** Random (incompressible, like photos and video) evidence files of `totalMiB` in all. */
function writeEvidence(dir, totalMiB) {
  const files = [];
  const block = Buffer.alloc(8 * MIB);
  for (let left = totalMiB, index = 1; left > 0; left -= FILE_MIB, index += 1) {
    const path = join(dir, `evidence-${String(index).padStart(2, '0')}.bin`);
    const fd = openSync(path, 'w');
    for (let written = 0; written < Math.min(left, FILE_MIB) * MIB; written += block.length) {
      randomFillSync(block);
      writeSync(fd, block);
    }
    closeSync(fd);
    files.push(path);
  }
  return files;
}

/** The median of three timed runs of a stock tool (one run each of the app's steps is what 1 GB affords). */
function seconds(run) {
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    run();
    return (performance.now() - start) / 1000;
  });
  return times.sort((a, b) => a - b)[1];
}

function sha256sumSeconds(paths) {
  return seconds(() => execFileSync('sha256sum', paths, { stdio: 'ignore' }));
}

function ageSeconds(path, recipient, dir) {
  return seconds(() =>
    execFileSync('age', ['-e', '-r', recipient, '-o', join(dir, 'reference.age'), path], { stdio: 'ignore' }),
  );
}

/** Times `run` (ms → s) and the tree's peak RSS above the level just before it; a failure is kept, not thrown. */
async function step(memory, run) {
  const idle = memory.now();
  memory.reset();
  const start = performance.now();
  try {
    const detail = await run();
    return {
      seconds: (performance.now() - start) / 1000,
      peakRssMB: memory.peak() - idle,
      idleMB: idle,
      detail,
    };
  } catch (error) {
    return { failed: String(error?.message ?? error).split('\n')[0], peakRssMB: memory.peak() - idle };
  }
}

/** Follows an in-app link: the page (and the unlocked key it holds) stays. */
async function go(page, route) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);
}

async function createIdentity(page) {
  await go(page, 'settings');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.getByLabel('Your name').fill(ASSESSOR.name);
  await page.getByLabel('Passphrase', { exact: true }).fill(ASSESSOR.passphrase);
  await page.getByLabel('Confirm passphrase').fill(ASSESSOR.passphrase);
  await page.getByRole('button', { name: 'Create identity' }).click();
  await page.getByRole('heading', { name: 'Unlocked for this session' }).waitFor({ timeout: 120_000 });
}

async function addRecipient(page, recipient) {
  await page.getByLabel('Recipient name').fill('Bench recipient');
  await page.getByLabel('age recipient').fill(recipient);
  await page.getByRole('button', { name: 'Add recipient' }).click();
  await page.getByRole('rowheader', { name: 'Bench recipient' }).waitFor();
}

async function createAssessment(page) {
  await go(page, 'assessments/new');
  await page.getByLabel('Assessment title').fill('Renderer bench');
  await page.getByLabel('Site or facility name').fill('Bench site');
  await page.getByLabel('Critical infrastructure sector').selectOption({ label: 'Energy' });
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await page.waitForURL(/#\/assessments\/[0-9a-f-]{36}\//);
  await goToStep(page, 'Scope and AI systems');
  await page.locator('label', { hasText: 'Critical Infrastructure Owners and Operators' }).first().click();
  await goToStep(page, 'Secure Environments');
}

async function goToStep(page, label) {
  await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

async function attach(page, files) {
  const input = page.getByLabel('Attach evidence to CIO-SE-1');
  await input.setInputFiles(files);
  const list = page.getByRole('list', { name: 'Evidence for CIO-SE-1' }).getByRole('listitem');
  await page.waitForFunction(
    (count) => document.querySelectorAll('[aria-label="Evidence for CIO-SE-1"] li').length >= count,
    files.length,
    { timeout: STEP_TIMEOUT_MS, polling: 100 },
  );
  await input.and(page.locator(':enabled')).waitFor({ timeout: STEP_TIMEOUT_MS });
  return `${await list.count()} files listed`;
}

/** Clicks export and waits until the browser has the whole file; returns its path in the downloads folder. */
async function exportBundle(page) {
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Export signed bundle' }).click();
  const file = await download;
  const path = await file.path();
  await page.getByRole('heading', { name: 'Bundle exported' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  return path;
}

async function chooseBundle(page, path) {
  await go(page, 'import');
  await page.getByRole('heading', { level: 1, name: 'Import a bundle' }).waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a bundle file…' }).click();
  await (await chooser).setFiles(path);
}

async function verified(page) {
  const verdict = page.getByTestId('verdict').getByRole('heading', { level: 2 });
  const refused = page.getByRole('alert');
  await verdict.or(refused).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  if (!(await verdict.isVisible()))
    throw new Error(`refused: ${(await refused.first().textContent())?.trim()}`);
  return (await verdict.textContent())?.trim();
}

async function accepted(page) {
  await page.getByRole('button', { name: 'Accept and store' }).click();
  const result = page.getByTestId('import-result');
  const refused = page.getByRole('alert');
  await result.or(refused).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  if (!(await result.isVisible()))
    throw new Error(`not stored: ${(await refused.first().textContent())?.trim()}`);
  return (await result.textContent())?.trim().slice(0, 80);
}

function ageKeyPair(dir) {
  execFileSync('age-keygen', ['-o', join(dir, 'key.txt')], { stdio: 'ignore' });
  return execFileSync('age-keygen', ['-y', join(dir, 'key.txt')], { encoding: 'utf8' }).trim();
}

/**
 * Runs the journey against the app at `appUrl` with `totalMiB` of evidence. Returns the printed rows and the
 * figures for .bench/results.json.
 */
export async function benchRendererPath(appUrl, totalMiB) {
  const dir = mkdtempSync(join(tmpdir(), 'airr-bench-renderer-'));
  try {
    const files = writeEvidence(dir, totalMiB);
    const recipient = ageKeyPair(dir);
    const evidenceMB = (totalMiB * MIB) / 1e6;
    const steps = {};
    let bundle;
    await withBrowser(async (context, { profile }) => {
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(appUrl);
      const memory = rssSampler(profile);
      try {
        await createIdentity(page);
        await addRecipient(page, recipient);
        await createAssessment(page);
        steps.attach = await step(memory, () => attach(page, files));
        steps.attach.reference = sha256sumSeconds(files);
        await goToStep(page, 'Sign and export');
        steps.export = await step(memory, () => exportBundle(page));
        if (!steps.export.failed) {
          // The confirmation comes once the file is saved; the file's own SHA-256 may follow (a worker reads
          // the stored evidence after it was handed to the download). Timed on from the save, same click.
          const saved = performance.now();
          await page.getByTestId('export-file-sha256').waitFor({ timeout: STEP_TIMEOUT_MS });
          steps.exportDigest = {
            seconds: steps.export.seconds + (performance.now() - saved) / 1000,
            peakRssMB: memory.peak() - steps.export.idleMB,
          };
        }
        steps.export.reference = sha256sumSeconds(files);
        if (steps.exportDigest) steps.exportDigest.reference = steps.export.reference;
        if (steps.export.detail) {
          // The browser's copy goes when the profile does: keep one for the import and the age reference.
          bundle = join(dir, 'bundle.airr');
          execFileSync('cp', [steps.export.detail, bundle]);
          steps.exportSealed = await step(memory, async () => {
            await page.locator('label', { hasText: 'Seal to a named age recipient' }).click();
            await page.getByLabel('Recipient', { exact: true }).selectOption({ label: 'Bench recipient' });
            return exportBundle(page);
          });
          steps.exportSealed.reference = ageSeconds(bundle, recipient, dir);
        }
      } finally {
        memory.stop();
      }
    });
    if (bundle) {
      // Another device: a fresh profile imports the plain bundle.
      await withBrowser(async (context, { profile }) => {
        const page = await context.newPage();
        page.setDefaultTimeout(60_000);
        await page.goto(appUrl);
        await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
        const memory = rssSampler(profile);
        try {
          steps.verify = await step(memory, async () => {
            await chooseBundle(page, bundle);
            return verified(page);
          });
          steps.verify.reference = sha256sumSeconds([bundle]);
          if (!steps.verify.failed) {
            steps.accept = await step(memory, () => accepted(page));
            steps.accept.reference = sha256sumSeconds([bundle]);
          }
        } finally {
          memory.stop();
        }
      });
    }
    const bundleMB = bundle ? statSync(bundle).size / 1e6 : evidenceMB;
    return report(steps, evidenceMB, bundleMB, files.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(steps, evidenceMB, bundleMB, fileCount) {
  const LABELS = {
    attach: ['attach evidence', 'sha256sum', evidenceMB],
    export: ['export plain (file saved)', 'sha256sum', evidenceMB],
    exportDigest: ['export plain, to its SHA-256 shown', 'sha256sum', evidenceMB],
    exportSealed: ['export sealed', 'age -e', bundleMB],
    verify: ['import: verify', 'sha256sum', bundleMB],
    accept: ['import: accept and store', 'sha256sum', bundleMB],
  };
  const rows = [
    [`evidence`, `${evidenceMB.toFixed(0)} MB in ${fileCount} files; bundle ${bundleMB.toFixed(0)} MB`],
  ];
  const figures = {};
  for (const [key, [label, tool, megabytes]] of Object.entries(LABELS)) {
    const result = steps[key];
    if (!result) {
      rows.push([label, 'not run (an earlier step failed)']);
      continue;
    }
    const rss = `peak RSS +${result.peakRssMB.toFixed(0)} MB`;
    if (result.failed) {
      rows.push([label, `FAILED: ${result.failed} (${rss})`]);
      figures[key] = { failed: result.failed, peakRssMB: result.peakRssMB };
      continue;
    }
    const ratio = result.reference / result.seconds;
    rows.push([
      label,
      `${result.seconds.toFixed(1)} s, ${(megabytes / result.seconds).toFixed(0)} MB/s, ` +
        `${ratio.toFixed(2)}× ${tool} (${result.reference.toFixed(1)} s), ${rss}`,
    ]);
    figures[key] = {
      seconds: result.seconds,
      mbPerSecond: megabytes / result.seconds,
      ratio,
      peakRssMB: result.peakRssMB,
    };
  }
  return { rows, figures };
}

/** One row per evidence size: each step's time and the peak RSS above idle, to see time grow and memory not. */
export function growthRows(runs) {
  const cell = (step) =>
    !step ? '—' : step.failed ? 'failed' : `${step.seconds.toFixed(1)} s / +${step.peakRssMB.toFixed(0)} MB`;
  return runs.map(({ megabytes, figures }) => [
    `${megabytes} MB`,
    ['attach', 'export', 'exportDigest', 'exportSealed', 'verify', 'accept']
      .map((key) => `${key} ${cell(figures[key])}`)
      .join(' · '),
  ]);
}
