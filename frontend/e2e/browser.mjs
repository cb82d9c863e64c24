// Shared by the browser scripts: Debian's chromium through playwright-core, a fresh profile, failed requests logged.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const TIMEOUT = 60_000;

/** Opens a browser; run(page) does the steps; a failure saves <prefix>failure.png and sets exit code 1. */
export async function withBrowser(screenshotDir, options, run) {
  mkdirSync(screenshotDir, { recursive: true });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'policyflow-chromium-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: options.acceptDownloads ?? false,
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
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  try {
    await run(page);
    console.log('ok');
  } catch (error) {
    await page.screenshot({ path: path.join(screenshotDir, `${options.prefix ?? ''}failure.png`) }).catch(() => {});
    console.error(`failed at ${page.url()}: ${error.stack ?? error}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Reads <base URL> <screenshot folder> from the command line, or exits with the usage. */
export function scriptArguments(script) {
  const [baseUrl, screenshotDir] = process.argv.slice(2);
  if (!baseUrl || !screenshotDir) {
    console.error(`usage: node e2e/${script} <base URL> <screenshot folder>`);
    process.exit(2);
  }
  return { baseUrl, screenshotDir };
}

/** Logs in through the workbench's login page as a demo account (password demo). */
export async function loginAs(page, baseUrl, user) {
  await page.goto(new URL('/login', baseUrl).href);
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill('demo');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

export async function logout(page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('heading', { name: '登录' }).waitFor();
}

export async function step(name, action) {
  console.log(`step: ${name}`);
  await action();
}
