// The case search in the browser (issue 12): the demo case worker types a family name and gets the
// exact spelling first, the same name in Cyrillic next, each with the child's name and why it matched;
// then the first three letters in Cyrillic, a case number, and a name nobody has (the empty state says
// what to try). The same page in Ukrainian shows the reasons in Ukrainian. axe-core on each state.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import { expectAccessible, signIn } from './support/flows.ts';
import { E2E_DEMO_PASSWORD, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(E2E_DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

/** Opens a case through the API from the signed-in page, as another worker did earlier. */
async function openCase(page: Page, given: string, family: string): Promise<string> {
  return page.evaluate(
    async ({ given, family }) => {
      const csrf = document.cookie
        .split(';')
        .map((part) => part.trim().split('='))
        .find(([key]) => key === 'haven_csrf')?.[1];
      const response = await fetch('/api/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') },
        body: JSON.stringify({
          sensitive: { names: [{ given, family }], birthDate: { kind: 'exact', date: '2011-03-04' } },
          identity: { gender: 'Feminine', presumedMinor: true, unitCode: 'UA-30-obolonskyi' },
          duplicatesReviewed: true,
        }),
      });
      if (response.status !== 201) throw new Error(`seed case: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { code: string }).code;
    },
    { given, family },
  );
}

/** Types into the search box and returns the rows once the server answered for that text. */
async function search(page: Page, box: string, text: string) {
  const answered = page.waitForResponse(
    (r) => r.url().includes('/api/cases?') && new URL(r.url()).searchParams.get('q') === text,
  );
  await page.getByRole('searchbox', { name: box }).fill(text);
  await answered;
  await page.waitForTimeout(200);
  return page.locator('table tbody tr');
}

describe('case search', () => {
  it('ranks, names and explains the results; finds by prefix and code; says what to try when nothing matches', async () => {
    const { page } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-caseworker', E2E_DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const cyrillicCode = await openCase(page, 'Марта', 'Шелестюк');
    const latinCode = await openCase(page, 'Marta', 'Shelestiuk');
    await page.goto(`${server.baseUrl}/cases`);
    await visible(page.getByRole('heading', { level: 1, name: 'Cases' }));
    const box = 'Find a child by name or case code';

    const rows = await search(page, box, 'Shelestiuk');
    await visible(page.getByRole('columnheader', { name: 'Child' }));
    await visible(page.getByRole('columnheader', { name: 'Why it matched' }));
    expect(await rows.nth(0).locator('td').nth(0).textContent()).toBe(latinCode);
    await visible(rows.nth(0).getByText('Marta Shelestiuk'));
    await visible(rows.nth(0).getByText('Family name, exact'));
    await visible(rows.nth(0).getByText('born 2011'));
    expect(await rows.nth(1).locator('td').nth(0).textContent()).toBe(cyrillicCode);
    await visible(rows.nth(1).getByText('Марта Шелестюк'));
    await visible(rows.nth(1).getByText('Family name in another spelling or script'));
    await expectAccessible(page, 'search results');
    await screenshot(page, 'en-case-search-ranked');

    const byPrefix = await search(page, box, 'Шел');
    const prefixCodes = await byPrefix.locator('td:first-child').allTextContents();
    expect(prefixCodes).toEqual(expect.arrayContaining([cyrillicCode, latinCode]));
    await visible(byPrefix.first().getByText('Family name begins so'));

    const byCode = await search(page, box, String(Number(latinCode.slice(-6))));
    expect(await byCode.locator('td:first-child').allTextContents()).toContain(latinCode);
    await visible(page.getByRole('row', { name: new RegExp(latinCode) }).getByText('Case code'));

    await search(page, box, 'Qwxzyvotsk');
    await visible(page.getByRole('status').getByText(/^No case matches this search\./));
    await expectAccessible(page, 'search with no result');
    await screenshot(page, 'en-case-search-empty');

    // Ukrainian: the reasons and the column headings in the user's language.
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /Українська/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Справи' }));
    const ukRows = await search(page, 'Знайти дитину за ім’ям або кодом справи', 'Шелестюк');
    await visible(page.getByRole('columnheader', { name: 'Чому знайдено' }));
    expect(await ukRows.nth(0).locator('td').nth(0).textContent()).toBe(cyrillicCode);
    await visible(ukRows.nth(0).getByText('Прізвище, точно'));
    await visible(ukRows.nth(1).getByText('Прізвище в іншому написанні чи письмі'));
    await expectAccessible(page, 'search results in Ukrainian');
    await screenshot(page, 'uk-case-search-ranked');
    // Back to English for the other tests' sake (the language is saved on the profile).
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /English/ }).click();
  });
});
