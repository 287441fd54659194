// Brushing as a person sees it: the Exploration page of a running `zeno serve` in Debian's Chromium, a mouse brush
// dragged across one range chart, and per frame the time from the pointer event to the last change the page makes
// to every *other* chart (Svelte's update, the prefix-sum arithmetic of lib/brush/falcon.ts, Vega's dataflow and its
// SVG drawing). Unlike brush-frames.mjs, which times only the arithmetic, this is the whole frame of the real UI.
//   node bench/browser/brush-ui-frames.mjs URL COLUMN REPORT.json
// REPORT: { frameMs: [...], indexMs, changedFrames, frames, requestsWhileDragging }
import { writeFileSync } from 'node:fs';
import { openBrowser } from '../../web/e2e/support/browser.mjs';

const [url, column, reportFile] = process.argv.slice(2);
const FRAMES = 40;

const browser = await openBrowser();
try {
  const page = await browser.page();
  await page.goto(url);
  await page.locator('section[aria-label="Current selection"] .size strong').waitFor({ timeout: 600_000 });
  const chart = page.locator(`[role="group"][aria-label="${column} range"]`);
  await chart.locator('svg').waitFor({ timeout: 600_000 });
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  const y = box.y + box.height * 0.6;

  // Every DOM change outside the brushed chart is a change to another chart (or the selection's numbers): the time
  // of the last one after a pointer move is when that frame's update was drawn.
  await page.evaluate((label) => {
    const brushed = document.querySelector(`[role="group"][aria-label="${label} range"]`);
    const probe = (window.__brushProbe = { moved: 0, last: 0, changes: 0 });
    new MutationObserver((records) => {
      if (records.some((record) => !brushed.contains(record.target))) {
        probe.last = performance.now();
        probe.changes++;
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    window.addEventListener('pointermove', () => { probe.moved = performance.now(); }, { capture: true });
  }, column);

  const requests = [];
  page.on('request', (request) => { if (request.url().includes('/api/histograms')) requests.push(new URL(request.url()).pathname); });
  const left = box.x + box.width * 0.1;
  const indexClock = Date.now();
  const index = page.waitForResponse((response) => response.url().endsWith('/api/histograms/brush-index'), { timeout: 600_000 });
  await page.mouse.move(left, y);
  await page.mouse.down();
  await page.mouse.move(left + 3, y);
  if ((await index).status() !== 200) throw new Error('the brushing index was refused');
  const indexMs = Date.now() - indexClock;
  await settle(page);
  const before = requests.length;

  // Back and forth over the chart, so each frame's brush covers other bins than the last.
  const frameMs = [];
  let changedFrames = 0;
  for (let frame = 0; frame < FRAMES; frame++) {
    const step = frame % 20 < 10 ? frame % 10 : 10 - (frame % 10);
    await page.mouse.move(left + box.width * (0.1 + step * 0.07), y);
    const result = await settle(page);
    if (result.changed) {
      changedFrames++;
      frameMs.push(result.ms);
    }
  }
  const requestsWhileDragging = requests.slice(before);
  await page.mouse.up();
  writeFileSync(reportFile, JSON.stringify({ frameMs, indexMs, changedFrames, frames: FRAMES, requestsWhileDragging }));
} finally {
  await browser.close();
}

// Waits until three animation frames pass without a change, then says how long the last move's update took.
function settle(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const probe = window.__brushProbe;
    let seen = probe.changes;
    let quiet = 0;
    const tick = () => {
      if (probe.changes === seen) quiet++;
      else [seen, quiet] = [probe.changes, 0];
      if (quiet >= 3) resolve({ changed: probe.last > probe.moved, ms: probe.last - probe.moved });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }));
}
