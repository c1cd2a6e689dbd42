// Belarusian in a browser that has no ICU data for it (Chromium): dates, months, weekdays and country
// names come from Haven's own data, so the case file and the dashboard carry no English words for them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import { expectAccessible, signIn } from './support/flows.ts';
import { E2E_DEMO_PASSWORD, type RunningServer } from './support/server.ts';

const ENGLISH_MONTHS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
const ENGLISH_WEEKDAYS =
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;
const ENGLISH_COUNTRIES = /\b(Ukraine|Moldova|Belarus|Romania|Russia|Poland|Germany|Italy|Turkey|Czechia)\b/;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(E2E_DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

async function inBelarusian(username: string): Promise<Page> {
  const { page } = await openPage(browser);
  await signIn(page, server.baseUrl, username, E2E_DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
  // The home page settles first (its header is rendered again once the session is known).
  await visible(page.getByRole('heading', { level: 1, name: /^Welcome/ }));
  await page.getByTestId('language-switcher').click();
  await page.getByRole('menuitem', { name: 'Беларуская' }).click();
  await visible(page.getByRole('heading', { level: 1, name: /^Вітаем/ }));
  return page;
}

async function expectNoEnglishDateOrCountryWords(page: Page, what: string): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text, `${what}: an English month`).not.toMatch(ENGLISH_MONTHS);
  expect(text, `${what}: an English weekday`).not.toMatch(ENGLISH_WEEKDAYS);
  expect(text, `${what}: an English country name`).not.toMatch(ENGLISH_COUNTRIES);
}

describe('Belarusian formatting', () => {
  it("this Chromium's Intl falls back for Belarusian only, which is why Haven carries its own data", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.baseUrl}/sign-in`);
    const resolved = await page.evaluate(() =>
      Object.fromEntries(
        ['en', 'uk', 'ru', 'ro', 'be'].map((locale) => [
          locale,
          [
            new Intl.DateTimeFormat(locale).resolvedOptions().locale,
            new Intl.DisplayNames([locale], { type: 'region' }).resolvedOptions().locale,
          ],
        ]),
      ),
    );
    for (const locale of ['en', 'uk', 'ru', 'ro']) expect(resolved[locale]?.[0]?.split('-')[0]).toBe(locale);
    // If a later Chromium gains Belarusian data, Intl is used again and this expectation can go.
    expect(resolved.be?.[0]).not.toBe('be');
  });

  it('the case file and the case list name dates and countries in Belarusian', async () => {
    const page = await inBelarusian('demo-caseworker');
    await page.goto(`${server.baseUrl}/cases`);
    await visible(page.locator('main table a'));
    await page.waitForLoadState('networkidle');
    await expectNoEnglishDateOrCountryWords(page, 'case list');
    // Belarusian months in a date: "2 сне 2026 г." (the case list shows the next deadline).
    expect(await page.locator('main').innerText()).toMatch(
      /\d{1,2} (сту|лют|сак|кра|мая|чэр|ліп|жні|вер|кас|ліс|сне) \d{4} г\./,
    );
    await page.locator('main table a').first().click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    // The case file's own heading (its code), not the list's heading still on screen while it loads.
    await visible(page.getByRole('heading', { level: 1, name: /[A-Z]{2}-\d{4}-\d+/ }));
    await page.waitForLoadState('networkidle');
    await expectNoEnglishDateOrCountryWords(page, 'case file');
    await expectAccessible(page, 'case file in Belarusian');
    await screenshot(page, 'be-case-file');
    // The history tab lists dated events.
    await page.getByRole('tab', { name: 'Гісторыя', exact: true }).click();
    await page.waitForLoadState('networkidle');
    await expectNoEnglishDateOrCountryWords(page, 'case history');
    await screenshot(page, 'be-case-history');
  });

  it('the dashboard and a service page speak Belarusian', async () => {
    const page = await inBelarusian('demo-supervisor');
    await page.goto(`${server.baseUrl}/dashboard`);
    await visible(page.locator('main h1'));
    await page.waitForLoadState('networkidle');
    await expectNoEnglishDateOrCountryWords(page, 'dashboard');
    await screenshot(page, 'be-dashboard');
    await page.goto(`${server.baseUrl}/services`);
    await page.locator('main a[href^="/services/"]').first().click();
    await visible(page.locator('main h1'));
    await page.waitForLoadState('networkidle');
    await expectNoEnglishDateOrCountryWords(page, 'service page');
    await screenshot(page, 'be-service');
  });
});
