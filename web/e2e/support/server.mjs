// Starts a real `zeno serve` (the CLI built by `dotnet build`) on a fresh copy of a project, on a free port, and waits
// until the background pipeline is done, so every test sees the same, complete data.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function zenoDll() {
  const dll = join(repo, 'src/Zeno.Cli/bin/Release/net10.0/zeno.dll');
  if (!existsSync(dll)) throw new Error(`${dll} is missing: run ./test.sh (or dotnet build -c Release) first`);
  return dll;
}

/**
 * Copies `examples/<name>` (a nested name such as `views/chat` works too, or an absolute folder) to a temp folder
 * and serves it. `edit(folder)` may change the copy first (a zeno.toml line, a file removed).
 */
export async function serveProject(project = 'spam-filter', { edit } = {}) {
  const source = project.startsWith('/') ? project : join(repo, 'examples', project);
  const folder = mkdtempSync(join(tmpdir(), 'zeno-e2e-'));
  cpSync(source, folder, { recursive: true, filter: (path) => !path.includes('/.zeno') });
  await edit?.(folder);
  const child = spawn('dotnet', [zenoDll(), 'serve', folder, '--port', '0'], { env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`zeno serve printed no URL in 180 s:\n${output}`)), 180_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) { clearTimeout(timer); resolveUrl(match[0]); }
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`zeno serve exited with ${code}:\n${output}`)); });
  });
  await waitForPipeline(url);
  return {
    url,
    folder,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((done) => (child.exitCode !== null ? done() : child.on('exit', done)));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function waitForPipeline(url) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const progress = await (await fetch(`${url}/api/progress`)).json();
    if (progress.state === 'done') return;
    if (progress.state === 'failed') throw new Error(`the pipeline failed: ${progress.error}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the pipeline did not finish in 300 s');
}

/** POSTs JSON to the API and returns the parsed answer (the oracle e2e tests compare the UI with). */
export async function api(url, path, body) {
  const response = await fetch(`${url}${path}`, body === undefined ? {} : {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
