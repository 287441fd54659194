// An accessibility check of the Exploration page's main states with axe-core (the engine behind Lighthouse's
// accessibility audit) in real Chromium: no serious or critical violation — names on every control, contrast,
// valid ARIA — and every control reachable with the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveProject, api } from './support/server.mjs';
import { openBrowser } from './support/browser.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;
before(async () => { server = await serveProject('spam-filter'); browser = await openBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function violations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // Vega's SVG marks are described by the chart's aria-label, not one by one.
    const outcome = await window.axe.run(document, { resultTypes: ['violations'], });
    return outcome.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const describe = (found) => found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`).join('\n');

test('the Exploration page has no serious accessibility violation, with and without a selection', async () => {
  const page = await browser.page();
  await page.goto(server.url);
  await page.locator('article.card').first().waitFor({ timeout: 60_000 });
  let found = await violations(page);
  assert.equal(found.length, 0, describe(found));

  await page.locator('button.pick', { hasText: 'hard ham' }).click();
  await page.getByRole('button', { name: 'Build slice…' }).click();
  await page.getByRole('dialog', { name: 'Build a slice' }).waitFor();
  found = await violations(page);
  assert.equal(found.length, 0, describe(found));
});

test('the keyboard reaches the model selector, a slice and a chart bar, and skips to the instances', async () => {
  const page = await browser.page();
  await page.goto(server.url);
  await page.locator('article.card').first().waitFor({ timeout: 60_000 });
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    if (el.matches('a.skip')) return 'skip';
    if (el.closest('header') && el.tagName === 'SELECT') return 'selector';
    if (el.matches('button.pick')) return 'slice';
    if (el.matches('button.bar')) return 'bar';
    if (el.closest('article.card')) return 'card';
    return '';
  });
  await page.locator('button.bar').first().waitFor({ timeout: 60_000 });
  const reached = new Set();
  for (let i = 0; i < 80 && !reached.has('bar'); i++) {
    await page.keyboard.press('Tab');
    const where = await focused();
    if (where) reached.add(where);
  }
  assert.deepEqual([...reached].sort(), ['bar', 'selector', 'skip', 'slice']);

  // The first Tab offers the skip link; following it puts the instances a few Tabs away.
  await page.goto(server.url);
  await page.locator('article.card').first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'skip');
  await page.keyboard.press('Enter');
  let tabs = 0;
  while ((await focused()) !== 'card' && tabs < 25) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  assert.equal(await focused(), 'card', `no instance after ${tabs} Tabs from the skip link`);

  // A focused slice is selected with Enter, like a click.
  await page.locator('button.pick', { hasText: 'spam' }).first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('button.pick[aria-pressed="true"]')?.textContent?.includes('spam'), undefined, { timeout: 30_000 });
});

async function send(method, path, body) {
  const response = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

test('the Analysis page (a report with tests, a chart, an open warning) and the Comparison page have no serious accessibility violation', async () => {
  const report = await send('POST', '/api/reports', {
    name: 'Axe check', sliceIds: ['config:hard ham', 'config:easy ham'], metrics: ['accuracy'], models: 'latest', modelNames: [], transform: null,
    tests: [{ sliceId: 'config:hard ham', metric: 'accuracy', expect: '>= 90%' }, { sliceId: 'config:easy ham', metric: 'accuracy', expect: '>= 0.5' }], version: null,
  });
  await send('POST', `/api/reports/${report.id}/charts`, { name: 'By model', type: 'bar', encoding: { x: 'slices', color: 'models', facet: null }, version: null });
  const page = await browser.page();
  await page.goto(`${server.url}/analysis?report=${report.id}`);
  await page.locator('.mark.fail').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('article.chart img')?.naturalWidth > 0, undefined, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Add a test on hard ham' }).or(page.getByRole('button', { name: 'Edit the test of hard ham' })).first().click();
  await page.locator('section[aria-labelledby="slice-table-title"] button.marker').first().focus();
  let found = await violations(page);
  assert.equal(found.length, 0, describe(found));
  assert.ok((await api(server.url, '/api/reports')).length > 0);

  await page.goto(`${server.url}/comparison`);
  await page.getByRole('table', { name: /side by side/ }).waitFor({ timeout: 60_000 });
  found = await violations(page);
  assert.equal(found.length, 0, describe(found));
});
