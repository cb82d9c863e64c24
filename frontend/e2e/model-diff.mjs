// 模型审核 and the difference views in a real Chromium.
// Usage: node e2e/model-diff.mjs <base URL> <screenshot folder> <BPMN change id> <DMN change id> <form change id>
//        <resource with two versions>
// Run by the backend's ModelDiffBrowserTest, which submitted the three changes as the modeller: the administrator
// finds 审核模型变更 of the first in 我的待办 and goes from its task page to the review; opens each, sees the renamed task of action-item marked on the diagram and listed old → new, the changed cell of
// traffic-light's rule, the form's new field; and returns the form's change with a reason; then compares the two
// versions of a model in 版本比较.
import { loginAs, scriptArguments, shotBothSizes, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir, rest } = scriptArguments('model-diff.mjs',
  ['BPMN change', 'DMN change', 'form change', 'resource with two versions']);
const [bpmnChange, dmnChange, formChange, versioned] = rest;

await withBrowser(screenshotDir, { viewport: { width: 1366, height: 768 }, prefix: 'model-diff-' }, async (page) => {
  const open = async (id, resource) => {
    await page.getByRole('button', { name: `#${id} ${resource}` }).click();
    await page.getByRole('heading', { name: `#${id} ${resource}` }).waitFor();
  };
  await step('the administrator finds 审核模型变更 in 我的待办 and goes from the task to its review', async () => {
    await loginAs(page, baseUrl, 'admin');
    await page.goto(new URL('/inbox', baseUrl).href);
    await page.getByRole('link', { name: '审核模型变更 · bpmn/action-item.bpmn' }).click();
    const review = page.getByRole('link', { name: `打开模型审核(变更 ${bpmnChange})` });
    await review.waitFor();
    await shotBothSizes(page, screenshotDir, '29-model-review-task');
    await review.click();
    await page.getByRole('heading', { name: `#${bpmnChange} bpmn/action-item.bpmn` }).waitFor();
  });
  await step('the administrator opens 模型审核 and the renamed task of action-item', async () => {
    await page.getByRole('link', { name: '模型审核' }).click();
    await open(bpmnChange, 'bpmn/action-item.bpmn');
    // the renamed task is marked amber on the proposed version's diagram, and listed old → new
    await page.locator('.diff-canvas[data-state="ready"] .djs-element.diff-changed[data-element-id="AssignLead"]').waitFor();
    const item = page.locator('.change.changed[data-element-id="AssignLead"]');
    await item.locator('del', { hasText: '确定牵头单位' }).waitFor();
    await item.locator('ins', { hasText: '确定牵头责任单位' }).waitFor();
    await page.getByText('新增 0 处,删除 0 处,修改 1 处').waitFor();
    await shotBothSizes(page, screenshotDir, '30-model-diff-bpmn',
      (p) => p.locator('.diff-canvas[data-state="ready"]').waitFor());
  });
  await step('the changed threshold of traffic-light, rule by rule', async () => {
    await open(dmnChange, 'bpmn/traffic-light.dmn');
    const rule = page.locator('.change.changed[data-element-id="RedWhenFarBehind"]');
    await rule.getByText('规则 2').waitFor();
    await rule.locator('del', { hasText: '< 0.6' }).waitFor();
    await rule.locator('ins', { hasText: '< 0.5' }).waitFor();
    await shotBothSizes(page, screenshotDir, '31-model-diff-dmn');
  });
  await step('the added field of the form, and returning the change with a reason', async () => {
    await open(formChange, 'bpmn/forms/acknowledge-part.form');
    await page.locator('.change.added[data-element-id="contactPhone"]').getByText('联系电话').first().waitFor();
    await shotBothSizes(page, screenshotDir, '32-model-diff-form');
    await page.getByLabel('退回理由(退回时必填)').fill('表单字段请与审核组确认');
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await page.getByText(`变更 #${formChange} 已退回给建模人员。`).waitFor();
  });
  await step('版本比较: version 2 of a model beside version 1, the added task marked green', async () => {
    await page.goto(new URL(`/modeler/diff?resource=${encodeURIComponent(versioned)}`, baseUrl).href);
    await page.locator('.diff-canvas[data-state="ready"] .djs-element.diff-added[data-element-id="Recheck"]').waitFor();
    await page.locator('.change.added[data-element-id="Recheck"]').getByText('复核').first().waitFor();
    await page.getByText('第 1 版 → 第 2 版 的变化').waitFor();
    await shotBothSizes(page, screenshotDir, '33-model-diff-versions',
      (p) => p.locator('.diff-canvas[data-state="ready"]').waitFor());
  });
});
