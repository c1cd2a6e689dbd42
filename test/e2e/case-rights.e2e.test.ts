// The demo supervisor answers for a child's data in the browser: places a legal hold (the reason is
// checked next to the field before anything is sent), lifts it through its dialog, and downloads the
// subject-access export, which says nothing was withheld from a supervisor. Then at phone size and in
// Ukrainian. axe-core runs on every screen and dialog.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import { displayName, expectAccessible, signIn } from './support/flows.ts';
import type { RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'e2e-Haven-demo-Passphrase-7319';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

/** A case the supervisor's scope reaches: the first of their case list. */
async function firstCase(page: Page): Promise<{ id: string; code: string }> {
  return page.evaluate(async () => {
    const response = await fetch('/api/cases?pageSize=1');
    const list = (await response.json()) as { items: Array<{ id: string; code: string }> };
    if (!list.items[0]) throw new Error('the demo supervisor sees no case');
    return list.items[0];
  });
}

describe('data rights of a case', () => {
  it('a supervisor places and lifts a legal hold and downloads the subject-access export', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const me = await displayName(page);
    const file = await firstCase(page);

    await page.goto(`${server.baseUrl}/cases/${file.id}?tab=rights`);
    await visible(page.getByRole('tab', { name: 'Data rights', selected: true }));
    await visible(page.getByRole('heading', { name: 'Legal hold' }));
    await visible(page.getByText('This case is not on legal hold.'));
    await expectAccessible(page, 'data rights, no hold');

    // Too short a reason is refused next to the field, before any request.
    const reason = page.getByRole('textbox', { name: /^Reason for the hold/ });
    await reason.fill('x');
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/legal-holds')) posts += 1;
    });
    await page.getByRole('button', { name: 'Place a legal hold' }).click();
    await visible(page.getByText('Write the reason, at least 3 characters.'));
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(posts).toBe(0);
    await expectAccessible(page, 'data rights, reason refused');
    await screenshot(page, 'en-case-rights-reason-refused');

    // By keyboard: type the reason, Tab to the button, Enter.
    await reason.fill('');
    await reason.focus();
    await page.keyboard.type('The district court asked for the file');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const inForce = await visible(page.getByTestId('hold-in-force'));
    await visible(inForce.getByText('The district court asked for the file'));
    await visible(inForce.getByText(me));
    expect(posts).toBe(1);
    await expectAccessible(page, 'data rights, hold in force');
    await screenshot(page, 'en-case-rights-hold');

    await inForce.getByRole('button', { name: 'Lift the hold' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Lift the legal hold' }));
    await dialog.getByRole('button', { name: 'Lift it now' }).click();
    await visible(dialog.getByText('Write the reason, at least 3 characters.'));
    await expectAccessible(page, 'lift dialog, reason refused');
    await dialog.getByRole('textbox', { name: /^Reason for lifting/ }).fill('The proceedings have ended');
    await dialog.getByRole('button', { name: 'Lift it now' }).click();
    await dialog.waitFor({ state: 'detached' });
    await visible(page.getByText('This case is not on legal hold.'));
    const earlier = await visible(page.getByRole('list', { name: 'Earlier holds' }));
    await visible(
      earlier.getByText(/The district court asked for the file — placed by .*The proceedings have ended$/),
    );
    // The pointer was left where the dialog's button was, over a lifecycle button now hovered.
    await page.mouse.move(0, 0);
    await expectAccessible(page, 'data rights, hold lifted');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download subject-access export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`subject-access-${file.code}.json`);
    const saved = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as {
      case: { code: string };
      withheld: unknown[];
      retention: { legalHolds: Array<{ active: boolean }> };
    };
    expect(saved.case.code).toBe(file.code);
    expect(saved.withheld).toEqual([]);
    // The file names the hold just lifted (its reason is not part of what is held about the child).
    expect(saved.retention.legalHolds.map((hold) => hold.active)).toEqual([false]);
    await visible(page.getByRole('status').getByText(/^Nothing was withheld: the file holds every section/));
    await expectAccessible(page, 'data rights, export downloaded');
    await screenshot(page, 'en-case-rights-export');

    await page.setViewportSize({ width: 390, height: 844 });
    await visible(page.getByRole('heading', { name: 'Subject-access export' }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'data rights at phone size');
    await screenshot(page, 'en-case-rights-phone');

    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /Українська/ }).click();
    await visible(page.getByRole('tab', { name: 'Права на дані', selected: true }));
    await visible(page.getByRole('heading', { name: 'Юридичне утримання' }));
    await page.getByRole('button', { name: 'Встановити юридичне утримання' }).click();
    await visible(page.getByText('Вкажіть причину, щонайменше 3 символи.'));
    // Longer Ukrainian labels wrap rather than widen the page or get cut off.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'data rights in Ukrainian at phone size');
    await screenshot(page, 'uk-case-rights-phone');
    // The choice is saved as the user's preference: back to English for other tests.
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /English/ }).click();
    await visible(page.getByRole('tab', { name: 'Data rights', selected: true }));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
