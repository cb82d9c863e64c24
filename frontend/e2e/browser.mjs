// Shared by the browser scripts: Debian's chromium through playwright-core, a fresh profile, failed requests logged.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const TIMEOUT = 60_000;

/**
 * Opens a browser (language zh-CN unless options.locale says otherwise); run(page) does the steps; a failure saves
 * <prefix>failure.png and sets exit code 1.
 */
export async function withBrowser(screenshotDir, options, run) {
  mkdirSync(screenshotDir, { recursive: true });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'policyflow-chromium-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'zh-CN',
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
  // what the Content-Security-Policy blocked (SecurityConfig; Camunda's own in its webapps) fails the script, even
  // where the page still seems to work
  const refused = [];
  browser.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) {
      refused.push(`${message.page()?.url()}: ${message.text()}`);
      console.log(`CSP: ${message.text()}`);
    }
  });
  try {
    await run(page);
    if (refused.length > 0) throw new Error(`blocked by the Content-Security-Policy:\n${refused.join('\n')}`);
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

/** Reads <base URL> <screenshot folder> and the script's own arguments (names) from the command line, or exits. */
export function scriptArguments(script, names = []) {
  const [baseUrl, screenshotDir, ...rest] = process.argv.slice(2);
  if (!baseUrl || !screenshotDir || rest.length < names.length) {
    console.error(`usage: node e2e/${script} <base URL> <screenshot folder>${names.map((name) => ` <${name}>`).join('')}`);
    process.exit(2);
  }
  return { baseUrl, screenshotDir, rest };
}

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** Fails unless the page fits the window's width (no sideways scrolling of the whole page). */
export async function assertFits(page, what) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth,
  }));
  if (scrollWidth > innerWidth) throw new Error(`${what} is ${scrollWidth}px wide in a ${innerWidth}px window`);
}

/**
 * Screenshots the page at 1366×768 (<name>.png) and at phone size (<name>-phone.png), asserting at both that it
 * fits the width; ready(page) waits for what must be visible after the resize. Leaves the desktop size set.
 */
export async function shotBothSizes(page, screenshotDir, name, ready = async () => {}) {
  await page.setViewportSize(DESKTOP);
  await ready(page);
  await assertFits(page, `${name} at ${DESKTOP.width}px`);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await ready(page);
  await assertFits(page, `${name} at ${PHONE.width}px`);
  await page.screenshot({ path: path.join(screenshotDir, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

// UI texts that must follow the language: navigation, buttons, headings, labels, table heads, status and alerts;
// only their own text nodes count, so data inside them (a plan's title in a select, a badge's count) does not
const CHROME = 'nav a, button, h2, h3, label, legend, th, dt, [role=status], [role=alert], .light-name, .light-status, .role';

/** Fails if, in English mode, a UI text outside data (exclude: selectors of data cells) still has Chinese. */
export async function assertEnglish(page, what, exclude = []) {
  const chinese = await page.evaluate(({ chrome, skip }) => [...document.querySelectorAll(chrome)]
    .filter((element) => !element.closest(['.language-switch', ...skip].join(',')))
    .map((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent).join('').trim())
    .filter((text) => /[\u4e00-\u9fff]/.test(text)), { chrome: CHROME, skip: exclude });
  if (chinese.length > 0) throw new Error(`${what} in English mode still shows: ${chinese.join(' | ')}`);
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
