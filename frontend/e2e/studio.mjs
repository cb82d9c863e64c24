// The modelling studio in a real Chromium.
// Usage: node e2e/studio.mjs <base URL> <screenshot folder>
// Run by the backend's StudioBrowserTest against a running PolicyFlow: the modeller opens action-item.bpmn (fitted
// right of the palette, lint on the canvas), changes the yellow threshold of traffic-light.dmn in the decision-table
// editor, downloads it, uploads the file back (as from Camunda Modeler) and deploys it; drags a field into
// acknowledge-lead.form in the form editor and deploys it; the lead department's 签收 task shows the new field.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DESKTOP, PHONE, loginAs, logout, scriptArguments, shotBothSizes, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir } = scriptArguments('studio.mjs');
const NEW_FIELD = '计划备注（建模工作室新增）';

const shot = (page, name) => page.screenshot({ path: path.join(screenshotDir, name) });
const box = async (locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no box`);
  return found;
};

async function openModel(page, resourceName) {
  await page.locator('.model-list li', { hasText: resourceName }).getByRole('button').click();
}

async function download(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载文件' }).click()]);
  return { name: file.suggestedFilename(), content: readFileSync(await file.path(), 'utf8') };
}

async function deploy(page) {
  await page.getByRole('button', { name: /部署新版本/ }).click();
  await page.getByText(/^已部署/).waitFor();
}

await withBrowser(screenshotDir, { viewport: DESKTOP, prefix: 'studio-', acceptDownloads: true }, async (page) => {
  await step('the modeller opens the studio: processes, decision tables and forms', async () => {
    await loginAs(page, baseUrl, 'modeller');
    await page.getByRole('link', { name: '流程建模' }).click();
    for (const kind of ['流程（BPMN）', '决策表（DMN）', '表单']) await page.locator('.model-list h3', { hasText: kind }).waitFor();
    await shotBothSizes(page, screenshotDir, 'studio-01-models', (p) => p.locator('.model-list').waitFor());
  });

  await step('action-item opens fitted: the start event right of the palette, nothing cut off, lint on the canvas', async () => {
    await openModel(page, 'bpmn/action-item.bpmn');
    const start = page.locator('.djs-element[data-element-id="ItemStarted"]');
    await start.waitFor();
    await page.locator('.djs-minimap .toggle').waitFor();
    const palette = await box(page.locator('.djs-palette'));
    const canvas = await box(page.getByTestId('bpmn-canvas'));
    const event = await box(start);
    if (event.x <= palette.x + palette.width) throw new Error(`start event at ${event.x} under the palette ending at ${palette.x + palette.width}`);
    if (event.y < canvas.y) throw new Error('the top of the diagram is cut off');
    // the accepted fake-join warnings are shown on the canvas and listed
    await page.locator('.bjsl-overlay').first().waitFor();
    await page.getByTestId('lint-panel').getByText('0 个错误').waitFor();
    await shot(page, 'studio-02-bpmn.png');
  });

  await step('traffic-light.dmn opens in the decision-table editor; the yellow threshold becomes 0.8', async () => {
    await openModel(page, 'bpmn/traffic-light.dmn');
    const cell = page.locator('.tjs-table td', { hasText: '< 0.9' });
    await cell.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('< 0.8');
    await page.locator('.tjs-table td', { hasText: '< 0.8' }).waitFor();
    await page.locator('.modeler-toolbar').click({ position: { x: 5, y: 5 } });
    await page.getByTestId('lint-panel').getByText('未发现问题').waitFor();
    await shot(page, 'studio-03-dmn.png');
  });

  await step('downloads the edited table under its bpmn/ name, uploads it back as from Camunda Modeler, deploys', async () => {
    const file = await download(page);
    if (file.name !== 'traffic-light.dmn') throw new Error(`downloaded as ${file.name}`);
    if (!file.content.includes('&lt; 0.8') || file.content.includes('&lt; 0.9')) throw new Error('the download is not the edited table');
    await openModel(page, 'bpmn/action-item.bpmn');
    await page.locator('.djs-element[data-element-id="ItemStarted"]').waitFor();
    await page.locator('.modeler-toolbar input[type=file]').setInputFiles({
      name: file.name, mimeType: 'application/xml', buffer: Buffer.from(file.content),
    });
    await page.locator('.model-list button.active', { hasText: '红黄绿灯评定' }).waitFor();
    await page.locator('.tjs-table td', { hasText: '< 0.8' }).waitFor();
    await page.getByTestId('lint-panel').getByText('未发现问题').waitFor();
    await deploy(page);
  });

  await step('acknowledge-lead.form: the modeller drags a text field into the form, labels it and deploys', async () => {
    await openModel(page, 'bpmn/forms/acknowledge-lead.form');
    const editor = page.getByTestId('form-editor');
    await editor.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const source = await box(editor.locator('.fjs-palette-field[data-field-type="textfield"]'));
    const target = await box(editor.locator('.fjs-form-container .fjs-element').nth(1));
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    await page.mouse.move(source.x + source.width / 2 + 30, source.y + source.height / 2, { steps: 5 });
    await page.mouse.move(target.x + target.width / 2, target.y + target.height - 8, { steps: 20 });
    await page.mouse.up();
    // the dropped field (form-js labels it Text field) is selected; its label is set in the properties panel
    await editor.locator('.bio-properties-panel-header', { hasText: /text field/i }).waitFor();
    const label = editor.locator('[data-entry-id="label"] [contenteditable]').first();
    if (!(await label.isVisible())) await editor.locator('.bio-properties-panel-group-header', { hasText: 'General' }).click();
    await label.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEW_FIELD);
    await editor.locator('.fjs-form-container').getByText(NEW_FIELD).waitFor();
    await page.getByTestId('lint-panel').getByText('未发现问题').waitFor();
    await shot(page, 'studio-04-form.png');
    const file = await download(page);
    const added = JSON.parse(file.content).components.filter((field) => field.type === 'textfield' && field.label === NEW_FIELD);
    if (file.name !== 'acknowledge-lead.form' || added.length !== 1) throw new Error('the download is not the edited form');
    await deploy(page);
    await page.setViewportSize(PHONE);
    await shot(page, 'studio-05-form-phone.png');
    await page.setViewportSize(DESKTOP);
    await logout(page);
  });

  await step('the lead department opens a 签收 task: the form shows the new field', async () => {
    await loginAs(page, baseUrl, 'commerce');
    await page.getByRole('link', { name: /我的待办/ }).first().click();
    const row = page.locator('.inbox-row', { hasText: '签收并制定工作计划' }).first();
    await row.getByRole('link', { name: /办理/ }).click();
    await page.getByText(NEW_FIELD).waitFor();
    await shot(page, 'studio-06-task-with-new-field.png');
  });
});
