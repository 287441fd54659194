// The Analysis page in real Chromium against `zeno serve` on the demo: a report with three slices and two tests
// (one failing for the latest model, one passing), marks and counts equal to GET /api/tests, kept after a reload,
// exported as a PDF through the UI's link and checked as text and as a rendered page; the slice table's folders,
// sorting and warning tooltips; charts drawn by the server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveProject, api } from './support/server.mjs';
import { openBrowser, shots } from './support/browser.mjs';

let server;
let browser;
before(async () => { server = await serveProject('spam-filter'); browser = await openBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const REPORT = 'Ham safety';
const sliceTable = (page) => page.locator('section[aria-labelledby="slice-table-title"] table');
const reportTable = (page) => page.getByRole('table', { name: `Slices of the report ${REPORT}` });
const cell = (table, slice, column) => table.locator('tbody tr', { has: table.page().locator('th', { hasText: new RegExp(`^\\s*${slice}\\s*$`) }) }).locator('td').nth(column);

async function reportTests(reportId) {
  return (await api(server.url, '/api/tests')).filter((t) => t.source === reportId);
}

test('a report with three slices, a failing and a passing test: marks and counts as the test runner says, after a reload too, and as a PDF', async () => {
  const page = await browser.page();
  await page.goto(server.url);
  // One click from Exploration.
  await page.getByRole('link', { name: 'Analysis' }).click();
  await page.waitForURL(/\/analysis/);
  await sliceTable(page).locator('tbody th', { hasText: 'hard ham' }).waitFor({ timeout: 60_000 });

  await page.getByRole('button', { name: '+ New report' }).click();
  await page.getByLabel("New report's name").fill(REPORT);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('heading', { name: REPORT }).waitFor();
  await page.waitForURL(/report=/);

  for (const slice of ['hard ham', 'easy ham', 'spam']) {
    await page.getByRole('button', { name: `Add ${slice} to the report ${REPORT}` }).click();
    await reportTable(page).locator('tbody th', { hasText: new RegExp(`^\\s*${slice}\\s*$`) }).waitFor({ timeout: 30_000 });
  }
  const report = (await api(server.url, '/api/reports')).find((r) => r.name === REPORT);
  assert.deepEqual(report.slices.map((s) => s.name), ['hard ham', 'easy ham', 'spam']);

  // nb-3000 reaches 78% on hard ham: ≥ 90% fails. Easy ham: ≥ 50% passes. Typed as percentages.
  await page.getByRole('button', { name: 'Add a test on hard ham' }).click();
  await page.getByLabel('Value for hard ham').fill('90%');
  await page.getByRole('button', { name: 'Save test' }).click();
  await page.getByRole('button', { name: 'Add a test on easy ham' }).click();
  await page.getByLabel('Value for easy ham').fill('50%');
  await page.getByRole('button', { name: 'Save test' }).click();
  await page.getByText('1 of 2 tests failing for nb-3000').waitFor({ timeout: 60_000 });

  const expectMarks = async () => {
    const results = await reportTests(report.id);
    assert.equal(results.length, 2, JSON.stringify(results));
    const hard = results.find((r) => r.slice === 'hard ham');
    const easy = results.find((r) => r.slice === 'easy ham');
    assert.equal(hard.model, 'nb-3000');
    assert.equal(hard.passed, false);
    assert.equal(hard.expect, '>= 0.9');
    assert.equal(easy.passed, true);
    assert.equal(easy.expect, '>= 0.5');
    const table = reportTable(page);
    await table.locator('.mark.fail').first().waitFor({ timeout: 30_000 });
    // Columns: nb-100, nb-400, nb-1600, nb-3000 (latest) → the 4th cell. Icon and word, not colour alone.
    assert.match(await cell(table, 'hard ham', 3).innerText(), new RegExp(`${(hard.value * 100).toFixed(1)}%\\s*✗\\s*fail`, 'i'));
    assert.match(await cell(table, 'easy ham', 3).innerText(), new RegExp(`${(easy.value * 100).toFixed(1)}%\\s*✓\\s*pass`, 'i'));
    assert.doesNotMatch(await cell(table, 'spam', 3).innerText(), /pass|fail/i);
    // Only the latest model is tested: the other columns carry no mark.
    assert.doesNotMatch(await cell(table, 'hard ham', 0).innerText(), /pass|fail/i);
    assert.match(await table.locator('tfoot').innerText(), /1 failing/);
    const failing = results.filter((r) => !r.passed).length;
    assert.match(await page.locator('aside[aria-label="Reports"] li', { hasText: REPORT }).innerText(), new RegExp(`${failing} failing`));
  };
  await expectMarks();
  await page.screenshot({ path: join(shots, 'analysis-report.png') });

  // A reload (or the link sent to a colleague) opens the same report with the same marks.
  await page.reload();
  await reportTable(page).waitFor({ timeout: 60_000 });
  await page.getByText('1 of 2 tests failing for nb-3000').waitFor({ timeout: 60_000 });
  await expectMarks();

  // The PDF through the UI's link.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export PDF' }).click()]);
  const pdf = join(shots, 'analysis-report.pdf');
  await download.saveAs(pdf);
  assert.match(download.suggestedFilename(), /\.pdf$/);
  assert.ok(statSync(pdf).size > 1000);
  assert.ok(existsSync('/usr/bin/pdftotext'), 'pdftotext is missing: apt-get install poppler-utils (test.sh does so as root)');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.match(text, new RegExp(REPORT));
  for (const slice of ['hard ham', 'easy ham', 'spam']) assert.match(text, new RegExp(slice));
  assert.match(text, /✗ FAIL/);
  assert.match(text, /✓ pass/);
  assert.match(text, /1 failing for the latest model \(nb-3000\)/);
  // Page 1 as an image, for people to look at.
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, 'analysis-report-pdf-page1')]);
  assert.ok(existsSync(join(shots, 'analysis-report-pdf-page1.png')));
});

test('the slice table: folder tabs filter, a model column sorts as the API values, and a warning explains itself to the keyboard', async () => {
  const page = await browser.page();
  await page.goto(`${server.url}/analysis`);
  const table = sliceTable(page);
  await table.locator('tbody th', { hasText: 'hard ham' }).waitFor({ timeout: 60_000 });
  const expected = await api(server.url, '/api/analysis/table', { metric: 'accuracy', slices: null, transform: null });

  await page.getByRole('button', { name: 'by group', exact: true }).click();
  const names = async () => (await table.locator('tbody th').allInnerTexts()).map((n) => n.trim());
  assert.deepEqual(await names(), ['All instances', ...expected.rows.filter((r) => r.folder === 'by group').map((r) => r.name)]);

  await page.getByRole('button', { name: 'All', exact: true }).click();
  // Descending by the latest model: two clicks on its header. "All instances" stays on top as the reference.
  const header = table.getByRole('button', { name: 'nb-3000 (latest)', exact: true });
  await header.click();
  await header.click();
  assert.equal(await table.locator('th[aria-sort="descending"]').innerText(), 'nb-3000 (latest)▼');
  const latest = (row) => row.cells.at(-1).values.accuracy;
  const order = expected.rows.filter((r) => r.id !== 'all').sort((a, b) => (latest(b) ?? -1) - (latest(a) ?? -1));
  const shown = (await names()).slice(1);
  // Ties may come in either order between equal values; compare the values, then the set.
  assert.deepEqual(shown.map((n) => latest(expected.rows.find((r) => r.name === n))), order.map(latest));
  assert.deepEqual([...shown].sort(), order.map((r) => r.name).sort());
  await page.waitForURL(/asort=model%3Anb-3000&adesc=1/);

  // The volatility warning on hard ham: focused with the keyboard, its explanation is shown and described.
  const hard = expected.rows.find((r) => r.name === 'hard ham');
  const marker = hard.trends[0].markers.find((m) => m.kind === 'volatile');
  assert.ok(marker, 'the demo flags hard ham as volatile');
  const button = table.locator('tbody tr', { hasText: 'hard ham' }).getByRole('button', { name: /volatile/ });
  await button.focus();
  const tip = page.getByRole('tooltip', { name: marker.explanation });
  await tip.waitFor({ state: 'visible' });
  assert.equal(await button.getAttribute('aria-describedby'), await tip.getAttribute('id'));
  await page.screenshot({ path: join(shots, 'analysis-slice-table.png') });
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
});

test('the keyboard reaches the page tabs, a report, its test editor, a warning and an add button', async () => {
  const page = await browser.page();
  const report = (await api(server.url, '/api/reports')).find((r) => r.name === REPORT);
  await page.goto(`${server.url}/analysis?report=${report.id}`);
  await reportTable(page).waitFor({ timeout: 60_000 });
  await sliceTable(page).waitFor({ timeout: 60_000 });
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    if (el.matches('nav a.tab')) return 'tab';
    if (el.matches('aside button.pick')) return 'report';
    if (el.matches('button.addtest') || el.getAttribute('aria-label')?.startsWith('Edit the test')) return 'test';
    if (el.matches('button.marker')) return 'warning';
    if (el.closest('td.add') && el.tagName === 'BUTTON') return 'add';
    return '';
  });
  const reached = new Set();
  for (let i = 0; i < 150 && reached.size < 5; i++) {
    await page.keyboard.press('Tab');
    const where = await focused();
    if (where) reached.add(where);
  }
  assert.deepEqual([...reached].sort(), ['add', 'report', 'tab', 'test', 'warning']);
});

test('charts of a report: the server draws them as SVG; type and encoding swap; PNG and SVG downloads', async () => {
  const page = await browser.page();
  const report = (await api(server.url, '/api/reports')).find((r) => r.name === REPORT);
  await page.goto(`${server.url}/analysis?report=${report.id}`);
  await page.getByRole('button', { name: '+ New chart' }).click();
  const chart = page.getByRole('article', { name: 'Chart Chart 1' });
  const image = chart.locator('img');
  await page.waitForFunction(() => document.querySelector('article.chart img')?.naturalWidth > 0, undefined, { timeout: 60_000 });
  assert.match(await image.getAttribute('alt'), /Bar chart: slices as x axis, models as colour/);

  await chart.getByRole('button', { name: /swap/ }).click();
  await page.waitForFunction(() => document.querySelector('article.chart img')?.alt.includes('models as x axis'), undefined, { timeout: 30_000 });
  const stored = await api(server.url, `/api/charts/${(await api(server.url, `/api/reports/${report.id}/charts`))[0].id}`);
  assert.deepEqual(stored.encoding, { x: 'models', color: 'slices', facet: null });

  await chart.getByLabel('type').selectOption('heatmap');
  await page.waitForFunction(() => document.querySelector('article.chart img')?.alt.startsWith('Heat map'), undefined, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('article.chart img')?.naturalWidth > 0, undefined, { timeout: 60_000 });
  await chart.getByLabel('type').selectOption('radar');
  await page.waitForFunction(() => document.querySelector('article.chart img')?.alt.startsWith('Radar'), undefined, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('article.chart img')?.naturalWidth > 0, undefined, { timeout: 60_000 });

  for (const format of ['PNG', 'SVG']) {
    const href = await chart.getByRole('link', { name: `Download Chart 1 as ${format}` }).getAttribute('href');
    const response = await fetch(`${server.url}${href}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), format === 'PNG' ? 'image/png' : 'image/svg+xml');
  }
  await chart.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'analysis-chart.png') });
});

test('rename, duplicate and delete a report; back and forward between pages', async () => {
  const page = await browser.page();
  await page.goto(`${server.url}/analysis`);
  const panel = page.locator('aside[aria-label="Reports"]');
  await panel.getByRole('button', { name: `Duplicate report ${REPORT}` }).click();
  await panel.locator('button.pick', { hasText: `${REPORT} (copy)` }).waitFor({ timeout: 30_000 });
  const copy = (await api(server.url, '/api/reports')).find((r) => r.name === `${REPORT} (copy)`);
  assert.equal(copy.tests.length, 2);
  assert.equal(copy.charts.length, 1);

  // The copy is open: its tests now apply to every model, so every model's cell of a tested slice is marked.
  await page.getByRole('heading', { name: `${REPORT} (copy)` }).waitFor();
  await page.getByRole('region', { name: `${REPORT} (copy)` }).getByLabel('tests apply to').selectOption('all');
  await page.waitForFunction(() => document.querySelectorAll('table .mark').length === 8, undefined, { timeout: 60_000 });
  const results = await reportTests(copy.id);
  assert.equal(results.length, 8);
  assert.equal(await page.locator('table .mark.fail').count(), results.filter((r) => !r.passed).length);

  await panel.getByRole('button', { name: `Rename report ${REPORT} (copy)` }).click();
  await panel.getByLabel(`New name of the report “${REPORT} (copy)”`).fill('Scratch');
  await panel.getByRole('button', { name: 'Rename', exact: true }).click();
  await panel.locator('button.pick', { hasText: 'Scratch' }).waitFor();

  await panel.getByRole('button', { name: 'Delete report Scratch' }).click();
  await panel.getByText('Delete “Scratch” with its 2 tests and 1 chart?').waitFor();
  await panel.getByRole('button', { name: 'Delete', exact: true }).click();
  await panel.locator('button.pick', { hasText: 'Scratch' }).waitFor({ state: 'detached' });
  assert.equal((await api(server.url, '/api/reports')).some((r) => r.name === 'Scratch'), false);

  // Pages are history entries: back returns to Analysis, forward to Comparison.
  await page.getByRole('link', { name: 'Comparison' }).click();
  await page.waitForURL(/\/comparison/);
  await page.goBack();
  await page.waitForURL(/\/analysis/);
  await page.getByRole('heading', { name: 'Slices × models' }).waitFor();
  await page.goForward();
  await page.waitForURL(/\/comparison/);
  await page.getByRole('heading', { name: 'Comparison' }).waitFor();
});
