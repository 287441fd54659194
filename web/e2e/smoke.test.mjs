// The served app loads in real Chromium, shows the project, and reports no console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveProject, api } from './support/server.mjs';
import { openBrowser, shots } from './support/browser.mjs';

let server;
let browser;
before(async () => { server = await serveProject('spam-filter'); browser = await openBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('the demo opens in the browser with its name and no errors', async () => {
  const page = await browser.page();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(server.url);
  const settings = await api(server.url, '/api/settings');
  await page.getByText(settings.name, { exact: false }).first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'smoke.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('an instance whose id holds a slash is found by its escaped id', async () => {
  const instance = await api(server.url, `/api/instances/${encodeURIComponent('hard-ham-1/00001')}`);
  assert.equal(instance.id, 'hard-ham-1/00001');
});

test('a link naming a slice the project does not have opens with those parts left out, saying so', async () => {
  const page = await browser.page();
  await page.goto(`${server.url}/?slice=s_999&slice=config:hard%20ham`);
  await page.getByText(/Left out of this link: slice “s_999”/).waitFor({ timeout: 60_000 });
  // What the project has is kept.
  await page.locator('button.pick[aria-pressed="true"]', { hasText: 'hard ham' }).waitFor({ timeout: 30_000 });
});
