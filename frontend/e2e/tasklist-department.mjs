// A department works in Camunda Tasklist after the engine's hardening (issue 14), in Chinese (issue 16): it logs in
// through the workbench, opens its 签收配合任务 in Tasklist (认领, 完成 … from PolicyFlow's zh locale, no Camunda 8
// migration banner), claims it, fills in the Camunda Form, sees a refused completion's error and completes it; the
// later success clears the error. A browser in English still gets Tasklist in English.
// Usage: node e2e/tasklist-department.mjs <base URL> <screenshot folder> <user> <task id>
// Run by the backend's TasklistDepartmentBrowserTest, which checks through the API that the task is done.
import path from 'node:path';
import { DESKTOP, loginAs, logout, PHONE, scriptArguments, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir, rest: [user, taskId, lead, leadTaskId] } = scriptArguments('tasklist-department.mjs',
  ['user', 'task id', 'lead', 'lead\'s task id']);
const tasklistTask = (id) => new URL(`/camunda/app/tasklist/default/#/?task=${id}`, baseUrl).href;
const TASK = tasklistTask(taskId);
const ACKNOWLEDGE = '确认签收本单位承担的配合或落实任务';

// Tasklist loads its plugins with RequireJS, which gives up after a few seconds on a loaded machine and leaves the
// page on its spinner; a person would reload, and so does the script (a goto to the same URL with a #fragment would
// not load the page again).
async function openTask(page, url, ready) {
  for (let attempt = 1; ; attempt++) {
    if (attempt === 1) await page.goto(url);
    else await page.reload();
    try {
      await ready().waitFor({ timeout: 30_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`Tasklist did not finish loading (attempt ${attempt}); reloading`);
    }
  }
}

async function noMigrationBanner(page) {
  if (await page.locator('.ce-eol-banner').isVisible()) throw new Error('Tasklist shows the Camunda 8 migration banner');
}

/** Tasklist is made for large screens: at phone size the shot shows what a phone gets, without a width check. */
async function shotBothSizes(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(screenshotDir, `${name}-phone.png`) });
  await page.setViewportSize(DESKTOP);
}

await withBrowser(screenshotDir, { prefix: 'tasklist-department-', viewport: DESKTOP }, async (page) => {
  // Tasklist reports its own failures (a locale file, a custom script) on the console only
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      console.log(`console: ${message.text()}`);
    }
  });
  const claim = () => page.getByRole('button', { name: /^\s*认领\s*$/ });
  const complete = () => page.getByRole('button', { name: /^\s*完成\s*$/ });
  const refused = () => page.getByText('提交任务表单时出错');

  await step(`the lead ${lead} reads its work plan in Tasklist: a block per cell, nothing internal, nothing folded`,
    async () => {
      await loginAs(page, baseUrl, lead);
      await openTask(page, tasklistTask(leadTaskId), claim);
      await claim().click();
      await page.getByLabel('签收并提交工作计划').check();
      const form = page.locator('.fjs-form');
      await form.getByLabel('指标').first().waitFor();
      // the target and period are read-only fields: their text is the fields' values, the unit an adorner's text
      const values = await form.locator('input').evaluateAll((fields) => fields.map((field) => field.value));
      if (!values.includes('年内服务企业不少于300家')) throw new Error(`no cell names the target: ${values.join(' | ')}`);
      const text = await form.innerText();
      const periods = (text.match(/报告期/g) ?? []).length;
      if (periods < 2) throw new Error(`expected a block per reporting period, the form reads:\n${text}`);
      if (/编号|Expand all|全部展开|Collapse/.test(text)) throw new Error(`internal numbers or a fold:\n${text}`);
      if (!/家/.test(text)) throw new Error(`the target's unit is not shown:\n${text}`);
      await shotBothSizes(page, 'tasklist-department-00-work-plan');
      await page.goto(new URL('/', baseUrl).href);
      await logout(page);
    });
  await step(`${user} logs in through the workbench`, async () => {
    await loginAs(page, baseUrl, user);
  });
  await step('Tasklist opens the body\'s 签收配合任务 in Chinese, without the migration banner', async () => {
    await openTask(page, TASK, claim);
    await page.getByText('技术支持').first().waitFor();
    await noMigrationBanner(page);
    await shotBothSizes(page, 'tasklist-department-01-task');
    await claim().click();
    await page.getByText(ACKNOWLEDGE).first().waitFor();
  });
  await step('a completion the server refuses shows its error', async () => {
    await page.getByLabel(ACKNOWLEDGE).check();
    // a control character: the form lets it through, the server refuses the text
    await page.getByLabel('签收说明').fill('已签收\u0007');
    await complete().click();
    await refused().first().waitFor();
    await shotBothSizes(page, 'tasklist-department-02-refused');
  });
  await step('the corrected form is completed and the error is gone', async () => {
    await page.getByLabel('签收说明').fill('已签收,按要求落实(浏览器测试)');
    await complete().click();
    // Tasklist closes the task view once the engine accepted the completion
    await page.getByText(ACKNOWLEDGE).first().waitFor({ state: 'detached' });
    await refused().first().waitFor({ state: 'detached' });
    await noMigrationBanner(page);
    await shotBothSizes(page, 'tasklist-department-03-completed');
  });
});

await withBrowser(screenshotDir, { prefix: 'tasklist-department-en-', viewport: DESKTOP, locale: 'en-US' }, async (page) => {
  await step('a browser in English gets Tasklist in English', async () => {
    await loginAs(page, baseUrl, user);
    await openTask(page, new URL('/camunda/app/tasklist/default/', baseUrl).href, () => page.getByText('Powered by'));
    // English throughout, also what Tasklist labels while it starts (no Chinese file loaded beside the English)
    await page.getByPlaceholder('Filter Tasks').waitFor();
    await page.getByText('Select a task in the list.').waitFor();
    await noMigrationBanner(page);
    await page.screenshot({ path: path.join(screenshotDir, 'tasklist-department-en.png') });
  });
});
