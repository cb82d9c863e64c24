// 批量签收 (issue 16): a county opens 我的待办, ticks five of its 签收落实任务 and signs them in one step.
// Usage: node e2e/bulk-acknowledgement.mjs <base URL> <screenshot folder> <user> <task id>...
// Run by the backend's BulkAcknowledgementBrowserTest, which checks each task's acknowledgement in the database.
import { loginAs, scriptArguments, shotBothSizes, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir, rest: [user, ...taskIds] } =
  scriptArguments('bulk-acknowledgement.mjs', ['user', 'task id']);
const COMMENT = '已签收,按要求落实(批量签收浏览器测试)';

await withBrowser(screenshotDir, { prefix: 'bulk-acknowledgement-' }, async (page) => {
  const row = (taskId) => page.locator('li.inbox-row').filter({ has: page.locator(`a[href="/tasks/${taskId}"]`) });
  const signButton = page.getByRole('button', { name: `批量签收(${taskIds.length} 项)` });

  await step(`${user} logs in and opens 我的待办`, async () => {
    await loginAs(page, baseUrl, user);
    await page.goto(new URL('/inbox', baseUrl).href);
    await row(taskIds[0]).waitFor();
  });
  await step(`${taskIds.length} acknowledgements are ticked`, async () => {
    for (const taskId of taskIds) await row(taskId).getByRole('checkbox').check();
    await page.getByLabel('签收说明(可不填)').fill(COMMENT);
    await shotBothSizes(page, screenshotDir, 'bulk-acknowledgement-01-selected', () => signButton.waitFor());
  });
  await step('they are signed in one step', async () => {
    await signButton.click();
    await page.getByRole('status').filter({ hasText: `已签收 ${taskIds.length} 项任务` }).waitFor();
    for (const taskId of taskIds) await row(taskId).waitFor({ state: 'detached' });
    await shotBothSizes(page, screenshotDir, 'bulk-acknowledgement-02-signed',
      () => page.getByRole('status').filter({ hasText: '已签收' }).waitFor());
  });
});
