// An accessibility check of the Exploration page's main states with axe-core (the engine behind Lighthouse's
// accessibility audit) in real Chromium: no serious or critical violation — names on every control, contrast,
// valid ARIA — and every control reachable with the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveProject } from './support/server.mjs';
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
