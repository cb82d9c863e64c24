// What every browser script shares: Debian's chromium (CHROMIUM overrides /usr/bin/chromium) driven by
// playwright-core in a fresh profile, a page that logs failed requests, and named steps.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const TIMEOUT = 60_000;

export async function openBrowser(screenshotDir, viewport = { width: 1280, height: 800 }) {
  mkdirSync(screenshotDir, { recursive: true });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'policyflow-chromium-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(TIMEOUT);
  // failed requests go to the log: the first thing to read when a step times out
  page.on('response', (response) => {
    if (response.status() >= 400) console.log(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  async function close() {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return { page, close };
}

export async function step(name, action) {
  console.log(`step: ${name}`);
  await action();
}
