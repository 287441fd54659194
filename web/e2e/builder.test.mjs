// The slice builder and tags in real Chromium against `zeno serve` on the demo: a slice built from nested groups must
// have the size the API gives for its filter line, and a tag of hand-picked rows must select exactly those rows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveProject, api } from './support/server.mjs';
import { openBrowser, shots } from './support/browser.mjs';

let server;
let browser;
before(async () => { server = await serveProject('spam-filter'); browser = await openBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const sizeOf = (page) => page.locator('section[aria-label="Current selection"] .size strong');

async function open(page, path = '/') {
  await page.goto(`${server.url}${path}`);
  await sizeOf(page).waitFor({ timeout: 60_000 });
}

async function waitForSize(page, size) {
  await page.waitForFunction((expected) => document.querySelector('section[aria-label="Current selection"] .size strong')
    ?.textContent?.replace(/,/g, '') === String(expected), size, { timeout: 30_000 });
}

test('a nested slice built in the builder is saved in a new folder with the size the API gives', async () => {
  const page = await browser.page();
  await open(page);
  await page.getByRole('button', { name: 'Build slice…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Build a slice' });
  await dialog.waitFor();
  const label = (text) => dialog.getByLabel(text, { exact: true });

  await dialog.getByRole('button', { name: '+ Condition' }).first().click();
  await label('Column of condition 1.1').selectOption('group');
  await label('Operator of condition 1.1').selectOption('==');
  await label('Value of condition 1.1').fill('hard_ham');

  // A nested group of an AND group starts as OR, with one condition.
  await dialog.getByRole('button', { name: '+ Group' }).first().click();
  await label('Column of condition 1.2.1').selectOption('has_html');
  await label('Value of condition 1.2.1').selectOption('true');
  await dialog.locator('[role="group"][aria-label="group 1.2"]').getByRole('button', { name: '+ Condition' }).click();
  await label('Column of condition 1.2.2').selectOption('num_links');
  await label('Operator of condition 1.2.2').selectOption('>=');
  await label('Value of condition 1.2.2').fill('10');

  const filter = 'group == "hard_ham" and (has_html == true or num_links >= 10)';
  await page.waitForFunction((text) => document.querySelector('[data-testid="builder-line"]')?.textContent === text, filter, { timeout: 15_000 });
  const [expected] = await api(server.url, '/api/metrics', { keys: [{ metric: 'accuracy', where: { filter } }] });
  await dialog.getByText(`${expected.size} of`).waitFor({ timeout: 15_000 });

  await label('Name').fill('hard ham, html or links');
  await dialog.getByRole('combobox', { name: /^Folder/ }).selectOption('+new');
  await label("New folder's name").fill('Built');
  await page.screenshot({ path: join(shots, 'builder-nested.png') });
  await dialog.getByRole('button', { name: 'Save slice' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // After a reload the slice is listed in its folder with the API's size, and selecting it shows that size.
  await page.reload();
  await sizeOf(page).waitFor({ timeout: 60_000 });
  const folder = page.locator('li.folder', { hasText: 'Built' });
  const row = folder.locator('button.pick', { hasText: 'hard ham, html or links' });
  await row.waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    (size) => [...document.querySelectorAll('li.folder button.pick')].some((b) => b.textContent?.includes('hard ham, html or links') && b.querySelector('.size')?.textContent?.replace(/,/g, '') === String(size)),
    expected.size, { timeout: 30_000 });
  await row.click();
  await waitForSize(page, expected.size);
  const saved = (await api(server.url, '/api/slices')).find((s) => s.name === 'hard ham, html or links');
  assert.equal(saved.filter, filter);
  await page.screenshot({ path: join(shots, 'builder-saved-slice.png') });
});

test('the builder shows the API errors of a typed line and of an unknown column inline', async () => {
  const page = await browser.page();
  await open(page);
  await page.getByRole('button', { name: 'Build slice…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Build a slice' });
  const typed = dialog.getByLabel('Or type a filter line');
  await typed.fill('group == ');
  await dialog.getByRole('button', { name: 'Use line' }).click();
  await dialog.getByText(/expected a value/).waitFor({ timeout: 15_000 });
  await typed.fill('no_such_column > 3');
  await dialog.getByRole('button', { name: 'Use line' }).click();
  await dialog.getByText(/no_such_column/).last().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.querySelector('dialog .line')?.textContent?.toLowerCase().includes('unknown'), undefined, { timeout: 15_000 });
  assert.ok(await dialog.getByRole('button', { name: 'Save slice' }).isDisabled());
  await page.screenshot({ path: join(shots, 'builder-errors.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('three hand-picked rows saved as a tag select exactly those three', async () => {
  const page = await browser.page();
  await open(page);
  const boxes = page.getByRole('checkbox', { name: /^Pick instance / });
  await boxes.first().waitFor({ timeout: 30_000 });
  const ids = [];
  for (const i of [0, 2, 4]) {
    const box = boxes.nth(i);
    await box.check();
    ids.push((await box.getAttribute('aria-label')).replace('Pick instance ', ''));
  }
  await page.getByRole('button', { name: 'Tag these rows…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tag these rows' });
  await dialog.getByLabel('Tag name').fill('three picked');
  assert.ok(await dialog.getByLabel(/the 3 picked rows/).isChecked());
  await dialog.getByRole('button', { name: 'Save tag' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const tag = (await api(server.url, '/api/tags')).find((t) => t.name === 'three picked');
  assert.deepEqual([...tag.instanceIds].sort(), [...ids].sort());
  await page.locator('button.tag', { hasText: 'three picked' }).click();
  await waitForSize(page, 3);
  // The previous page stays on screen while the tag's rows load.
  await page.waitForFunction(() => document.querySelectorAll('article.card').length === 3, undefined, { timeout: 30_000 });
  const shown = await page.locator('article.card .id').allInnerTexts();
  assert.deepEqual([...shown].sort(), [...ids].sort());
  await page.screenshot({ path: join(shots, 'tag-three-picked.png') });
});
