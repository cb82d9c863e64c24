// The lead's 签收并制定工作计划 in a real Chromium: the work plan is a table (a row per target, a column per period,
// planned value with its unit and milestone in each cell); a milestone left empty shows its error in its own cell
// when 提交 is pressed; filled, the form goes through and the item page shows the plan as the same table. Form and
// item page are shot at 1366×768 and at phone size (where the table scrolls inside its box). Then the lead asks on
// the item page to change that cell (申请调整工作计划), the coordinating office approves the request in its task
// 审批工作计划变更, and the item page shows the changed plan.
// Usage: node e2e/work-plan.mjs <base URL> <screenshot folder> <task id> <item id> <lead> <milestone of the empty cell>
//   <changed milestone>
// Run by the backend's WorkPlanBrowserTest, which picks seed item (四) and checks what was stored.
import path from 'node:path';
import { DESKTOP, loginAs, logout, PHONE, scriptArguments, shotBothSizes, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir, rest } = scriptArguments('work-plan.mjs',
  ['task id', 'item id', 'lead', 'milestone of the empty cell', 'changed milestone']);
const [taskId, itemId, lead, lateMilestone, changedMilestone] = rest;
const REASON = '受汛期影响,竣工验收推迟到次年一季度';

await withBrowser(screenshotDir, { viewport: DESKTOP, prefix: 'work-plan-' }, async (page) => {
  const table = page.locator('.pf-table-list table');
  const cells = table.locator('tbody td');
  let emptyCell;

  await step('the lead opens 签收并制定工作计划 in the workbench and sees the work plan as a table', async () => {
    await loginAs(page, baseUrl, lead);
    await page.goto(new URL(`/tasks/${taskId}`, baseUrl).href);
    await page.getByLabel('签收并提交工作计划').check();
    await table.waitFor();
    const columns = await table.locator('thead th').count();
    const rows = await table.locator('tbody tr').count();
    const count = await cells.count();
    console.log(`table: ${rows} rows × ${columns - 1} periods, ${count} cells`);
    if (count !== rows * (columns - 1) || count < 6) throw new Error(`expected a full table of 6+ cells, got ${count}`);
    const text = await page.locator('.task-form').innerText();
    if (/编号|Expand all/.test(text)) throw new Error(`the form shows internal numbers or a fold:\n${text}`);
  });

  await step('it fills every cell but one, presses 提交 and sees the error in that cell', async () => {
    const count = await cells.count();
    for (let index = 0; index < count; index++) {
      const cell = cells.nth(index);
      await cell.getByLabel(/计划值/).fill(String(10 * (index + 1)));
      if (index !== count - 1) await cell.getByLabel(/阶段目标/).fill(`第${index + 1}格阶段目标`);
    }
    emptyCell = cells.nth(count - 1);
    await page.getByRole('button', { name: /^提交$/ }).click();
    await emptyCell.locator('.fjs-form-field-error').waitFor();
    const errors = await page.locator('.task-form .fjs-form-field-error').count();
    if (errors !== 1) throw new Error(`expected one error (the empty cell), saw ${errors}`);
    if (!page.url().endsWith(`/tasks/${taskId}`)) throw new Error(`left the task page: ${page.url()}`);
    // at each size the empty cell is scrolled into view (on a phone the table scrolls sideways inside its box)
    await shotBothSizes(page, screenshotDir, 'work-plan-01-form-error', async () => {
      await emptyCell.scrollIntoViewIfNeeded();
      await emptyCell.locator('.fjs-form-field-error').waitFor();
    });
  });

  await step('it fills the cell and submits', async () => {
    await emptyCell.getByLabel(/阶段目标/).fill(lateMilestone);
    await page.getByRole('button', { name: /^提交$/ }).click();
    await page.waitForURL((url) => url.pathname === '/inbox');
  });

  await step('the item page shows the work plan as the same table, with who and when', async () => {
    await page.goto(new URL(`/items/${itemId}`, baseUrl).href);
    const plan = page.locator('.work-plan-card');
    await plan.getByText(lateMilestone).waitFor();
    const heading = await plan.innerText();
    if (heading.includes(lead)) throw new Error(`the plan names its author by login id ${lead}:\n${heading}`);
    await plan.locator('.work-plan-scroll').scrollIntoViewIfNeeded();
    await shotBothSizes(page, screenshotDir, 'work-plan-02-item-page', () => plan.getByText(lateMilestone).waitFor());
    // the plan's card alone on a phone: the table scrolls inside its box
    await page.setViewportSize(PHONE);
    await plan.screenshot({ path: path.join(screenshotDir, 'work-plan-03-item-plan-phone.png') });
    await page.setViewportSize(DESKTOP);
  });

  await step('the lead asks to change the last cell, with a reason, and the item page says the request is open',
    async () => {
      const plan = page.locator('.work-plan-card');
      await plan.getByRole('button', { name: '申请调整工作计划' }).click();
      const form = page.locator('form.work-plan-change');
      const lastCell = form.locator('tbody td').last();
      await lastCell.getByLabel(/阶段目标/).fill('');
      await form.getByRole('button', { name: '提交调整申请' }).click();
      await form.getByText('有一格需要修改,见表中标红处').waitFor();
      await lastCell.getByLabel(/阶段目标/).fill(changedMilestone);
      await form.getByText('有一格需要修改,见表中标红处').waitFor({ state: 'detached' });
      await form.getByLabel('调整理由').fill(REASON);
      await shotBothSizes(page, screenshotDir, 'work-plan-04-change-request', async () => {
        await lastCell.scrollIntoViewIfNeeded();
      });
      await form.getByRole('button', { name: '提交调整申请' }).click();
      await page.getByRole('status').filter({ hasText: '调整申请审批中' }).waitFor();
      if (await plan.getByRole('button', { name: '申请调整工作计划' }).count() !== 0) {
        throw new Error('a second request can be opened while the first is awaiting approval');
      }
      await logout(page);
    });

  await step('the coordinating office opens 审批工作计划变更, sees the proposed cell and approves', async () => {
    await loginAs(page, baseUrl, 'coordinator');
    await page.goto(new URL('/inbox', baseUrl).href);
    const row = page.locator('.inbox-row', { hasText: '工作计划调整申请审批' });
    await row.first().getByRole('link', { name: /办理|处理/ }).click();
    const form = page.locator('.task-form');
    await form.getByText('现计划').first().waitFor();
    // read-only fields: what they show is their value
    const shown = await form.locator('input, textarea').evaluateAll((fields) => fields.map((field) => field.value));
    for (const expected of [changedMilestone, REASON]) {
      if (!shown.includes(expected)) throw new Error(`the review does not show ${expected}: ${shown.join(' | ')}`);
    }
    await shotBothSizes(page, screenshotDir, 'work-plan-05-change-review',
      () => form.getByText('现计划').first().waitFor());
    await form.getByLabel('批准').check();
    await form.getByLabel(/审批说明/).fill('同意按调整后的计划执行');
    await page.getByRole('button', { name: /^提交$/ }).click();
    await page.waitForURL((url) => url.pathname === '/inbox');
  });

  await step('the item page shows the changed plan in force', async () => {
    await page.goto(new URL(`/items/${itemId}`, baseUrl).href);
    const plan = page.locator('.work-plan-card');
    await plan.getByText(changedMilestone).waitFor();
    if (await plan.getByText(lateMilestone, { exact: true }).count() !== 0) {
      throw new Error(`the replaced milestone ${lateMilestone} is still shown`);
    }
    const timeline = await page.locator('.timeline').innerText();
    if (timeline.includes(lead)) throw new Error(`the timeline names someone by login id ${lead}:\n${timeline}`);
    await shotBothSizes(page, screenshotDir, 'work-plan-06-item-page-changed',
      () => plan.getByText(changedMilestone).waitFor());
  });
});
