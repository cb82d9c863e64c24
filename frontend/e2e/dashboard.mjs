// The coordinator opens 总览, sees the light and figure of a report driven through /engine-rest beforehand,
// downloads the ledger and opens the item page with its diagram.
// Usage: node e2e/dashboard.mjs <base URL> <screenshot folder> <item label> <reported value>
// Run by the backend's BrowserDashboardTest, which checks the saved ledger (dashboard-ledger.xlsx) with POI.
import path from 'node:path';
import { step, withBrowser } from './browser.mjs';

const [baseUrl, screenshotDir, itemLabel, reportedValue] = process.argv.slice(2);
if (!baseUrl || !screenshotDir || !itemLabel || !reportedValue) {
  console.error('usage: node e2e/dashboard.mjs <base URL> <screenshot folder> <item label> <reported value>');
  process.exit(2);
}
await withBrowser(screenshotDir, {
  prefix: 'dashboard-', acceptDownloads: true, viewport: { width: 1366, height: 768 },
}, async (page) => {
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  await step('log in as the coordinator', async () => {
    await page.goto(new URL('/login?next=/dashboard', baseUrl).href);
    await page.getByLabel('用户名').fill('coordinator');
    await page.getByLabel('密码').fill('demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '总览' }).waitFor();
  });
  await step('总览 shows the green light and the reported figure', async () => {
    const row = page.locator(`tr[data-item="${itemLabel}"]`);
    await row.locator('.light-GREEN', { hasText: '绿灯' }).first().waitFor();
    await row.locator('.light-GREEN', { hasText: '待审核' }).first().waitFor();
    const figure = new Intl.NumberFormat('zh-CN').format(Number(reportedValue));
    await page.locator('.target-figures', { hasText: `实际 ${figure}` }).first().waitFor();
    await page.locator('.charts canvas').first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-01-overview.png'), fullPage: true });
  });
  await step('the ledger downloads as a spreadsheet', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出台账 (Excel)' }).click(),
    ]);
    if (!download.suggestedFilename().endsWith('台账.xlsx')) {
      throw new Error(`unexpected file name ${download.suggestedFilename()}`);
    }
    await download.saveAs(path.join(screenshotDir, 'dashboard-ledger.xlsx'));
  });
  await step('the item page shows bodies, the figure, the timeline and the diagram', async () => {
    await page.locator(`tr[data-item="${itemLabel}"] th a`).click();
    await page.getByRole('heading', { name: '办理过程' }).waitFor();
    await page.locator('.timeline-REPORT').first().waitFor();
    await page.locator('.diagram-canvas[data-state="ready"]').waitFor();
    await page.locator('.djs-element.current').first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-02-item.png'), fullPage: true });
  });
  await step('both pages fit a phone', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-03-item-phone.png'), fullPage: true });
    await page.goto(new URL('/dashboard', baseUrl).href);
    await page.getByRole('heading', { name: '总览' }).waitFor();
    await page.locator(`tr[data-item="${itemLabel}"] .light-GREEN`).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) throw new Error(`the dashboard is ${overflow}px wider than a phone`);
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-04-phone.png'), fullPage: true });
  });
});
