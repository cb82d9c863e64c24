// The workbench's import and modeler pages in a real Chromium.
// Usage: node e2e/workbench.mjs <base URL> <screenshot folder>
// Run by the backend's WorkbenchBrowserTest against a running PolicyFlow: the coordinator previews a small plan,
// corrects a lead and a target, and imports it; the modeller opens action-item.bpmn, renames a task, deploys and
// sees the new version listed. Drives Debian's chromium (CHROMIUM overrides /usr/bin/chromium) via playwright-core.
import path from 'node:path';
import { assertFits, loginAs, logout, scriptArguments, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir } = scriptArguments('workbench.mjs');
const PLAN = `苏州市人民政府办公室关于印发苏州市计量服务提升工作要点的通知
苏府办〔2025〕902号
一、重点任务
（一）开展计量服务试点。在昆山市、吴江区开展试点，培育试点企业20家以上。
（二）推进计量服务下企业。年内服务企业不少于300家。（市市场监管局牵头负责）
`;
const NEW_LABEL = '确定牵头单位（已修订）';

const shot = (page, name, fullPage = false) => page.screenshot({ path: path.join(screenshotDir, name), fullPage });


await withBrowser(screenshotDir, { viewport: { width: 1366, height: 768 }, prefix: 'workbench-' }, async (page) => {
  await step('the coordinator opens 计划导入 and previews a plan', async () => {
    await loginAs(page, baseUrl, 'coordinator');
    await page.getByRole('link', { name: '计划导入' }).click();
    await page.getByLabel('方案全文').fill(PLAN);
    await page.getByRole('button', { name: '解析预览' }).click();
    await page.getByText('共 2 项任务').waitFor();
    await page.locator('.import-item.has-warnings[data-item="1"]').waitFor();
    await shot(page, '10-import-preview.png', true);
  });
  await step('corrects the lead of the item without one and a target', async () => {
    await page.locator('#lead-1').selectOption({ label: '市市场监管局' });
    const item2 = page.locator('.import-item[data-item="2"]');
    await item2.getByLabel('目标值').first().fill('350');
    await page.locator('.import-item[data-item="1"]').getByText('已修改').waitFor();
    await item2.getByText('已修改').waitFor();
    await page.setViewportSize({ width: 375, height: 740 });
    await assertFits(page, 'the import preview on a phone');
    await shot(page, '11-import-preview-phone.png');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  await step('confirms, and sees the imported items', async () => {
    await page.getByRole('button', { name: '确认导入 2 项任务' }).click();
    await page.getByRole('heading', { name: '导入完成' }).waitFor();
    await page.getByRole('link', { name: '苏府办〔2025〕902号-1' }).waitFor();
    await shot(page, '12-import-done.png');
    await logout(page);
  });
  await step('the modeller opens action-item.bpmn in the modeler', async () => {
    await loginAs(page, baseUrl, 'modeller');
    await page.getByRole('link', { name: '流程建模' }).click();
    await page.locator('.model-list li', { hasText: 'bpmn/action-item.bpmn' }).getByRole('button').click();
    await page.locator('.djs-element[data-element-id="AssignLead"]').waitFor();
    await page.locator('.versions').getByText('第 1 版').waitFor();
    await page.locator('.lint').waitFor();
    await shot(page, '20-modeler-open.png');
  });
  await step('renames a task in the properties panel and deploys version 2', async () => {
    await page.locator('.djs-element[data-element-id="AssignLead"]').click();
    const name = page.locator('.bpmn-properties #bio-properties-panel-name');
    // the panel opens with its groups closed
    if (!(await name.isVisible())) {
      await page.locator('.bpmn-properties .bio-properties-panel-group-header', { hasText: '常规' }).click();
    }
    await name.fill(NEW_LABEL);
    await page.locator('.djs-element[data-element-id="AssignLead"]', { hasText: '已修订' }).waitFor();
    await page.getByRole('button', { name: /部署新版本/ }).click();
    await page.getByText(/^已部署/).waitFor();
    const latest = page.locator('.versions tbody tr').first();
    await latest.getByText('第 2 版').waitFor();
    await latest.getByText('在线建模').waitFor();
    await shot(page, '21-modeler-version-2.png', true);
  });
  await step('the modeler at phone width', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await assertFits(page, 'the modeler on a phone');
    await shot(page, '22-modeler-phone.png');
  });
});
