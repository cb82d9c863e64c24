// Logging in once in the React app gives access to Camunda Tasklist without a second login, where a task is
// claimed, its Camunda Form filled in and completed.
// Usage: node e2e/login-to-tasklist.mjs <base URL> <screenshot folder>
// Run by the backend's BrowserSingleSignOnTest against a running PolicyFlow with a review task of the
// coordinating office; drives Debian's chromium (CHROMIUM overrides /usr/bin/chromium) through playwright-core.
import path from 'node:path';
import { step, withBrowser } from './browser.mjs';

const [baseUrl, screenshotDir] = process.argv.slice(2);
if (!baseUrl || !screenshotDir) {
  console.error('usage: node e2e/login-to-tasklist.mjs <base URL> <screenshot folder>');
  process.exit(2);
}
const TASKLIST = '/camunda/app/tasklist/default/';
const REVIEW_TASK = '延期申请审核';

// Tasklist loads its plugins with RequireJS, which gives up after a few seconds on a loaded machine and leaves the
// page on its spinner; a person would reload, and so does the script (the session is what is under test).
async function openTasklistShowing(page, text) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(new URL(TASKLIST, baseUrl).href);
    try {
      await page.getByText(text).first().waitFor({ timeout: 30_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`Tasklist did not finish loading (attempt ${attempt}); reloading`);
    }
  }
}
const OFFICE = '行动方案协调办公室';

async function login(page) {
  await page.getByLabel('用户名').fill('coordinator');
  await page.getByLabel('密码').fill('demo');
  await page.getByRole('button', { name: '登录' }).click();
}

await withBrowser(screenshotDir, {}, async (page) => {
  await step('the app asks for a login', async () => {
    await page.goto(new URL('/', baseUrl).href);
    await page.getByRole('heading', { name: '登录' }).waitFor();
  });
  await step('logged in, the header shows the department', async () => {
    await login(page);
    await page.locator('.session-department', { hasText: OFFICE }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, '01-app-logged-in.png') });
  });
  await step('Tasklist opens with the user logged in and shows its task', async () => {
    await openTasklistShowing(page, REVIEW_TASK);
    if (!page.url().includes(TASKLIST)) throw new Error(`expected Tasklist, got ${page.url()}`);
    if (await page.locator('input[type=password]').count()) throw new Error('Tasklist asked for a second login');
    await page.screenshot({ path: path.join(screenshotDir, '02-tasklist-same-session.png') });
  });
  await step('logging out of the app ends the Tasklist session too', async () => {
    await page.goto(new URL('/', baseUrl).href);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.goto(new URL(TASKLIST, baseUrl).href);
    await page.getByRole('heading', { name: '登录' }).waitFor();
    if (!page.url().includes('/login?next=')) throw new Error(`expected the app's login, got ${page.url()}`);
    await page.screenshot({ path: path.join(screenshotDir, '03-tasklist-needs-login-again.png') });
  });
  await step('the login started from Tasklist returns to Tasklist', async () => {
    await login(page);
    await page.waitForURL((url) => url.pathname.startsWith(TASKLIST));
    await openTasklistShowing(page, REVIEW_TASK);
    await page.screenshot({ path: path.join(screenshotDir, '04-back-in-tasklist.png') });
  });
  // through the engine API guard (identity/EngineApiGuard): claim for oneself, the Camunda Form, complete
  await step('the task is claimed, its Camunda Form filled in and completed in Tasklist', async () => {
    await page.getByText(REVIEW_TASK).first().click();
    await page.locator('button.claim').click();
    await page.locator('button[ng-click="unclaim()"]').waitFor();
    await page.getByLabel('批准', { exact: true }).check();
    await page.getByLabel('审核说明').fill('同意延期（Tasklist）');
    await page.screenshot({ path: path.join(screenshotDir, '05-tasklist-form-filled.png') });
    await page.locator('button[ng-click="complete()"]').click();
    // a completed task leaves the list and the page (BrowserSingleSignOnTest reads what the engine recorded)
    await page.waitForURL((url) => !url.hash.includes('task='));
    await page.screenshot({ path: path.join(screenshotDir, '06-tasklist-task-completed.png') });
  });
});
