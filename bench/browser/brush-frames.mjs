// The browser's part of Falcon-style brushing, timed in Debian's Chromium: given the brush index the server sends
// when a brush starts (POST /api/histograms/brush-index), build prefix sums over the brushed chart's bars once, then
// per frame compute every other chart's counts (and accuracy per bar) for the brushed range, in O(bars).
//   node bench/browser/brush-frames.mjs INDEX.json REPORT.json
// REPORT: { prepareMs: [...], frameMs: [...] }, each frame sample the mean of a batch of frames (timer resolution).
import { readFileSync, writeFileSync } from 'node:fs';
import { openBrowser } from '../../web/e2e/support/browser.mjs';

const [indexFile, reportFile] = process.argv.slice(2);
const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const browser = await openBrowser();
try {
  const page = await browser.page();
  await page.goto('about:blank');
  const report = await page.evaluate((index) => {
    // Per chart: prefix[a * bars + p] = rows of bar p under active bars 0..a-1 (and the same for correct rows).
    function prepare(index) {
      const activeBars = index.activeBuckets.length;
      const prefix = (cells, bars) => {
        const sums = new Float64Array((activeBars + 1) * bars);
        for (let a = 0; a < activeBars; a++)
          for (let p = 0; p < bars; p++) sums[(a + 1) * bars + p] = sums[a * bars + p] + cells[a * bars + p];
        return sums;
      };
      const chart = (column, buckets, cells) => ({
        column,
        bars: buckets.length,
        rows: prefix(cells.rows, buckets.length),
        correct: cells.correct ? prefix(cells.correct, buckets.length) : null,
      });
      return { activeBars, selection: chart(index.active, [''], index.selection), charts: index.charts.map((c) => chart(c.column, c.buckets, c.cells)) };
    }
    // One frame: the brush covers active bars [lo, hi); every chart's counts and accuracy per bar, and the selection's.
    function frame(prepared, lo, hi) {
      const out = [];
      for (const c of [prepared.selection, ...prepared.charts]) {
        const counts = new Float64Array(c.bars);
        const accuracy = c.correct ? new Float64Array(c.bars) : null;
        for (let p = 0; p < c.bars; p++) {
          counts[p] = c.rows[hi * c.bars + p] - c.rows[lo * c.bars + p];
          if (accuracy) accuracy[p] = counts[p] ? (c.correct[hi * c.bars + p] - c.correct[lo * c.bars + p]) / counts[p] : NaN;
        }
        out.push(counts, accuracy);
      }
      return out;
    }
    const prepareMs = [];
    let prepared;
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      prepared = prepare(index);
      prepareMs.push(performance.now() - start);
    }
    // Every brush the user can draw over the active bars, in turn, as a drag visits them; batches of frames per sample.
    const ranges = [];
    for (let lo = 0; lo < prepared.activeBars; lo++) for (let hi = lo + 1; hi <= prepared.activeBars; hi++) ranges.push([lo, hi]);
    const frameMs = [];
    let sink = 0;
    for (let sample = 0; sample < 30; sample++) {
      const batch = 200;
      const start = performance.now();
      for (let f = 0; f < batch; f++) {
        const [lo, hi] = ranges[(sample * batch + f) % ranges.length];
        sink += frame(prepared, lo, hi)[0][0];
      }
      frameMs.push((performance.now() - start) / batch);
    }
    return { prepareMs, frameMs, charts: prepared.charts.length, activeBars: prepared.activeBars, sink };
  }, index);
  writeFileSync(reportFile, JSON.stringify(report));
} finally {
  await browser.close();
}
