// Haven on a phone (390×844, the size field workers carry): every role reaches every entry of its menu
// through the burger navigation, no page scrolls sideways, and each page passes axe-core. Screenshots
// phone-<role>-<page>.png are for a human to look at.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import { enrolMfa, expectAccessible, signIn } from './support/flows.ts';
import { E2E_DEMO_PASSWORD, type RunningServer } from './support/server.ts';

const PHONE = { width: 390, height: 844 };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(E2E_DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width <= PHONE.width) return;
  // Name the outermost elements that stick out, so the failure says where to look.
  const culprits = await page.evaluate((limit) => {
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > limit + 1;
    return [...document.querySelectorAll('body *')]
      .filter((element) => sticksOut(element) && element.parentElement && !sticksOut(element.parentElement))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
  }, PHONE.width);
  expect(width, `${what} is ${width} px wide; sticking out: ${culprits.join(', ')}`).toBeLessThanOrEqual(
    PHONE.width,
  );
}

async function openMenu(page: Page) {
  const burger = page.getByRole('button', { name: 'Open the menu' });
  await burger.click();
  const menu = await visible(page.getByRole('navigation', { name: 'Main navigation' }));
  return menu;
}

/** Walks every entry of the phone menu; returns the entries' names. */
async function visitEveryEntry(page: Page, role: string): Promise<string[]> {
  const menu = await openMenu(page);
  const names = (await menu.getByRole('link').allInnerTexts()).map((name) => name.trim());
  expect(names.length).toBeGreaterThan(1);
  // The header row is hidden at this size: its links are not in the accessibility tree twice.
  expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(1);
  // Esc closes the menu again and gives focus back to the burger.
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-burger');
  for (const [index, name] of names.entries()) {
    const entries = await openMenu(page);
    const link = entries.getByRole('link').nth(index);
    const href = (await link.getAttribute('href')) ?? '';
    // Keyboard use: the entry is reached and followed with Enter.
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    // Following an entry closes the menu, so the page itself is what the user sees.
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ state: 'detached' });
    await visible(page.locator('main h1'));
    await page.waitForLoadState('networkidle');
    const what = `${role} ${name} (${href})`;
    await expectNoSidewaysScroll(page, what);
    await expectAccessible(page, what);
    await screenshot(page, `phone-${role}-${href.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}`);
  }
  return names;
}

async function signedInOnPhone(username: string, mfa = false): Promise<Page> {
  const { page } = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
  await signIn(page, server.baseUrl, username, E2E_DEMO_PASSWORD);
  if (mfa) await enrolMfa(page, `phone-${username}`, E2E_DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
  await visible(page.locator('main h1'));
  await expectNoSidewaysScroll(page, `${username} sign-in`);
  return page;
}

describe('Haven on a phone', () => {
  it('caseworker reaches every menu entry, and a case file fits the screen', async () => {
    const page = await signedInOnPhone('demo-caseworker');
    const names = await visitEveryEntry(page, 'caseworker');
    expect(names).toEqual(expect.arrayContaining(['Home', 'Cases', 'Referrals', 'Services']));
    // A case file with its tabs: the tab list scrolls inside itself, the page does not.
    await page.goto(`${server.baseUrl}/cases`);
    await page.locator('main table a').first().click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    // The case file's own heading (its code), not the list's heading still on screen while it loads.
    await visible(page.getByRole('heading', { level: 1, name: /[A-Z]{2}-\d{4}-\d+/ }));
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page, 'case file');
    await expectAccessible(page, 'case file on a phone');
    await screenshot(page, 'phone-caseworker-case-file');
  });

  it('supervisor reaches Inbox, Approvals, Dashboard and Duplicates', async () => {
    const page = await signedInOnPhone('demo-supervisor');
    const names = await visitEveryEntry(page, 'supervisor');
    // An entry's name may carry its badge ("Inbox 107 (5 overdue)") on further lines.
    expect(names.map((name) => name.replace(/\s*\d[\s\S]*$/, '').trim())).toEqual(
      expect.arrayContaining(['Inbox', 'Approvals', 'Dashboard', 'Duplicates']),
    );
  });

  it('provider reaches its referrals and the services', async () => {
    const page = await signedInOnPhone('demo-provider');
    const names = await visitEveryEntry(page, 'provider');
    expect(names).toEqual(expect.arrayContaining(['Referrals', 'Services']));
  });

  it('police reaches every menu entry', async () => {
    const page = await signedInOnPhone('demo-police');
    await visitEveryEntry(page, 'police');
  });

  it('coordinator reaches the dashboard', async () => {
    const page = await signedInOnPhone('demo-coordinator', true);
    const names = await visitEveryEntry(page, 'coordinator');
    expect(names).toContain('Dashboard');
  });

  it('admin reaches users and agencies; a dialog takes the whole screen', async () => {
    const page = await signedInOnPhone('demo-admin', true);
    const names = await visitEveryEntry(page, 'admin');
    expect(names).toEqual(expect.arrayContaining(['Users', 'Agencies']));
    await page.goto(`${server.baseUrl}/admin/users`);
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('button', { name: /new user|create user/i })
      .first()
      .click();
    const dialog = await visible(page.getByRole('dialog'));
    const box = await dialog.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    await expectNoSidewaysScroll(page, 'new user dialog');
    await expectAccessible(page, 'new user dialog on a phone');
    await screenshot(page, 'phone-admin-new-user-dialog');
  });
});
