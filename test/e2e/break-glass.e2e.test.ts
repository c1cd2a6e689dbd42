// Break-glass and the case access log, as the people concerned meet them in the browser. A demo worker
// (the case worker, or the district police) opens a case of the supervisor's agency out of their reach: the app offers emergency
// access, refuses a short reason before sending anything, opens the case read-only with a banner (in
// Ukrainian, at phone size). The owning supervisor then sees the access waiting for review on the case,
// reviews it, and finds it in the case's access log filtered to emergency accesses. axe-core runs on
// every screen and dialog.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import { displayName, expectAccessible, signIn } from './support/flows.ts';
import { E2E_DEMO_PASSWORD as DEMO_PASSWORD, type RunningServer } from './support/server.ts';

const REASON = 'The child called the hotline tonight and says the recruiter is outside';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

async function caseIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const response = await fetch('/api/cases?pageSize=100');
    return ((await response.json()) as { items: Array<{ id: string }> }).items.map((item) => item.id);
  });
}

/** The first of the given cases this signed-in user cannot open (the server answers 404). */
async function firstOutOfReach(page: Page, ids: string[]): Promise<string | null> {
  return page.evaluate(async (candidates) => {
    for (const candidate of candidates) {
      const response = await fetch(`/api/cases/${candidate}`);
      if (response.status === 404) return candidate;
    }
    return null;
  }, ids);
}

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('break-glass and the case access log', () => {
  it('a case worker opens a case outside their reach in an emergency; the supervisor reviews it', async () => {
    const supervisor = await openPage(browser);
    await signIn(supervisor.page, server.baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await supervisor.page.waitForURL((url) => url.pathname === '/');
    const agencyCases = await caseIds(supervisor.page);

    // A worker with case access somewhere for whom one of the agency's cases is out of reach: the case
    // worker (own cases) when a case is not theirs, else the district's juvenile police.
    let worker: Awaited<ReturnType<typeof openPage>> | undefined;
    let caseId: string | null = null;
    for (const username of ['demo-caseworker', 'demo-police']) {
      worker = await openPage(browser, { viewport: { width: 390, height: 844 } });
      await signIn(worker.page, server.baseUrl, username, DEMO_PASSWORD);
      await worker.page.waitForURL((url) => url.pathname === '/');
      caseId = await firstOutOfReach(worker.page, agencyCases);
      if (caseId) break;
      await worker.context.close();
    }
    if (!worker || !caseId) throw new Error('no demo worker has a case of the supervisor out of reach');
    const { page } = worker;
    const workerName = await displayName(page);

    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /Українська/ }).click();
    await page.goto(`${server.baseUrl}/cases/${caseId}`);
    const offer = await visible(page.getByRole('button', { name: 'Екстрений доступ (розбити скло)' }));
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'break-glass offer in Ukrainian at phone size');
    await screenshot(page, 'uk-break-glass-offer-phone');

    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/break-glass')) posts += 1;
    });
    await offer.click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Екстрений доступ до цієї справи' }));
    const reason = dialog.getByRole('textbox', { name: /^Причина/ });
    await reason.fill('терміново');
    // Too short: the button stays disabled and nothing is sent.
    expect(await dialog.getByRole('button', { name: 'Відкрити справу' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'break-glass dialog, reason too short');
    await reason.fill(REASON);
    await dialog.getByRole('button', { name: 'Відкрити справу' }).click();
    await visible(page.getByText('Ви читаєте цю справу через екстрений доступ'));
    expect(posts).toBe(1);
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'case read through emergency access');
    await screenshot(page, 'uk-break-glass-banner-phone');
    // The choice of language is the user's saved preference: back to English for other tests.
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /English/ }).click();
    await visible(page.getByText('You are reading this case through emergency access'));
    expect(worker.problems).toEqual([]);
    await worker.context.close();

    // The owning supervisor: the access waits for review on the case itself.
    const s = supervisor.page;
    await s.goto(`${server.baseUrl}/cases/${caseId}`);
    const panel = await visible(s.getByRole('alert').filter({ hasText: 'awaits your review' }));
    await visible(panel.getByText(`Reason given: ${REASON}`));
    await visible(panel.getByText(new RegExp(`^${workerName} \\(`)));
    await expectAccessible(s, 'break-glass review panel');
    await screenshot(s, 'en-break-glass-review');
    await panel
      .getByRole('textbox', { name: 'Your review note' })
      .fill('Confirmed with the hotline: justified');
    await panel.getByRole('button', { name: 'Mark reviewed' }).click();
    await panel.waitFor({ state: 'detached' });

    // The access log of the case, filtered to emergency accesses, names the case worker.
    await s.getByRole('tab', { name: 'Access log' }).click();
    const filters = await visible(s.getByRole('form', { name: 'Filter the access log' }));
    await filters.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Emergency access' });
    await filters.getByRole('button', { name: 'Show' }).click();
    const table = await visible(s.getByRole('table', { name: 'Access log of this case' }));
    const rows = table.locator('tbody tr');
    await visible(rows.filter({ hasText: workerName }));
    // The table keeps the unfiltered page until the filtered one arrives: wait for it.
    await expect
      .poll(async () => (await rows.allInnerTexts()).filter((text) => !text.includes('Emergency access')), {
        timeout: 15_000,
      })
      .toEqual([]);
    await visible(rows.filter({ hasText: workerName }));
    await expectAccessible(s, 'case access log, emergency accesses');
    await screenshot(s, 'en-case-access-log-break-glass');
    expect(supervisor.problems).toEqual([]);
    await supervisor.context.close();
  });
});
