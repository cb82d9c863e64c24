// The lead's 签收并制定工作计划 in a real Chromium: the work plan is a table (a row per target, a column per period,
// planned value with its unit and milestone in each cell); a milestone left empty shows its error in its own cell
// when 提交 is pressed; filled, the form goes through and the item page shows the plan as the same table. Form and
// item page are shot at 1366×768 and at phone size (where the table scrolls inside its box).
// Usage: node e2e/work-plan.mjs <base URL> <screenshot folder> <task id> <item id> <lead> <milestone of the empty cell>
// Run by the backend's WorkPlanBrowserTest, which picks seed item (四) and checks what was stored.
import path from 'node:path';
import { DESKTOP, loginAs, PHONE, scriptArguments, shotBothSizes, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir, rest } = scriptArguments('work-plan.mjs',
  ['task id', 'item id', 'lead', 'milestone of the empty cell']);
const [taskId, itemId, lead, lateMilestone] = rest;

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
    await plan.locator('.work-plan-scroll').scrollIntoViewIfNeeded();
    await shotBothSizes(page, screenshotDir, 'work-plan-02-item-page', () => plan.getByText(lateMilestone).waitFor());
    // the plan's card alone on a phone: the table scrolls inside its box
    await page.setViewportSize(PHONE);
    await plan.screenshot({ path: path.join(screenshotDir, 'work-plan-03-item-plan-phone.png') });
    await page.setViewportSize(DESKTOP);
  });
});
