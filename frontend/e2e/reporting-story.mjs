// One reporting period in a real Chromium, as the people who do it: a county-level body submits its 配合材料 and the
// lead department its 进展报告 through the task forms in 我的待办; the coordinating office returns the report from
// 督办台 with a reason; the lead, now in English, sees the reason and revises; the office approves; 总览 shows the new
// figure and light, the 台账 downloads, and the item page tells the story. Every page is checked at 1366×768 and at
// phone size, and once more in English.
// Usage: node e2e/reporting-story.mjs <base URL> <screenshot folder> <item title> <county> <lead> <return reason>
//   <first value> <revised value> <revised narrative>
// Run by the backend's ReportingStoryBrowserTest, which prepares the plan and opens the saved ledger
// (story-ledger.xlsx) with POI.
import path from 'node:path';
import {
  assertEnglish, assertFits, DESKTOP, loginAs, logout, PHONE, scriptArguments, shotBothSizes, step, withBrowser,
} from './browser.mjs';

const { baseUrl, screenshotDir, rest } = scriptArguments('reporting-story.mjs',
  ['item title', 'county', 'lead', 'return reason', 'first value', 'revised value', 'revised narrative']);
const [itemTitle, county, lead, reason, firstValue, revisedValue, revisedNarrative] = rest;
const shot = (page, name) => page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
/** A form-js field by its label; required fields carry an asterisk after it. */
const field = (page, label) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));

/** Opens the body's task of the story's item from 我的待办 (the task title holds the item's title). */
async function openTaskFromInbox(page, kind) {
  await page.getByRole('link', { name: /我的待办|My tasks/ }).first().click();
  const row = page.locator('.inbox-row', { hasText: itemTitle }).filter({ hasText: kind });
  await row.first().waitFor();
  await row.first().getByRole('link', { name: /办理|Open/ }).click();
  await page.locator('.task-form .fjs-form').waitFor();
}

async function submitAndReturnToInbox(page) {
  await page.getByRole('button', { name: /^(提交|Submit)$/ }).click();
  await page.waitForURL((url) => url.pathname === '/inbox');
  await page.locator('.inbox-total').waitFor();
}

/** A task opened from 督办台 leads back there once submitted. */
async function submitAndReturnToDesk(page) {
  await page.getByRole('button', { name: /^(提交|Submit)$/ }).click();
  await page.waitForURL((url) => url.pathname === '/desk');
  await page.locator('.desk').waitFor();
}

async function openReviewFromDesk(page) {
  await page.getByRole('link', { name: '督办台' }).click();
  const review = page.locator('.card', { has: page.getByRole('heading', { name: /待审核报告/ }) })
    .locator('.inbox-row', { hasText: itemTitle });
  await review.waitFor();
  await review.getByRole('link', { name: '处理' }).click();
  await field(page, '退回修改').waitFor();
}

await withBrowser(screenshotDir, { viewport: DESKTOP, prefix: 'story-', acceptDownloads: true }, async (page) => {
  await step('the login page fits both sizes', async () => {
    await page.goto(new URL('/login', baseUrl).href);
    await shotBothSizes(page, screenshotDir, 'story-01-login', (p) => p.getByLabel('用户名').waitFor());
  });

  await step('the county finds its 配合材料 in 我的待办 and submits it through the form', async () => {
    await loginAs(page, baseUrl, county);
    await page.getByRole('link', { name: /我的待办/ }).click();
    await page.getByTestId('inbox-count').waitFor();
    await shotBothSizes(page, screenshotDir, 'story-02-county-inbox',
      (p) => p.locator('.inbox-row', { hasText: itemTitle }).first().waitFor());
    await openTaskFromInbox(page, '配合材料');
    await page.getByLabel('填写意见或说明').fill('已安排专人负责落实');
    await page.getByRole('button', { name: '发表意见' }).click();
    await page.getByText('已安排专人负责落实').waitFor();
    await field(page, '工作进展').fill('太仓市已完成试点企业摸排。');
    await shotBothSizes(page, screenshotDir, 'story-03-county-task-form', (p) => field(p, '工作进展').waitFor());
    await submitAndReturnToInbox(page);
    await logout(page);
  });

  await step('the lead compiles 编制进展报告 with a figure for the target', async () => {
    await loginAs(page, baseUrl, lead);
    await openTaskFromInbox(page, '进展报告');
    await field(page, '当前值').fill(firstValue);
    await field(page, '工作进展').fill('已培育外贸综合服务企业。');
    await shot(page, 'story-04-lead-report.png');
    await submitAndReturnToInbox(page);
    await logout(page);
  });

  await step('the coordinating office returns the report from 督办台 with a reason', async () => {
    await loginAs(page, baseUrl, 'coordinator');
    await page.getByRole('link', { name: '督办台' }).click();
    await shotBothSizes(page, screenshotDir, 'story-05-desk',
      (p) => p.getByRole('heading', { name: /待审核报告/ }).waitFor());
    await openReviewFromDesk(page);
    await field(page, '退回修改').check();
    await page.getByLabel('审核说明(退回时必填)').fill(reason);
    await shotBothSizes(page, screenshotDir, 'story-06-review', (p) => field(p, '退回修改').waitFor());
    await submitAndReturnToDesk(page);
    await logout(page);
  });

  await step('the lead, in English, sees the reason and revises the figure', async () => {
    await loginAs(page, baseUrl, lead);
    await page.getByRole('button', { name: 'English' }).click();
    await openTaskFromInbox(page, '进展报告');
    const returned = field(page, 'Reason for return (revise accordingly)');
    if ((await returned.inputValue()) !== reason) throw new Error(`the form shows the reason "${await returned.inputValue()}"`);
    await assertEnglish(page, 'the task page', ['.task-form input', '.comments']);
    await field(page, 'Current value').fill(revisedValue);
    await field(page, 'Progress').fill(revisedNarrative);
    await shotBothSizes(page, screenshotDir, 'story-07-lead-revision-en', (p) => field(p, 'Current value').waitFor());
    await submitAndReturnToInbox(page);
    await page.getByRole('button', { name: '中文' }).click();
    await logout(page);
  });

  let itemPath;
  await step('the coordinating office approves the revision', async () => {
    await loginAs(page, baseUrl, 'coordinator');
    await openReviewFromDesk(page);
    await field(page, '通过').check();
    await submitAndReturnToDesk(page);
  });

  await step('总览 shows the new figure and the light of the item and period', async () => {
    await page.getByRole('link', { name: '总览' }).click();
    const row = page.locator('tr', { hasText: itemTitle });
    const cell = row.locator('.light-cell').first();
    await cell.filter({ hasText: '已通过' }).filter({ hasText: '第2稿' }).waitFor();
    const light = (await cell.getAttribute('class')).match(/light-(GREEN|YELLOW|RED)/);
    if (!light) throw new Error(`no light in ${await cell.getAttribute('class')}`);
    console.log(`light: ${light[1]}`);
    const figure = new Intl.NumberFormat('zh-CN').format(Number(revisedValue));
    await page.locator('.target-list li', { hasText: `实际 ${figure}` }).waitFor();
    await shotBothSizes(page, screenshotDir, 'story-08-dashboard', (p) => p.locator('.charts canvas').first().waitFor());
    itemPath = await row.locator('th a').getAttribute('href');
  });

  await step('the 台账 downloads as a spreadsheet', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出台账 (Excel)' }).click(),
    ]);
    if (!download.suggestedFilename().endsWith('台账.xlsx')) throw new Error(`file name ${download.suggestedFilename()}`);
    await download.saveAs(path.join(screenshotDir, 'story-ledger.xlsx'));
  });

  await step('the item page shows the return with its reason, the revision and the diagram', async () => {
    await page.goto(new URL(itemPath, baseUrl).href);
    await page.locator('.timeline-REVIEW', { hasText: reason }).waitFor();
    await page.locator('.timeline-REPORT', { hasText: '第2稿' }).waitFor();
    await shotBothSizes(page, screenshotDir, 'story-09-item',
      (p) => p.locator('.diagram-canvas[data-state="ready"]').waitFor());
  });

  await step('on a phone the navigation is a menu', async () => {
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('link', { name: '督办台' }).click();
    await page.getByRole('heading', { name: '督办台' }).waitFor();
    await assertFits(page, 'the desk after the menu');
    await page.setViewportSize(DESKTOP);
  });

  await step('every page of the office speaks English after the switch', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const pages = [
      ['/inbox', 'My tasks', 'story-10-inbox-en'],
      ['/desk', 'Supervision desk', 'story-11-desk-en'],
      ['/dashboard', 'Dashboard', 'story-12-dashboard-en'],
      [itemPath, 'Timeline', 'story-13-item-en'],
      ['/import', 'Import a plan', 'story-14-import-en'],
    ];
    for (const [route, heading, name] of pages) {
      await page.goto(new URL(route, baseUrl).href);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await assertEnglish(page, route, ['.light-matrix thead', '.work-plan thead', '.league tbody', '.timeline-who']);
      await shotBothSizes(page, screenshotDir, name, (p) => p.getByRole('heading', { name: heading }).first().waitFor());
    }
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await assertEnglish(page, 'the login page');
    await shot(page, 'story-15-login-en.png');
  });

  await step('the modeler speaks English too', async () => {
    await page.getByLabel('User name').fill('modeller');
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('link', { name: 'Modeler' }).click();
    await page.locator('.model-list li', { hasText: 'bpmn/action-item.bpmn' }).getByRole('button').click();
    await page.locator('.djs-element[data-element-id="AssignLead"]').waitFor();
    await assertEnglish(page, 'the modeler', ['.bpmn-canvas', '.bpmn-properties', '.model-list', '.modeler-toolbar h2', '.lint li']);
    await shotBothSizes(page, screenshotDir, 'story-16-modeler-en', (p) => p.locator('.versions').waitFor());
    await page.getByRole('button', { name: '中文' }).click();
  });
});
