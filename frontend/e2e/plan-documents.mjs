// Plans as offices receive them, through the import page in a real Chromium.
// Usage: node e2e/plan-documents.mjs <base URL> <screenshot folder> <plan.docx> <pdf text>
// Run by the backend's PlanDocumentsBrowserTest: the coordinator chooses a Word file (made by the test with POI) and
// then a PDF (printed here by Chromium from the text the test passes), previews each, sees a name as the document
// wrote it beside the registry's, and imports both.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loginAs, scriptArguments, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir, rest: [docx, pdfText] } = scriptArguments('plan-documents.mjs', ['plan.docx', 'pdf text']);
const shot = (page, name) => page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });

/** The text as a PDF with a text layer, a paragraph per line, printed by the browser itself. */
async function printPdf(page, text) {
  const escape = (line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${
    text.split('\n').filter(Boolean).map((line) => `<p>${escape(line)}</p>`).join('')}</body></html>`;
  const printer = await page.context().newPage();
  await printer.setContent(html);
  const file = path.join(screenshotDir, 'plan-documents.pdf');
  writeFileSync(file, await printer.pdf({ format: 'A4' }));
  await printer.close();
  return file;
}

async function importFile(page, file, docNumber, count) {
  await page.locator('.import-source input[type="file"]').setInputFiles(file);
  await page.getByText(`共 ${count} 项任务`).waitFor();
  await page.getByText(docNumber).first().waitFor();
}

await withBrowser(screenshotDir, { prefix: 'plan-documents-' }, async (page) => {
  await step('the coordinator chooses a Word file on 计划导入 and sees its preview', async () => {
    await loginAs(page, baseUrl, 'coordinator');
    await page.getByRole('link', { name: '计划导入' }).click();
    await importFile(page, docx, '苏府办〔2025〕931号', 2);
    // the registry's name, and the document's where it differs
    await page.getByText('原文“市发展改革委”', { exact: false }).first().waitFor();
    await shot(page, '30-import-docx-preview.png');
  });
  await step('imports it', async () => {
    await page.getByRole('button', { name: '确认导入 2 项任务' }).click();
    await page.getByRole('heading', { name: '导入完成' }).waitFor();
    await page.getByRole('link', { name: '苏府办〔2025〕931号-1' }).waitFor();
  });
  await step('chooses a PDF, previews and imports it', async () => {
    const pdf = await printPdf(page, pdfText);
    await page.getByRole('button', { name: '导入另一份方案' }).click();
    await importFile(page, pdf, '苏府办〔2025〕932号', 2);
    await shot(page, '31-import-pdf-preview.png');
    await page.getByRole('button', { name: '确认导入 2 项任务' }).click();
    await page.getByRole('link', { name: '苏府办〔2025〕932号-2' }).waitFor();
    await shot(page, '32-import-pdf-done.png');
  });
});
