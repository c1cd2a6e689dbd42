// Steps the browser tests repeat: signing in and out, MFA enrolment with real TOTP codes, axe checks.
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, describeViolations, screenshot, visible } from './browser.ts';

export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Wait for menus to finish closing; a half-faded dropdown is not part of the page being checked.
  await page.getByRole('menu').waitFor({ state: 'detached' });
  // Likewise let dialogs finish fading in: axe measures contrast on what is painted at that moment.
  await page.waitForFunction(
    () =>
      document.getAnimations().every((animation) => animation.playState !== 'running') &&
      [...document.querySelectorAll('[role="dialog"]')].every(
        (dialog) => Number(getComputedStyle(dialog).opacity) === 1,
      ),
    undefined,
    { polling: 100 },
  );
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page, menuItem = 'Sign out'): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: menuItem }).click();
  await page.waitForURL(/\/sign-in/);
}

export async function displayName(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/api/me');
    return ((await response.json()) as { user: { displayName: string } }).user.displayName;
  });
}

/** TOTP codes, never reusing a 30-second window (servers rightly refuse a replayed code). */
const usedCounters = new Map<string, number>();
export async function totp(secret: string): Promise<string> {
  const generator = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  let counter = Math.floor(Date.now() / 30_000);
  while (usedCounters.get(secret) === counter || Date.now() % 30_000 > 28_000) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    counter = Math.floor(Date.now() / 30_000);
  }
  usedCounters.set(secret, counter);
  return generator.generate();
}

/** Completes the enrolment page; returns the secret read from the page as a person would copy it. */
export async function enrolMfa(page: Page, screenshotPrefix: string, password: string): Promise<string> {
  await page.waitForURL(/\/mfa\/enrol/);
  // The enrolment page offers a passkey first; the app needs the password again (step-up).
  await page.getByRole('button', { name: 'Use an authenticator app instead' }).click();
  await page.getByLabel('Your password').fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
  const secretBox = await visible(page.getByTestId('mfa-secret'));
  const secret = ((await secretBox.textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  const qr = page.getByRole('img', { name: /QR code/ });
  await qr.waitFor();
  // The QR image is a data: URL; this fails if the CSP blocks it.
  await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expectAccessible(page, 'MFA enrolment');
  await screenshot(page, `${screenshotPrefix}-mfa-enrol`);

  await page.getByLabel('6-digit code').fill(await totp(secret));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();

  const codes = await visible(page.getByTestId('recovery-codes'));
  expect(await codes.locator('li').count()).toBeGreaterThan(0);
  const proceed = page.getByRole('button', { name: 'Continue to Haven' });
  expect(await proceed.isDisabled()).toBe(true);
  await screenshot(page, `${screenshotPrefix}-recovery-codes`);
  await page.getByLabel('I have saved my recovery codes in a safe place').check();
  await proceed.click();
  await page.waitForURL((url) => url.pathname === '/');
  return secret;
}

/** Picks an option of a Mantine Select or MultiSelect; types first to narrow a searchable list. */
export async function choose(scope: Page, label: RegExp, option: string, typed?: string): Promise<void> {
  const input = scope.getByLabel(label).and(scope.locator('input:not([type="hidden"])'));
  await input.click();
  if (typed) await input.fill(typed);
  await scope.getByRole('option', { name: option, exact: true }).click();
}
