// The task forms where errors and earlier work must not get lost, in a real Chromium: the lead's 进展报告 shows the
// county's contribution under the county's name and offers its figure; "85分" in a number field gets its message beside
// the field; an empty required field is named beside itself and next to 提交, which takes the user to the first error;
// the office sees the contribution in its review and returns the report; the lead's revision opens with what the lead
// wrote. Screenshots at 1366×768 and 390×844 (forms-*.png).
// Usage: node e2e/task-forms.mjs <base URL> <screenshot folder> <item title> <county name> <contribution text>
//   <contributed figure> <narrative>
// Run by the backend's TaskFormBrowserTest, which prepares the plan, the acknowledgements and the contribution.
import {
  loginAs, logout, scriptArguments, shotBothSizes, step, withBrowser,
} from './browser.mjs';

const { baseUrl, screenshotDir, rest } = scriptArguments('task-forms.mjs',
  ['item title', 'county name', 'contribution text', 'contributed figure', 'narrative']);
const [itemTitle, countyName, contribution, figure, narrative] = rest;
const PROBLEMS = '部分企业海外仓布局不足。';
const NEXT_STEPS = '下季度组织海外仓对接会。';
const REASON = '请补充示范企业名单';
/** A form-js field by its label; required fields carry an asterisk after it. */
const field = (page, label) => page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\s*\\*?$`));
const fieldBox = (page, label) => page.locator('.fjs-form-field', { has: field(page, label) });

async function check(what, actual, expected) {
  if (actual !== expected) throw new Error(`${what}: expected "${expected}", got "${actual}"`);
}

async function openReport(page) {
  await page.getByRole('link', { name: /我的待办/ }).first().click();
  const row = page.locator('.inbox-row', { hasText: itemTitle }).filter({ hasText: '进展报告' });
  await row.first().getByRole('link', { name: '办理' }).click();
  await page.locator('.task-form .fjs-form').waitFor();
}

/** Submits the task's form; the page goes back to where the task was opened from (我的待办, or 督办台). */
async function submit(page, back = '/inbox') {
  await page.getByRole('button', { name: '提交' }).click();
  await page.waitForURL((url) => url.pathname === back);
}

await withBrowser(screenshotDir, { prefix: 'forms-' }, async (page) => {
  await step('the lead sees the county\'s contribution by name, with its figure offered', async () => {
    await loginAs(page, baseUrl, 'commerce');
    await openReport(page);
    await check('the contributor', await field(page, '配合单位').inputValue(), countyName);
    await check('the contribution', await field(page, '材料内容').inputValue(), contribution);
    if (!(await field(page, '报送数值').inputValue()).includes(figure)) throw new Error('the contributed figure is not shown');
    await check('the offered figure', await field(page, '当前值').inputValue(), figure);
  });

  await step('"85分" in a number field and an empty 工作进展 are named beside the field and next to 提交', async () => {
    await field(page, '当前值').fill('85分');
    await fieldBox(page, '当前值').locator('.fjs-form-field-error', { hasText: '请填写数字' }).waitFor();
    await page.getByRole('button', { name: '提交' }).click();
    const summary = page.locator('.task-form-submit .form-error-summary');
    await summary.filter({ hasText: '工作进展' }).filter({ hasText: '当前值' }).waitFor();
    await fieldBox(page, '工作进展').locator('.fjs-form-field-error', { hasText: '必填' }).waitFor();
    // the first error in the form's order has the cursor
    await page.waitForFunction(() => document.activeElement?.id.includes('targetValues_value'));
    await summary.getByRole('button', { name: '工作进展' }).click();
    await page.waitForFunction(() => document.activeElement?.id.endsWith('narrative_field'));
    await shotBothSizes(page, screenshotDir, 'forms-01-errors', (p) => p.locator('.form-error-summary').waitFor());
  });

  await step('the lead corrects the form, sees the length used and submits', async () => {
    await field(page, '当前值').fill('20');
    await field(page, '工作进展').fill(narrative);
    await check('the length counter', await fieldBox(page, '工作进展').getAttribute('data-count'), `${narrative.length}/10000`);
    await field(page, '存在问题').fill(PROBLEMS);
    await field(page, '下一步计划').fill(NEXT_STEPS);
    await page.locator('.form-error-summary').waitFor({ state: 'detached' });
    await submit(page);
    await logout(page);
  });

  await step('the office sees the contribution in its review and returns the report', async () => {
    await loginAs(page, baseUrl, 'coordinator');
    await page.getByRole('link', { name: '督办台' }).click();
    const review = page.locator('.card', { has: page.getByRole('heading', { name: /待审核报告/ }) })
      .locator('.inbox-row', { hasText: itemTitle });
    await review.getByRole('link', { name: '处理' }).click();
    await check('the contributor in the review', await field(page, '配合单位').inputValue(), countyName);
    await check('the contribution in the review', await field(page, '材料内容').inputValue(), contribution);
    await shotBothSizes(page, screenshotDir, 'forms-02-review', (p) => field(p, '配合单位').waitFor());
    await field(page, '退回修改').check();
    await page.getByLabel('审核说明(退回时必填)').fill(REASON);
    await submit(page, '/desk');
    await logout(page);
  });

  await step('the lead\'s revision opens with everything the lead wrote', async () => {
    await loginAs(page, baseUrl, 'commerce');
    await openReport(page);
    await check('the return reason', await field(page, '退回理由(请按此修改)').inputValue(), REASON);
    await check('工作进展', await field(page, '工作进展').inputValue(), narrative);
    await check('存在问题', await field(page, '存在问题').inputValue(), PROBLEMS);
    await check('下一步计划', await field(page, '下一步计划').inputValue(), NEXT_STEPS);
    await check('当前值', await field(page, '当前值').inputValue(), '20');
    await shotBothSizes(page, screenshotDir, 'forms-03-revision', (p) => field(p, '工作进展').waitFor());
  });
});
