// The Comparison page in real Chromium against `zeno serve` on the demo: two models side by side on the
// Exploration's selection, sorted by their difference exactly as /api/rows sorts the same request; "where B
// disagrees with A" in one click; a per-model feature for both models.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveProject, api } from './support/server.mjs';
import { openBrowser, shots } from './support/browser.mjs';

let server;
let browser;
before(async () => { server = await serveProject('spam-filter'); browser = await openBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const table = (page) => page.getByRole('table', { name: /side by side/ });
const shownIds = (page) => table(page).locator('tbody .instance .id').allInnerTexts();

async function waitForIds(page, ids) {
  await page.waitForFunction(
    (expected) => JSON.stringify([...document.querySelectorAll('table tbody .instance .id')].map((e) => e.textContent)) === JSON.stringify(expected),
    ids, { timeout: 60_000 });
}

test('sorting by the difference column orders the rows as /api/rows does for the same request', async () => {
  const page = await browser.page();
  await page.goto(server.url);
  // One click from Exploration; A is the header's model (the latest), B the version before it.
  await page.getByRole('link', { name: 'Comparison' }).click();
  await page.waitForURL(/\/comparison/);
  await table(page).waitFor({ timeout: 60_000 });
  assert.equal(await page.getByLabel('Model B').inputValue(), 'nb-1600');

  const header = table(page).getByRole('button', { name: 'difference', exact: true });
  for (const descending of [false, true]) {
    await header.click();
    const expected = await api(server.url, '/api/rows', {
      model: 'nb-3000', compareModel: 'nb-1600', sort: 'difference', descending, offset: 0, limit: 30, columns: [],
    });
    await waitForIds(page, expected.rows.map((r) => r.id));
    assert.equal(await table(page).locator('th[aria-sort]').filter({ hasText: 'difference' }).getAttribute('aria-sort'), descending ? 'descending' : 'ascending');
    // Each row's difference reads as the API's: differs / same.
    const diffs = await table(page).locator('tbody td.diff').allInnerTexts();
    assert.deepEqual(diffs.map((d) => d.includes('differs')), expected.rows.map((r) => r.difference === true));
  }
  await page.waitForURL(/csort=difference&cdesc=1/);
  await page.screenshot({ path: join(shots, 'comparison-sorted.png') });
});

test('where B disagrees with A is one click, and the Exploration slices apply', async () => {
  const page = await browser.page();
  await page.goto(`${server.url}/comparison?b=nb-100`);
  await table(page).waitFor({ timeout: 60_000 });
  await page.locator('button.pick', { hasText: 'hard ham' }).click();
  await page.getByRole('button', { name: 'Where B disagrees with A' }).click();
  const expected = await api(server.url, '/api/rows', {
    where: { slices: ['config:hard ham'] }, model: 'nb-3000', compareModel: 'nb-100', onlyDifferent: true, sort: 'difference', descending: true, offset: 0, limit: 30, columns: [],
  });
  await waitForIds(page, expected.rows.map((r) => r.id));
  assert.ok(expected.total > 0 && expected.total < 150, 'nb-100 and nb-3000 disagree on some of the 150 hard ham e-mails');
  assert.ok(expected.rows.every((r) => r.difference === true));
  // Only the disagreements are listed, and the page says how many there are.
  assert.equal(await table(page).locator('tbody tr.differs').count(), expected.rows.length);
  assert.equal(await table(page).locator('tbody tr').count(), expected.rows.length);
  await page.getByText(`${expected.total} instances of this selection where B’s output differs from A’s`).waitFor({ timeout: 30_000 });
  assert.match(await page.locator('section[aria-label="Current selection"]').innerText(), /150/);
  await page.screenshot({ path: join(shots, 'comparison-disagree.png') });
});

test('a per-model feature shows A\'s and B\'s values and their difference', async () => {
  const page = await browser.page();
  await page.goto(`${server.url}/comparison?b=nb-100`);
  await table(page).waitFor({ timeout: 60_000 });
  await page.getByLabel('compare').selectOption('spam_probability');
  await table(page).getByRole('button', { name: 'difference of spam_probability' }).waitFor();
  const ids = await shownIds(page);
  const b = await api(server.url, '/api/rows', { where: { filter: `id in [${ids.map((id) => JSON.stringify(id)).join(', ')}]` }, model: 'nb-100', columns: ['spam_probability'], limit: ids.length });
  const a = await api(server.url, '/api/rows', { model: 'nb-3000', columns: ['spam_probability'], limit: ids.length });
  const first = ids[0];
  const aValue = a.rows.find((r) => r.id === first).spam_probability;
  const bValue = b.rows.find((r) => r.id === first).spam_probability;
  await page.waitForFunction(() => ![...document.querySelectorAll('table tbody td.num')].some((td) => td.textContent === '…'), undefined, { timeout: 30_000 });
  const cells = await table(page).locator('tbody tr').first().locator('td.num').allInnerTexts();
  assert.equal(cells.length, 3);
  // Shown rounded (4 decimals, or 3 significant digits for tiny values).
  const close = (text, value) => Math.abs(Number(text) - value) <= Math.max(1e-4, Math.abs(value) * 0.01);
  assert.ok(close(cells[0], aValue), `A: ${cells[0]} vs ${aValue}`);
  assert.ok(close(cells[1], bValue), `B: ${cells[1]} vs ${bValue}`);
  assert.ok(close(cells[2].replace('−', '-'), aValue - bValue), `A − B: ${cells[2]} vs ${aValue - bValue}`);
  await page.screenshot({ path: join(shots, 'comparison-feature.png') });
});
