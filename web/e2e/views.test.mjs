// Every instance view renders in real Chromium: each built-in view on its example project under examples/views (the
// text view on the reviews of the custom-view example), and the custom view.js. Each test checks what a person would
// see (an image with pixels, boxes and masks drawn and switched, audio that plays, a line with its points, safe
// markdown, highlighted code) and saves artifacts/e2e-shots/view-<name>.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveProject } from './support/server.mjs';
import { openBrowser, shots } from './support/browser.mjs';

const setView = (view) => (folder) => {
  const config = join(folder, 'zeno.toml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^view = .*$/m, `view = "${view}"`));
};

// The projects in test order. Starting a server (compiling its functions, running its pipeline) takes seconds, so the
// next test's server starts while the current test runs: at most two run at once.
const projects = {
  'text-classification': ['views/custom-view', { edit: setView('text-classification') }],
  'image-classification': ['views/image-classification'],
  'image-segmentation': ['views/image-segmentation'],
  'object-detection': ['views/object-detection'],
  'audio-transcription': ['views/audio-transcription'],
  'time-series': ['views/time-series'],
  chat: ['views/chat'],
  'code-generation': ['views/code-generation'],
  'custom-view': ['views/custom-view'],
};
const order = Object.keys(projects);
const servers = new Map();
function serverFor(index) {
  if (index >= order.length) return null;
  if (!servers.has(index)) {
    const started = serveProject(...projects[order[index]]);
    started.catch(() => {});
    servers.set(index, started);
  }
  return servers.get(index);
}

let browser;
before(async () => {
  serverFor(0);
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
  for (const started of servers.values()) await started.then((server) => server.stop(), () => {});
});

/** Serves a view's example, opens it, waits for its cards; the page collects errors and dialogs (none expected). */
async function open(view) {
  const index = order.indexOf(view);
  const server = await serverFor(index);
  serverFor(index + 1);
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
  await page.goto(server.url);
  await page.locator('article.card').first().waitFor({ timeout: 60_000 });
  return {
    page,
    problems,
    server,
    async close() {
      await page.close();
      await server.stop();
    },
  };
}

/** A fingerprint of a canvas's pixels and how many of them are not the first pixel's colour. */
const canvasPixels = (locator) => locator.evaluate((canvas) => {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let hash = 0;
  let other = 0;
  for (let i = 0; i < data.length; i += 4) {
    hash = (hash * 31 + data[i] * 7 + data[i + 1] * 13 + data[i + 2] * 17 + data[i + 3]) >>> 0;
    if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) other++;
  }
  return { hash, other, width: canvas.width, height: canvas.height };
});

/** Polls until `check` holds (the UI redraws after an event, not within it). */
async function until(check, what, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the canvas's pixels differ from `hash`; returns the new pixels. */
async function changed(canvas, hash, what) {
  let now;
  await until(async () => (now = await canvasPixels(canvas)).hash !== hash, what);
  return now;
}

const option = (page, name) => page.getByRole('group', { name: 'View options' }).getByLabel(name);
const shoot = (page, name) => page.screenshot({ path: join(shots, `view-${name}.png`) });

test('text-classification: the text with search matches marked and the label and output pills', async () => {
  const { page, problems, close } = await open('text-classification');
  try {
    const card = page.locator('article.card', { hasText: 'Not good at all' });
    await card.locator('.pill.output').waitFor();
    await page.getByLabel('Search text').fill('good');
    await page.locator('article.card mark').first().waitFor({ timeout: 30_000 });
    const marks = await page.locator('article.card mark').allInnerTexts();
    assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === 'good'), marks.join(','));
    await shoot(page, 'text-classification');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('image-classification: every card shows its image, and wrong outputs are marked', async () => {
  const { page, problems, close } = await open('image-classification');
  try {
    await page.waitForFunction(() => {
      const images = [...document.querySelectorAll('article.card img')];
      return images.length > 0 && images.every((img) => img.complete && img.naturalWidth > 0);
    }, undefined, { timeout: 30_000 });
    const sizes = await page.locator('article.card img').evaluateAll((images) => images.map((img) => `${img.naturalWidth}x${img.naturalHeight}`));
    assert.ok(sizes.every((size) => size === '64x64'), sizes.join(','));
    assert.ok((await page.locator('article.card .verdict').count()) > 0, 'some shapes are misclassified');
    await shoot(page, 'image-classification');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('image-segmentation: the label and model masks are overlays that switch on and off', async () => {
  const { page, problems, close } = await open('image-segmentation');
  try {
    const canvas = page.locator('article.card canvas').first();
    await canvas.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('article.card canvas').length === document.querySelectorAll('article.card').length);
    const both = await canvasPixels(canvas);
    assert.ok(both.width === 64 && both.other > 100, JSON.stringify(both));
    await shoot(page, 'image-segmentation');
    await option(page, 'label mask').uncheck();
    const withoutLabel = await changed(canvas, both.hash, 'switching the label mask off changes the pixels');
    await option(page, 'model mask').uncheck();
    await changed(canvas, withoutLabel.hash, 'switching the model mask off changes the pixels');
    await option(page, 'label mask').check();
    await option(page, 'model mask').check();
    await until(async () => (await canvasPixels(canvas)).hash === both.hash, 'both back on: the same picture');
    assert.ok((await page.locator('article.card .verdict').count()) > 0, 'cards with a poor mask are marked through `correct`');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('object-detection: label and model boxes are drawn with their classes, switchable and filtered by score', async () => {
  const { page, problems, close } = await open('object-detection');
  try {
    const card = page.locator('article.card').first();
    const canvas = card.locator('canvas');
    await canvas.waitFor({ timeout: 30_000 });
    const label = await canvas.getAttribute('aria-label');
    assert.match(label, /with [1-9]\d* label and [1-9]\d* model boxes/);
    const all = await canvasPixels(canvas);
    assert.ok(all.other > 1000, JSON.stringify(all));
    await shoot(page, 'object-detection');
    await option(page, 'model boxes').uncheck();
    const labelsOnly = await changed(canvas, all.hash, 'switching the model boxes off changes the pixels');
    await option(page, 'label boxes').uncheck();
    await changed(canvas, labelsOnly.hash, 'switching the label boxes off changes the pixels');
    await option(page, 'label boxes').check();
    await option(page, 'model boxes').check();
    await until(async () => (await canvasPixels(canvas)).hash === all.hash, 'both back on: the same picture');
    // A score threshold above every box leaves none of the model's boxes.
    await option(page, 'score ≥').selectOption('0.75');
    await until(async () => /model: \d+ of \d+ box/.test(await page.locator('article.card .legend').allInnerTexts().then((t) => t.join(' '))),
      'the legend counts the boxes left by the score filter');
    await option(page, 'score ≥').selectOption('0');
    // Labels and outputs are box lists: "only errors" reads the per-model `correct` column instead of output != label.
    await page.getByLabel(/only errors/i).check();
    await until(async () => {
      const cards = await page.locator('article.card').count();
      return cards > 0 && cards === (await page.locator('article.card.wrong').count());
    }, 'only the wrong scenes are left');
    await page.locator('article.card canvas').first().waitFor();
    await shoot(page, 'object-detection-errors');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('audio-transcription: a player with the recording, its waveform and spectrogram, and both transcriptions', async () => {
  const { page, problems, close } = await open('audio-transcription');
  try {
    const card = page.locator('article.card').first();
    const durations = await card.locator('audio').evaluate((audio) => new Promise((resolve) => {
      if (audio.readyState >= 1) resolve(audio.duration);
      else audio.addEventListener('loadedmetadata', () => resolve(audio.duration), { once: true });
    }));
    assert.ok(durations > 0.1 && durations < 3, `duration ${durations}`);
    await card.locator('canvas.spectrum').waitFor({ timeout: 30_000 });
    const wave = await canvasPixels(card.locator('canvas.wave'));
    const spectrum = await canvasPixels(card.locator('canvas.spectrum'));
    assert.ok(wave.other > 50, `waveform ${JSON.stringify(wave)}`);
    assert.ok(spectrum.height === 128 && spectrum.other > spectrum.width * 20, `spectrogram ${JSON.stringify(spectrum)}`);
    assert.match(await card.locator('dl.texts').innerText(), /label\s+\w+\s+output\s+\w+/);
    await page.locator('article.card canvas.spectrum').nth(5).waitFor({ timeout: 30_000 });
    await shoot(page, 'audio-transcription');
    await option(page, 'spectrogram').uncheck();
    await until(async () => (await page.locator('canvas.spectrum').count()) === 0, 'the spectrograms are switched off');
    assert.ok((await page.locator('canvas.wave').count()) > 0);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('time-series: the series file as a line, and a missing file named in its card', async () => {
  const missing = 'series/sensor-002.csv';
  const { page, problems, server, close } = await open('time-series');
  try {
    const line = page.locator('article.card svg polyline').first();
    await line.waitFor({ timeout: 30_000 });
    const points = (await line.getAttribute('points')).trim().split(/\s+/);
    assert.ok(points.length >= 72, `${points.length} points`);
    await shoot(page, 'time-series');
    // The file disappears after the pipeline read it: the card says which file it cannot load.
    rmSync(join(server.folder, 'data', missing));
    await page.reload();
    const failed = page.locator('article.card', { hasText: 'sensor-002' }).getByRole('alert');
    await failed.waitFor({ timeout: 30_000 });
    assert.match(await failed.innerText(), /Cannot load series\/sensor-002\.csv \(data folder\): not found/);
    assert.ok(problems.every((p) => p.includes('404')), problems.join('\n'));
  } finally {
    await close();
  }
});

test('chat: role-tagged bubbles with safe markdown, the model reply and the reference where it is wrong', async () => {
  const { page, problems, close } = await open('chat');
  try {
    await page.waitForFunction(() => [...document.querySelectorAll('article.card')].every((card) => card.querySelector('.msg.model')), undefined, { timeout: 30_000 });
    assert.equal(await page.locator('article.card .msg.system').count(), 24);
    assert.ok((await page.locator('article.card .msg.user').count()) >= 24);
    assert.ok((await page.locator('article.card .msg.model strong').count()) > 0, 'bold text from markdown');
    assert.ok((await page.locator('article.card .msg.model li').count()) > 0, 'lists from markdown');
    // The customer message with HTML in it shows the HTML as text: no element, no script run.
    const hostile = page.locator('article.card', { hasText: 'Is cash ok in the shop?' });
    assert.match(await hostile.locator('.msg.user').innerText(), /<img src=x onerror="alert\(1\)"> <script>alert\(2\)<\/script>/);
    assert.equal(await page.locator('article.card .msg img, article.card .msg script').count(), 0);
    // Where the bot is wrong, the reference reply stands beside its reply.
    const wrong = page.locator('article.card.wrong').first();
    await wrong.locator('.msg.reference').waitFor();
    await page.locator('article.card', { hasText: 'Is cash ok in the shop?' }).scrollIntoViewIfNeeded();
    await shoot(page, 'chat');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('code-generation: the task, the generated code highlighted, the reference code when it differs', async () => {
  const { page, problems, close } = await open('code-generation');
  try {
    await page.locator('article.card pre .tok-keyword').first().waitFor({ timeout: 30_000 });
    const keywords = await page.locator('article.card pre .tok-keyword').allInnerTexts();
    assert.ok(keywords.includes('def') && keywords.includes('return'), keywords.slice(0, 10).join(','));
    assert.ok((await page.locator('article.card pre .tok-string').count()) > 0);
    assert.ok((await page.locator('article.card.wrong .reference pre').count()) > 0, 'wrong answers show the reference');
    assert.equal(await page.locator('article.card:not(.wrong) .reference').count(), 0);
    await option(page, 'reference code').selectOption('always');
    await until(async () => (await page.locator('article.card .reference').count()) === (await page.locator('article.card').count()), 'every card shows its reference');
    await option(page, 'reference code').selectOption('when wrong');
    await page.locator('article.card.wrong').first().scrollIntoViewIfNeeded();
    await shoot(page, 'code-generation');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a custom view.js from the project renders the cards and offers its own options', async () => {
  const { page, problems, close } = await open('custom-view');
  try {
    const output = page.locator('article.card .stars-output').first();
    await output.waitFor({ timeout: 30_000 });
    assert.match(await output.innerText(), /[★☆]{5}/);
    await shoot(page, 'custom-view');
    await option(page, 'stars as').selectOption('numbers');
    await until(async () => /\d \/ 5/.test(await output.innerText()), 'the view updates with its option');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
