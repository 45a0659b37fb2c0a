// The keys of .bench/results.json that issue 12 names, next to the full figures. Ratios are app ÷ reference
// in speed (reference time ÷ app time: higher is better), except start-up (app time ÷ blank page: lower is
// better). A step that failed has null for its figures and its reason under `failed`.

const ratio = (step) => (step && !step.failed ? step.ratio : null);
const rss = (...steps) => {
  const peaks = steps.filter(Boolean).map((step) => step.peakRssMB);
  return peaks.length > 0 ? Math.max(...peaks) : null;
};

export function flatResults(results) {
  const keys = {};
  if (results.startup) keys['startup.readyOverBlank'] = results.startup.readyOverBlank;
  if (results.library) {
    keys['library.navigateToRowsMs'] = results.library.navigateRowsMs;
    keys['library.searchToRowsMs'] = results.library.searchRowsMs;
    keys['library.filterToRowsMs'] = results.library.filterRowsMs;
  }
  const renderer = results.renderer;
  if (renderer) {
    keys['renderer.attach.overSha256sum'] = ratio(renderer.attach);
    keys['renderer.export.overSha256sum'] = ratio(renderer.export);
    keys['renderer.exportDigestShown.overSha256sum'] = ratio(renderer.exportDigest);
    keys['renderer.exportSealed.overAge'] = ratio(renderer.exportSealed);
    keys['renderer.import.overSha256sum'] = ratio(renderer.verify);
    keys['renderer.importAccept.overSha256sum'] = ratio(renderer.accept);
    keys['renderer.export.peakRssMB'] = rss(renderer.export, renderer.exportSealed);
    keys['renderer.import.peakRssMB'] = rss(renderer.verify, renderer.accept);
    const failed = Object.entries(renderer).filter(([, step]) => step.failed);
    if (failed.length > 0)
      keys['renderer.failed'] = Object.fromEntries(failed.map(([k, s]) => [k, s.failed]));
  }
  return { ...keys, details: results };
}
