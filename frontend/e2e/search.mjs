// Search from the header (issue 16): a county finds an item by a word of its title and its own tasks by its body's
// name, each result linking to its page; the item's timeline names the person who signed, not the login id.
// Usage: node e2e/search.mjs <base URL> <screenshot folder> <user> <title word> <body name> <person's name>
// Run by the backend's SearchBrowserTest, which makes the item and signs the county's task first.
import { DESKTOP, loginAs, scriptArguments, shotBothSizes, step, withBrowser } from './browser.mjs';

const { baseUrl, screenshotDir, rest: [user, titleWord, bodyName, personName] } = scriptArguments('search.mjs',
  ['user', 'title word', 'body name', "person's name"]);

async function search(page, text) {
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.fill(text);
  await box.press('Enter');
  await page.getByRole('heading', { name: `搜索“${text}”` }).waitFor();
}

await withBrowser(screenshotDir, { prefix: 'search-', viewport: DESKTOP }, async (page) => {
  await step(`${user} logs in`, async () => {
    await loginAs(page, baseUrl, user);
  });
  await step(`a word of the item's title (${titleWord}) finds the item`, async () => {
    await search(page, titleWord);
    const items = page.getByRole('region', { name: '事项' });
    await items.getByRole('link', { name: new RegExp(titleWord) }).waitFor();
    await shotBothSizes(page, screenshotDir, 'search-01-item', (p) => p.getByRole('region', { name: '事项' }).waitFor());
  });
  await step(`the body's name (${bodyName}) finds its tasks, named by body, item and plan`, async () => {
    await search(page, bodyName);
    const tasks = page.getByRole('region', { name: '待办任务' });
    await tasks.getByRole('listitem').first().waitFor();
    const texts = await tasks.getByRole('listitem').allInnerTexts();
    if (!texts.every((text) => text.includes(bodyName))) throw new Error(`a task of another body: ${texts.join(' | ')}`);
    if (!texts.some((text) => /〔\d{4}〕\d+号/.test(text))) throw new Error(`no task names its plan: ${texts.join(' | ')}`);
    await page.getByRole('region', { name: '单位' }).getByRole('link', { name: bodyName }).first().waitFor();
    await shotBothSizes(page, screenshotDir, 'search-02-tasks', (p) => p.getByRole('region', { name: '待办任务' }).waitFor());
  });
  await step("the item's timeline names the person who signed, not the login", async () => {
    await search(page, titleWord);
    await page.getByRole('region', { name: '事项' }).getByRole('link', { name: new RegExp(titleWord) }).click();
    const who = page.locator('.timeline-who').filter({ hasText: personName }).first();
    await who.waitFor();
    const everyone = await page.locator('.timeline-who').allInnerTexts();
    if (everyone.some((text) => text.split(' · ').includes(user))) throw new Error(`a login id in the timeline: ${everyone.join(' | ')}`);
    await shotBothSizes(page, screenshotDir, 'search-03-timeline', (p) => p.locator('.timeline-who').first().waitFor());
  });
});
