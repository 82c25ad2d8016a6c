// What every browser check needs: the built Casefile serving the demo reports on
// a free port from a temporary data folder, and Debian's chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Harness {
  baseUrl: string;
  /** the served data folder, for commands run beside the server */
  dataDir: string;
  browser: Browser;
  log: () => string;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  for (const [path, hint] of [[join(root, 'dist/cli/main.js'), 'run `npm run build` first'], [join(root, 'web/dist/index.html'), 'run `npm run build` first'], [CHROMIUM, 'install it with `apt-get install chromium`']]) {
    if (!existsSync(path)) throw new Error(`browser check: ${path} is missing; ${hint}`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'casefile-e2e-'));
  let serverLog = '';
  // the check runs on the embedded store in its own folder, whatever the shell has set
  const { DATABASE_URL: _server, ...env } = process.env;
  const server: ChildProcess = spawn(process.execPath, [join(root, 'bin/casefile.js'), 'serve', '--demo', '--port', '0', '--data', dataDir], {
    cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`casefile serve did not start within 180 s:\n${serverLog}`)), 180_000);
    server.stderr!.on('data', (chunk) => { serverLog += chunk; });
    server.stdout!.on('data', (chunk) => {
      serverLog += chunk;
      const found = /Casefile is running at (http:\/\/\S+)/.exec(serverLog);
      if (found) { clearTimeout(timer); resolve(found[1]); }
    });
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`casefile serve exited with ${code}:\n${serverLog}`)); });
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  return {
    baseUrl, dataDir, browser, log: () => serverLog,
    close: async () => {
      await browser.close();
      server.kill('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Records requests to any other host and errors the page logs (a CSP violation shows up there). */
export function watch(page: Page, baseUrl: string): { foreign: string[]; problems: string[] } {
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== new URL(baseUrl).origin) foreign.push(req.url());
  });
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
  return { foreign, problems };
}
