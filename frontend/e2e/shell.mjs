// The workbench's daily path in a real Chromium, on a desktop and on a phone: each user lands where their work is (a
// department on 我的待办, the office on 督办台, the modeller in 流程建模, the administrator on 系统状态); a task opened
// from the desk leads back to the desk; bad addresses and bad imports say what is wrong in Chinese. Every page is
// screenshot at 1366×768 and 390×844 (shell-<page>.png, shell-<page>-phone.png) and must fit the phone's width.
// Usage: node e2e/shell.mjs <base URL> <screenshot folder> <department user> <item id>
// Run by the backend's ShellBrowserTest, which makes a fresh item with open tasks for the department and the office.
import { loginAs, logout, scriptArguments, shotBothSizes, step, withBrowser, DESKTOP } from './browser.mjs';

const { baseUrl, screenshotDir, rest: [department, itemId] } = scriptArguments('shell.mjs', ['department user', 'item id']);
const both = (page, name, ready) => shotBothSizes(page, screenshotDir, `shell-${name}`, ready);

async function landsOn(page, pathname) {
  await page.waitForURL((url) => url.pathname === pathname);
}

/** The problem the page shows, which must name it in Chinese. */
async function alertSays(page, text) {
  await page.getByRole('alert').filter({ hasText: text }).first().waitFor();
}

await withBrowser(screenshotDir, { viewport: DESKTOP, prefix: 'shell-' }, async (page) => {
  await step('the login page', async () => {
    await page.goto(new URL('/login', baseUrl).href);
    await both(page, '01-login', (p) => p.getByLabel('用户名').waitFor());
  });

  await step(`${department} lands on 我的待办 and opens a task`, async () => {
    await loginAs(page, baseUrl, department);
    await landsOn(page, '/inbox');
    await both(page, '02-inbox', (p) => p.locator('.inbox-row').first().waitFor());
    await page.locator('.inbox-row').first().getByRole('link', { name: '办理' }).click();
    await page.locator('.task-form .fjs-form').waitFor();
    await page.getByRole('link', { name: '← 返回我的待办' }).waitFor();
    await both(page, '03-task', (p) => p.locator('.task-form .fjs-form').waitFor());
  });

  await step('the item page, 总览 with its 台账, and 消息', async () => {
    await page.goto(new URL(`/items/${itemId}`, baseUrl).href);
    await both(page, '04-item', (p) => p.locator('.item-page .diagram-canvas[data-state=ready]').waitFor());
    await page.locator('#main-nav').getByRole('link', { name: '总览', exact: true }).click();
    await both(page, '05-dashboard', (p) => p.locator('.ledger-download').waitFor());
    await page.getByRole('link', { name: /^消息/ }).click();
    await both(page, '06-messages', (p) => p.getByRole('heading', { level: 1 }).waitFor());
  });

  await step('a bad item number and an unknown address say so in Chinese', async () => {
    await page.goto(new URL('/items/abc', baseUrl).href);
    await alertSays(page, '事项编号「abc」无效');
    await both(page, '07-bad-item', (p) => alertSays(p, '事项编号「abc」无效'));
    await page.goto(new URL('/items/999999999', baseUrl).href);
    await alertSays(page, '事项 999999999 不存在');
    await page.goto(new URL('/no-such-page', baseUrl).href);
    await alertSays(page, '地址「/no-such-page」没有对应的页面');
    await logout(page);
  });

  await step('the office lands on 督办台, opens a task there and goes back to the desk', async () => {
    await loginAs(page, baseUrl, 'coordinator');
    await landsOn(page, '/desk');
    await both(page, '08-desk', (p) => p.locator('.desk .inbox-row').first().waitFor());
    await page.locator('.desk a.button.primary[href^="/tasks/"]').first().click();
    await page.locator('.task-form .fjs-form').waitFor();
    await both(page, '09-desk-task', (p) => p.locator('.task-form .fjs-form').waitFor());
    await page.getByRole('link', { name: '← 返回督办台' }).click();
    await landsOn(page, '/desk');
  });

  await step('an empty file, a binary file and a text without items are refused by name', async () => {
    await page.getByRole('link', { name: '计划导入' }).click();
    const file = page.locator('.import-source input[type=file]');
    await file.setInputFiles({ name: '空文件.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await alertSays(page, '文件为空');
    await both(page, '10-import-empty', (p) => alertSays(p, '文件为空'));
    const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    await file.setInputFiles({ name: '数据.bin', mimeType: 'application/octet-stream', buffer: binary });
    await alertSays(page, '二进制');
    await page.getByLabel('方案全文').fill('关于做好年度工作的通知\n请各单位认真落实。');
    await page.getByRole('button', { name: '解析预览' }).click();
    await alertSays(page, '未找到编号的工作事项');
    if (await page.getByRole('alert').filter({ hasText: 'text：' }).count()) throw new Error('the field name still leads the message');
    await logout(page);
  });

  await step('the modeller lands on 流程建模', async () => {
    await loginAs(page, baseUrl, 'modeller');
    await landsOn(page, '/modeler');
    await both(page, '11-modeler', (p) => p.locator('.model-list li').first().waitFor());
    await logout(page);
  });

  await step('the administrator lands on 系统状态 with the engine apps in the menu', async () => {
    await loginAs(page, baseUrl, 'admin');
    await landsOn(page, '/system');
    await page.getByText('运行正常').waitFor();
    await both(page, '12-system', (p) => p.getByText('运行正常').waitFor());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '菜单' }).click();
    await page.locator('#main-nav a[href="/camunda/app/admin/"]').waitFor();
    await both(page, '13-menu-open', (p) => p.locator('#main-nav').waitFor());
  });
});
