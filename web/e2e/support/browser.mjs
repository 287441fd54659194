// Debian's Chromium driven by playwright-core: never a downloaded browser. A fresh profile per launch.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Screenshots land here (artifacts/e2e-shots), for people to look at. */
export const shots = resolve(dirname(fileURLToPath(import.meta.url)), '../../../artifacts/e2e-shots');

export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'zeno-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: flags,
    viewport: { width: 1440, height: 900 },
  });
  mkdirSync(shots, { recursive: true });
  return {
    context,
    async page() { return context.pages()[0] ?? context.newPage(); },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
