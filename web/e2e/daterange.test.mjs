// A date range on the datetime widget (typed, the keyboard alternative to brushing) selects exactly the instances
// the API counts for the same range, and the other charts follow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveProject, api } from './support/server.mjs';
import { openBrowser, shots } from './support/browser.mjs';

let server;
let browser;
before(async () => { server = await serveProject('spam-filter'); browser = await openBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('a date range selects the instances in it and filters the other charts', async () => {
  const page = await browser.page();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Type a range for date' }).click({ timeout: 60_000 });
  await page.getByLabel('date from (inclusive)').fill('2002-07-01');
  await page.getByLabel('date to (exclusive)').fill('2002-08-01');
  await page.getByRole('button', { name: 'Apply' }).click();

  const [expected] = await api(server.url, '/api/metrics', {
    keys: [{ metric: 'count', where: { filter: 'date >= 2002-07-01 and date < 2002-08-01' } }],
  });
  assert.ok(expected.size > 0 && expected.size < 3000);
  await page.waitForFunction((size) => document.querySelector('section[aria-label="Current selection"] .size strong')?.textContent?.replace(/,/g, '') === String(size),
    expected.size, { timeout: 30_000 });

  // The group bars show the counts inside the range, as the API's cross-filtered histogram gives them.
  const histograms = await api(server.url, '/api/histograms', {
    columns: ['group'], selections: [{ source: 'date', filter: 'date >= 2002-07-01 and date < 2002-08-01' }],
  });
  const spam = histograms.charts[0].buckets.find((bucket) => bucket.label === 'spam');
  await page.waitForFunction((count) => [...document.querySelectorAll('button.bar')]
    .some((bar) => bar.querySelector('.name')?.textContent === 'spam' && bar.querySelector('.count')?.textContent?.replace(/,/g, '').startsWith(`${count}/`)),
    spam.filtered, { timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'exploration-date-range.png') });
});
