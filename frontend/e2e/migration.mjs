// The modeller moves the running items onto a new version of action-item in the studio's migration panel: the plan
// (activities mapped, the renamed one marked), the items of the seed plan chosen, the batch run with its progress,
// and an item page showing the new version.
// Usage: node e2e/migration.mjs <base URL> <screenshot folder> <plan document number> <item id> <target version>
//        <the renamed activity's new name>
// Run by the backend's MigrationBrowserTest, which deploys the renamed action-item first and checks the engine after.
import path from 'node:path';
import { loginAs, logout, scriptArguments, shotBothSizes, step, withBrowser, DESKTOP } from './browser.mjs';

const { baseUrl, screenshotDir, rest: [docNumber, itemId, version, newName] } =
  scriptArguments('migration.mjs', ['plan document number', 'item id', 'target version', 'new name']);

await withBrowser(screenshotDir, { prefix: 'migration-', viewport: DESKTOP }, async (page) => {
  await step('the modeller opens action-item in the studio', async () => {
    await loginAs(page, baseUrl, 'modeller');
    await page.goto(new URL('/modeler', baseUrl).href);
    await page.locator('.model-list').getByRole('button', { name: /行动方案事项办理/ }).first().click();
    await page.getByRole('button', { name: '迁移运行中的实例' }).click();
  });
  await step('the plan for the seed plan\'s items: mapping, renamed activity marked, every item movable', async () => {
    await page.getByLabel('按方案').check();
    await page.getByLabel('方案文号').fill(docNumber);
    await page.getByRole('button', { name: '生成迁移计划' }).click();
    const mapping = page.getByRole('table', { name: '环节对应关系' }).first();
    await mapping.waitFor();
    await mapping.locator('tr.changed', { hasText: newName }).first().waitFor();
    await page.getByText(/个经校验可以迁移/).waitFor();
    await shotBothSizes(page, screenshotDir, 'migration-01-plan', (p) => mapping.waitFor());
  });
  await step('the run moves them as a batch and reports the result', async () => {
    await page.getByRole('button', { name: /^执行迁移/ }).click();
    await page.getByText(/^迁移完成：/).waitFor({ timeout: 120_000 });
    const result = await page.getByText(/^迁移完成：/).textContent();
    if (!result.includes(`迁移到第 ${version} 版`) || !result.includes('0 个失败')) throw new Error(`result: ${result}`);
    await shotBothSizes(page, screenshotDir, 'migration-02-done', (p) => p.getByText(/^迁移完成：/).waitFor());
  });
  await step('the item page shows the coordinator the new version and who moved it', async () => {
    await logout(page);
    await loginAs(page, baseUrl, 'coordinator');
    await page.goto(new URL(`/items/${itemId}`, baseUrl).href);
    await page.getByText(`第 ${version} 版`).waitFor();
    await page.locator('.timeline-MIGRATION').first().waitFor();
    await page.locator('.diagram-canvas[data-state="ready"]').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'migration-03-item.png'), fullPage: true });
  });
});
