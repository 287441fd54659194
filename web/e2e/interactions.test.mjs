// The Exploration page's direct manipulations in real Chromium against `zeno serve` on the demo: a mouse brush on a
// histogram, shift-click to combine slices, text search with word completion, back/forward through the URL, and
// dragging a slice into a folder. Each ends by comparing what the page shows with what the API computes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveProject, api } from './support/server.mjs';
import { openBrowser, shots } from './support/browser.mjs';

let server;
let browser;
before(async () => { server = await serveProject('spam-filter'); browser = await openBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const sizeSelector = 'section[aria-label="Current selection"] .size strong';

async function open(page, path = '/') {
  await page.goto(`${server.url}${path}`);
  await page.locator(sizeSelector).waitFor({ timeout: 60_000 });
}

async function waitForSize(page, size) {
  await page.waitForFunction(([selector, expected]) => document.querySelector(selector)?.textContent?.replace(/,/g, '') === String(expected),
    [sizeSelector, size], { timeout: 30_000 });
}

const sizeOf = async (where) => (await api(server.url, '/api/metrics', { keys: [{ metric: 'accuracy', where }] }))[0];

test('brushing a histogram with the mouse filters the size, the metric and the other charts to the API values', async () => {
  const page = await browser.page();
  await open(page);
  const chart = page.locator('[role="group"][aria-label="word_count range"]');
  await chart.locator('svg').waitFor({ timeout: 60_000 });
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  const y = box.y + box.height * 0.6;
  await page.mouse.move(box.x + box.width * 0.08, y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) await page.mouse.move(box.x + box.width * (0.08 + step * 0.04), y);
  await page.mouse.up();

  // On release the brush snaps to whole bins; the chip says which filter that is.
  const chip = page.locator('section[aria-label="Current selection"] .chip[title*="word_count"]');
  await chip.waitFor({ timeout: 30_000 });
  const filter = await chip.getAttribute('title');
  assert.match(filter, /word_count >= [\d.]+ and word_count < [\d.]+|word_count < [\d.]+/);
  const expected = await sizeOf({ filter });
  assert.ok(expected.size > 0 && expected.size < 3000, `${filter} selects ${expected.size}`);
  await waitForSize(page, expected.size);
  const metric = await page.locator('section[aria-label="Current selection"] .metric').innerText();
  assert.match(metric, new RegExp(`${(expected.value * 100).toFixed(1)}%`));

  // The group bars show their counts under the brush, as the cross-filtered histogram of the API has them.
  const histograms = await api(server.url, '/api/histograms', { columns: ['group'], selections: [{ source: 'word_count', filter }] });
  const spam = histograms.charts[0].buckets.find((bucket) => bucket.label === 'spam');
  await page.waitForFunction((count) => [...document.querySelectorAll('button.bar')]
    .some((bar) => bar.querySelector('.name')?.textContent === 'spam' && bar.querySelector('.count')?.textContent?.replace(/,/g, '').startsWith(`${count}/`)),
    spam.filtered, { timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'interactions-brush.png') });
});

test('while brushing, every other chart follows from the brushing index, with the counts the server gives on release', async () => {
  const page = await browser.page();
  await open(page);
  const chart = page.locator('[role="group"][aria-label="word_count range"]');
  await chart.locator('svg').waitFor({ timeout: 60_000 });
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  const y = box.y + box.height * 0.6;
  const asked = [];
  page.on('request', (request) => { if (request.url().includes('/api/histograms')) asked.push(new URL(request.url()).pathname); });
  const index = page.waitForResponse((response) => response.url().endsWith('/api/histograms/brush-index'), { timeout: 60_000 });
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.52, y);
  assert.equal((await index).status(), 200);
  // The response's headers are not the page following the index: wait until it does, and for one move it follows,
  // which drops any request still waiting in the chart's throttle from the moves before.
  await page.locator('section[data-brush-index="word_count"]').waitFor({ timeout: 30_000 });
  await page.mouse.move(box.x + box.width * 0.54, y);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  const before = asked.length;
  for (let step = 1; step <= 6; step++) {
    await page.mouse.move(box.x + box.width * (0.52 + step * 0.05), y);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(300);
  const spamCount = async () => page.evaluate(() => [...document.querySelectorAll('button.bar')]
    .find((bar) => bar.querySelector('.name')?.textContent === 'spam')?.querySelector('.count')?.textContent?.replace(/,/g, '').split('/')[0]);
  const whileDragging = await spamCount();
  // Dragging asked the server nothing: the charts came from the index.
  assert.deepEqual(asked.slice(before), []);
  await page.mouse.up();

  const chip = page.locator('section[aria-label="Current selection"] .chip[title*="word_count"]');
  await chip.waitFor({ timeout: 30_000 });
  const filter = await chip.getAttribute('title');
  const histograms = await api(server.url, '/api/histograms', { columns: ['group'], selections: [{ source: 'word_count', filter }] });
  assert.equal(whileDragging, String(histograms.charts[0].buckets.find((bucket) => bucket.label === 'spam').filtered));
});

test('shift-click combines two slices into their intersection', async () => {
  const page = await browser.page();
  await open(page);
  const slices = await api(server.url, '/api/slices');
  const hardHam = slices.find((s) => s.name === 'hard ham');
  const html = slices.find((s) => s.name === 'html');
  await page.locator('button.pick', { hasText: 'hard ham' }).click();
  await waitForSize(page, (await sizeOf({ slices: [hardHam.id] })).size);
  await page.locator('button.pick', { hasText: /^html/ }).click({ modifiers: ['Shift'] });
  const both = await sizeOf({ slices: [hardHam.id, html.id] });
  assert.ok(both.size > 0 && both.size < (await sizeOf({ slices: [hardHam.id] })).size);
  await waitForSize(page, both.size);
  assert.equal(await page.locator('button.pick[aria-pressed="true"]').count(), 2);
  await page.screenshot({ path: join(shots, 'interactions-shift-click.png') });
});

test('text search completes a word and selects the rows the API finds for it', async () => {
  const page = await browser.page();
  await open(page);
  const box = page.getByRole('combobox', { name: 'Search text' });
  await box.click();
  await box.pressSequentially('unsub', { delay: 30 });
  const expectedWords = await api(server.url, '/api/search/completions', { column: 'text', prefix: 'unsub' });
  assert.ok(expectedWords.length > 1, 'the demo has several words starting with "unsub"');
  const options = page.getByRole('listbox', { name: 'Words in text' }).getByRole('option');
  await options.first().waitFor({ timeout: 30_000 });
  // The word typed itself would complete nothing, so it is not offered.
  assert.deepEqual((await options.locator('.word').allInnerTexts()), expectedWords.map((c) => c.word).filter((w) => w !== 'unsub'));
  await page.screenshot({ path: join(shots, 'interactions-completion.png') });

  await box.press('ArrowDown');
  await box.press('Enter');
  const word = expectedWords[0].word;
  assert.equal(await box.inputValue(), word);
  const found = await api(server.url, '/api/search', { column: 'text', pattern: word, snippets: 0 });
  await waitForSize(page, found.count);
  // Every card shown marks the word.
  await page.waitForFunction((w) => {
    const cards = [...document.querySelectorAll('article.card')];
    return cards.length > 0 && cards.every((card) => [...card.querySelectorAll('mark')].some((m) => m.textContent.toLowerCase() === w));
  }, word, { timeout: 30_000 });
});

test('back and forward walk through the selections, and a copied link reproduces one', async () => {
  const page = await browser.page();
  await open(page);
  const slices = await api(server.url, '/api/slices');
  const size = async (name) => (await sizeOf({ slices: [slices.find((s) => s.name === name).id] })).size;
  await page.locator('button.pick', { hasText: 'easy ham' }).click();
  await waitForSize(page, await size('easy ham'));
  await page.waitForFunction(() => location.search.includes('slice'), undefined, { timeout: 10_000 });
  const easyLink = page.url();
  await page.locator('button.pick', { hasText: /^spam/ }).click();
  await waitForSize(page, await size('spam'));
  await page.waitForFunction((before) => location.href !== before, easyLink, { timeout: 10_000 });

  await page.goBack();
  await waitForSize(page, await size('easy ham'));
  await page.goForward();
  await waitForSize(page, await size('spam'));

  const colleague = await browser.page();
  await colleague.goto(easyLink);
  await colleague.locator(sizeSelector).waitFor({ timeout: 60_000 });
  await waitForSize(colleague, await size('easy ham'));
});

test('dragging a slice onto a folder moves it there, and onto the list moves it out again', async () => {
  const folder = await api(server.url, '/api/folders', { name: 'Dropped here' });
  const slice = await api(server.url, '/api/slices', { name: 'drag me', filter: 'num_links >= 3', predicate: null, folderId: null, version: null });
  const page = await browser.page();
  await open(page);
  const row = page.locator('li.row', { hasText: 'drag me' });
  const target = page.locator('li.folder', { hasText: 'Dropped here' });
  await row.waitFor({ timeout: 30_000 });
  await row.dragTo(target.locator('.head'));
  await target.locator('li.row', { hasText: 'drag me' }).waitFor({ timeout: 30_000 });
  assert.equal((await api(server.url, '/api/slices')).find((s) => s.id === slice.id).folderId, folder.id);
  await page.screenshot({ path: join(shots, 'interactions-drag-into-folder.png') });

  // A read-only folder (from zeno.toml) refuses the drop; the strip below the folders is the top level.
  await target.locator('li.row', { hasText: 'drag me' }).dragTo(page.locator('li.folder', { hasText: 'by group' }).locator('.head'));
  assert.equal((await api(server.url, '/api/slices')).find((s) => s.id === slice.id).folderId, folder.id);
  const list = page.locator('ul.tree').first();
  const { height } = await list.boundingBox();
  await page.locator('li.row', { hasText: 'drag me' }).dragTo(list, { targetPosition: { x: 30, y: height - 3 } });
  await page.waitForFunction(async (id) => {
    const slices = await (await fetch('/api/slices')).json();
    return slices.find((s) => s.id === id)?.folderId === null;
  }, slice.id, { timeout: 30_000 });
});
