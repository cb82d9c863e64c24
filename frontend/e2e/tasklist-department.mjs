// A department works in Camunda Tasklist after the engine's hardening: it logs in through the workbench, opens its
// 签收配合任务 in Tasklist, claims it, fills in the Camunda Form and completes it.
// Usage: node e2e/tasklist-department.mjs <base URL> <screenshot folder> <user> <task id>
// Run by the backend's TasklistDepartmentBrowserTest, which checks through the API that the task is done.
import path from 'node:path';
import { loginAs, scriptArguments, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir, rest: [user, taskId] } = scriptArguments('tasklist-department.mjs', ['user', 'task id']);
const TASK = new URL(`/camunda/app/tasklist/default/#/?task=${taskId}`, baseUrl).href;
const ACKNOWLEDGE = '确认签收本单位承担的配合或落实任务';

// Tasklist loads its plugins with RequireJS, which gives up after a few seconds on a loaded machine and leaves the
// page on its spinner; a person would reload, and so does the script.
async function openTask(page, ready) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(TASK);
    try {
      await ready().waitFor({ timeout: 30_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`Tasklist did not finish loading (attempt ${attempt}); reloading`);
    }
  }
}

await withBrowser(screenshotDir, { prefix: 'tasklist-department-' }, async (page) => {
  await step(`${user} logs in through the workbench`, async () => {
    await loginAs(page, baseUrl, user);
  });
  await step('Tasklist opens the body\'s 签收配合任务 and it is claimed', async () => {
    const claim = () => page.getByRole('button', { name: /^\s*(Claim|认领)\s*$/ }).or(page.locator('.claim')).first();
    await openTask(page, claim);
    await page.screenshot({ path: path.join(screenshotDir, 'tasklist-department-01-task.png') });
    await claim().click();
    await page.getByText(ACKNOWLEDGE).first().waitFor();
  });
  await step('the Camunda Form is filled in and completed', async () => {
    await page.getByLabel(ACKNOWLEDGE).check();
    await page.getByLabel('签收说明').fill('已签收,按要求落实(浏览器测试)');
    await page.screenshot({ path: path.join(screenshotDir, 'tasklist-department-02-form.png') });
    await page.getByRole('button', { name: /^\s*(Complete|完成)\s*$/ }).click();
    // Tasklist closes the task view once the engine accepted the completion
    await page.getByText(ACKNOWLEDGE).first().waitFor({ state: 'detached' });
    await page.screenshot({ path: path.join(screenshotDir, 'tasklist-department-03-completed.png') });
  });
});
