// 我的待办 in a real Chromium: a county-level body finds its task, comments and submits it through the rendered
// Camunda Form; the coordinating office opens 督办台.
// Usage: node e2e/inbox-task-form.mjs <base URL> <screenshot folder>
// Run by the backend's InboxBrowserTest on the seed plan; drives Debian's chromium through playwright-core.
import path from 'node:path';
import { loginAs, logout, step, withBrowser } from './browser.mjs';

const [baseUrl, screenshotDir] = process.argv.slice(2);
if (!baseUrl || !screenshotDir) {
  console.error('usage: node e2e/inbox-task-form.mjs <base URL> <screenshot folder>');
  process.exit(2);
}

const shot = (page, name) => page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });

await withBrowser(screenshotDir, { viewport: { width: 1366, height: 768 }, prefix: 'inbox-' }, async (page) => {
  let title;
  let taskId;
  await step('a county-level body sees its tasks in 我的待办 with the count in the navigation', async () => {
    await loginAs(page, baseUrl, 'kunshan');
    await page.getByRole('link', { name: /我的待办/ }).click();
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page.locator('.inbox-row').first().waitFor();
    await page.getByTestId('inbox-count').waitFor();
    title = (await page.locator('.inbox-row .inbox-title').first().textContent()).trim();
    await shot(page, 'inbox-01-inbox.png');
  });
  await step('the task page renders the Camunda Form and keeps a comment', async () => {
    await page.locator('.inbox-row').first().getByRole('link', { name: '办理' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    taskId = new URL(page.url()).pathname.split('/').pop();
    await page.getByLabel('确认签收本单位承担的配合或落实任务').waitFor();
    await page.getByLabel('填写意见或说明').fill('已安排专人负责落实');
    await page.getByRole('button', { name: '发表意见' }).click();
    await page.getByText('已安排专人负责落实').waitFor();
    await shot(page, 'inbox-02-task-form.png');
  });
  await step('submitting the form completes the task and returns to 我的待办', async () => {
    await page.getByLabel('确认签收本单位承担的配合或落实任务').check();
    await page.getByLabel('签收说明').fill('收到,按要求落实');
    await page.getByRole('button', { name: '提交' }).click();
    await page.waitForURL((url) => url.pathname === '/inbox');
    await page.locator('.inbox-row').first().waitFor();
    if (await page.locator(`a[href="/tasks/${taskId}"]`).count() > 0) {
      throw new Error('the submitted task is still listed');
    }
    await shot(page, 'inbox-03-after-submit.png');
  });
  await step('at phone width the inbox stays usable', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    await page.locator('.inbox-row').first().waitFor();
    await shot(page, 'inbox-04-phone.png');
    await page.setViewportSize({ width: 1366, height: 768 });
    await logout(page);
  });
  await step('the coordinating office opens 督办台 with its three queues', async () => {
    await loginAs(page, baseUrl, 'coordinator');
    await page.getByRole('link', { name: '督办台' }).click();
    await page.getByRole('heading', { name: '督办台' }).waitFor();
    await page.getByRole('heading', { name: /待审核报告/ }).waitFor();
    await shot(page, 'inbox-05-desk.png');
  });
});
