// The service directory in the browser: the demo provider (a shelter) searches for an emergency shelter
// for a 15-year-old girl in a Kyiv district, opens a result, updates its free places, and looks at the
// gaps of Odesa oblast as a heat table. axe-core runs on each view; screenshots in English and Ukrainian.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { choose, expectAccessible, signIn } from './support/flows.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import type { RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'e2e-Haven-demo-Passphrase-7319';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

describe('service directory', () => {
  it('finds a service by need and place, updates free places, shows the gaps', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-provider', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: 'Services', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Service directory', level: 1 }));

    await choose(page, /^Kind of service/, 'Emergency shelter', 'Emergency');
    await choose(page, /^District/, 'Holosiivskyi District', 'Holos');
    await page.getByRole('textbox', { name: 'Age', exact: true }).fill('15');
    await choose(page, /^Gender/, 'Female');
    await page.getByRole('button', { name: 'Search' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Services found: 1' }));
    const result = page.getByRole('link', { name: 'Екстрене розміщення «Тиха гавань»' });
    await visible(result);
    await expect.poll(() => page.getByText('Free places: 2 of 12').count()).toBe(1);
    await expectAccessible(page, 'directory search');
    await screenshot(page, 'directory-search-en');

    await result.click();
    await visible(page.getByRole('heading', { name: 'Екстрене розміщення «Тиха гавань»', level: 1 }));
    await expectAccessible(page, 'service detail');
    await page.getByRole('textbox', { name: 'Free places' }).fill('1');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await visible(page.getByText('Free places updated.'));
    await visible(page.getByText('Free places: 1 of 12'));
    await screenshot(page, 'directory-detail-en');

    await page.goto(`${server.baseUrl}/services?tab=gaps`);
    await choose(page, /^Region/, 'Odesa Oblast', 'Odesa');
    const table = await visible(page.getByRole('table', { name: /Services by place and kind/ }));
    const rowOf = (district: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: district }) });
    await expect.poll(() => rowOf('Izmail Raion').count()).toBe(1);
    expect(await table.getByRole('cell', { name: 'Gap', exact: true }).count()).toBeGreaterThan(0);
    expect(await table.getByRole('columnheader', { name: 'Family-based and foster care' }).count()).toBe(1);
    await expectAccessible(page, 'gaps table');
    await screenshot(page, 'directory-gaps-en');
    expect(problems).toEqual([]);
  });

  it('lets a provider describe a new service, with the server’s field errors', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-provider', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${server.baseUrl}/services`);
    await page.getByRole('button', { name: 'Add a service' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Add a service' }));
    // Options open in a portal outside the dialog: type into the dialog's field, pick from the page.
    const pick = async (label: RegExp, option: string, typed: string) => {
      const input = dialog.getByLabel(label).and(dialog.locator('input:not([type="hidden"])'));
      await input.click();
      await input.fill(typed);
      await page.getByRole('option', { name: option, exact: true }).click();
      await dialog.getByRole('heading', { name: 'Add a service' }).click();
    };
    await pick(/^Kind of service/, 'Long-term accommodation', 'Long');
    await dialog.getByRole('textbox', { name: /^Name of the service/ }).fill('Будинок «Затишок» (e2e)');
    await pick(/^Area covered/, 'Kyiv (city)', 'Kyiv');
    await dialog.getByRole('switch', { name: /counts places/ }).check();
    await dialog.getByRole('textbox', { name: 'Capacity', exact: true }).fill('4');
    await dialog.getByRole('textbox', { name: 'Free places', exact: true }).fill('5');
    await expectAccessible(page, 'service form');
    await screenshot(page, 'directory-form-en');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    // The server's refusal, translated, never its field path or English validator text.
    const refusal = await visible(dialog.getByRole('alert').first());
    expect(await refusal.textContent()).not.toMatch(/body\.|querystring\./);
    await dialog.getByRole('textbox', { name: 'Free places', exact: true }).fill('3');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await visible(page.getByRole('heading', { name: 'Будинок «Затишок» (e2e)', level: 1 }));
    await visible(page.getByText('Free places: 3 of 4'));
    expect(problems).toEqual([]);
  });

  it('reads in Ukrainian', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.evaluate(async () => {
      const csrf = document.cookie
        .split(';')
        .map((part) => part.trim().split('='))
        .find(([key]) => key === 'haven_csrf')?.[1];
      await fetch('/api/me/preferences', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') },
        body: JSON.stringify({ locale: 'uk' }),
      });
    });
    await page.goto(`${server.baseUrl}/services?tab=gaps`);
    await visible(page.getByRole('heading', { name: 'Довідник послуг', level: 1 }));
    await visible(page.getByRole('table', { name: /Послуги за місцем і видом/ }));
    await expectAccessible(page, 'gaps table (uk)');
    await screenshot(page, 'directory-gaps-uk');
    expect(problems).toEqual([]);
  });
});
