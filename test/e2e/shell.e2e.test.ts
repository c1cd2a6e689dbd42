// The web shell end to end: a real server, the built app, Chromium. Covers sign-in with a translated
// error, role home pages, language switching (before and after sign-in), sign-out, MFA enrolment and
// challenge with real TOTP codes, user and agency administration, and axe-core on the main pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, visible, openPage } from './support/browser.ts';
import {
  displayName,
  enrolMfa,
  expectAccessible,
  signIn as signInAt,
  signOut,
  totp,
} from './support/flows.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import type { RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'e2e-Haven-demo-Passphrase-7319';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

function newPage() {
  return openPage(browser, { viewport: { width: 1280, height: 860 } });
}

function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  return signInAt(page, server.baseUrl, username, password);
}

describe('web shell', () => {
  it('caseworker: sign-in error, home, accessibility, language switch and sign-out', async () => {
    const { context, page, problems } = await newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    expect(await page.title()).toBe('Sign in · Haven');
    await expectAccessible(page, 'sign-in page');
    await screenshot(page, 'en-sign-in');

    // A wrong password shows the translated error for code invalid_credentials.
    await signIn(page, 'demo-caseworker', 'not-the-password');
    await visible(page.getByText('The user name or password is not correct.'));

    await signIn(page, 'demo-caseworker');
    await page.waitForURL((url) => url.pathname === '/');
    const name = await displayName(page);
    await visible(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }));
    await visible(page.getByRole('heading', { name: 'Case worker' }));
    // The home page starts from the work waiting for the user, not from a description of later releases.
    await visible(page.getByRole('heading', { name: 'Your cases' }));
    await visible(page.getByRole('heading', { name: 'Your inbox' }));
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
    // Administration is not offered to a caseworker.
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await page.title()).toBe('Home · Haven');
    await expectAccessible(page, 'caseworker home');
    await screenshot(page, 'en-home-caseworker');

    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: 'Українська' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Вітаємо, ${name}` }));
    await visible(page.getByRole('heading', { name: 'Фахівець із ведення випадку' }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    expect(await page.title()).toBe('Головна · Haven');
    await expectAccessible(page, 'caseworker home in Ukrainian');
    await screenshot(page, 'uk-home-caseworker');

    // The choice is saved on the profile: a reload (fresh app state) comes back in Ukrainian.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: `Вітаємо, ${name}` }));

    await signOut(page, 'Вийти');
    await visible(page.getByText('Ви вийшли із системи.'));
    await screenshot(page, 'uk-signed-out');

    // Before sign-in the language is a browser preference.
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: 'Română' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Autentificare' }));
    expect(await page.evaluate(() => localStorage.getItem('haven.locale'))).toBe('ro');
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Autentificare' }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ro');
    await screenshot(page, 'ro-sign-in');

    // Signed out means signed out: the home page sends us back to sign-in.
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('supervisor: access-log lookup, and the idle-timeout warning (stay signed in, then expiry)', async () => {
    const { context, page, problems } = await newPage();
    // A controllable clock lets the test jump to the end of the 15-minute idle period.
    await page.clock.install();
    await signIn(page, 'demo-supervisor');
    await page.waitForURL((url) => url.pathname === '/');
    await visible(page.getByRole('heading', { name: 'Supervisor', exact: true }));
    // An account is looked up by its user name, not by a raw id.
    await page.getByLabel('User name').fill('demo-supervisor');
    await page.getByRole('button', { name: 'Show access log' }).click();
    await visible(page.getByRole('cell', { name: 'auth.sign-in' }));
    await expectAccessible(page, 'supervisor home with access log');
    await screenshot(page, 'en-home-supervisor-access-log');

    // Change password: a wrong current password is reported in words, then a real change succeeds.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await page.waitForURL(/\/account\/password/);
    await visible(page.getByRole('heading', { level: 1, name: 'Change password' }));
    const newPassword = 'e2e-Supervisor-fresh-Passphrase-8842';
    await page.getByLabel(/^Current password/).fill('not-my-password');
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByLabel(/^Repeat the new password/).fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await visible(page.getByText('The user name or password is not correct.'));
    await expectAccessible(page, 'change password with an error');
    await page.getByLabel(/^Current password/).fill(DEMO_PASSWORD);
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByLabel(/^Repeat the new password/).fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await visible(page.getByText('Your password has been changed.'));
    await screenshot(page, 'en-change-password');

    const idleTimeout = await page.evaluate(
      async () =>
        ((await (await fetch('/api/me')).json()) as { session: { idleTimeoutSeconds: number } }).session
          .idleTimeoutSeconds,
    );
    await page.clock.fastForward((idleTimeout - 30) * 1000);
    const warning = page.getByRole('dialog', { name: 'Are you still there?' });
    await warning.waitFor();
    await expectAccessible(page, 'idle-timeout warning');
    await screenshot(page, 'en-idle-warning');
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await warning.waitFor({ state: 'hidden' });

    await page.clock.fastForward((idleTimeout + 1) * 1000);
    await page.waitForURL(/\/sign-in/);
    await visible(page.getByText('You were signed out because your session expired. Please sign in again.'));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('coordinator: MFA enrolment with recovery codes, then a TOTP challenge at the next sign-in', async () => {
    const { context, page, problems } = await newPage();
    await signIn(page, 'demo-coordinator');
    const secret = await enrolMfa(page, 'en-coordinator', DEMO_PASSWORD);
    await visible(page.getByRole('heading', { name: 'National coordinator' }));
    await signOut(page);

    await signIn(page, 'demo-coordinator');
    await page.waitForURL(/\/mfa\/challenge/);
    await visible(page.getByRole('heading', { name: 'Two-step verification' }));
    await expectAccessible(page, 'MFA challenge');
    await page.getByLabel('6-digit code').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await visible(page.getByText('That code is not valid. Check your authenticator app and try again.'));
    await screenshot(page, 'en-mfa-challenge-error');
    await page.getByLabel('6-digit code').fill(await totp(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await visible(page.getByRole('heading', { name: 'National coordinator' }));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('admin: user and agency administration', async () => {
    const { context, page, problems } = await newPage();
    await signIn(page, 'demo-admin');
    await enrolMfa(page, 'en-admin', DEMO_PASSWORD);
    await visible(page.getByRole('heading', { name: 'Administrator' }));

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Users' })
      .click();
    await page.waitForURL(/\/admin\/users/);
    await visible(page.getByRole('heading', { level: 1, name: 'User administration' }));
    await visible(page.getByRole('cell', { name: /demo-caseworker/ }));
    expect(await page.title()).toBe('User administration · Haven');
    await expectAccessible(page, 'user administration');
    await screenshot(page, 'en-admin-users');

    await page.getByLabel('Search users').fill('demo-police');
    await visible(page.getByRole('cell', { name: /demo-police/ }));
    await expect.poll(() => page.getByRole('cell', { name: /demo-caseworker/ }).count()).toBe(0);
    await page.getByLabel('Search users').fill('');

    await page.getByRole('button', { name: 'Create user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a user' });
    await dialog.waitFor();
    await dialog.getByLabel('User name').fill('e2e-new-worker');
    await dialog.getByLabel('Full name').fill('Olena Testenko');
    await dialog.getByRole('button', { name: 'Add a role' }).click();
    await dialog.getByLabel('Initial password').fill('e2e-Initial-Passphrase-5521');
    await expectAccessible(page, 'create user dialog');
    await screenshot(page, 'en-admin-create-user');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByLabel('Search users').fill('e2e-new-worker');
    await visible(page.getByRole('cell', { name: /Olena Testenko/ }));

    // Edit and disable go through If-Match with the row's version.
    await page.getByRole('button', { name: 'Actions for Olena Testenko' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const editDialog = page.getByRole('dialog', { name: 'Edit Olena Testenko' });
    await editDialog.getByLabel('Full name').fill('Olena Testenko-Bondar');
    await editDialog.getByRole('button', { name: 'Save changes' }).click();
    await editDialog.waitFor({ state: 'hidden' });
    await visible(page.getByRole('cell', { name: /Olena Testenko-Bondar/ }));
    await page.getByRole('button', { name: 'Actions for Olena Testenko-Bondar' }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    const confirm = page.getByRole('dialog', { name: 'Disable this account?' });
    await confirm.getByRole('button', { name: 'Disable' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await visible(page.getByRole('row', { name: /Olena Testenko-Bondar/ }).getByText('Disabled'));

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Agencies' })
      .click();
    await page.waitForURL(/\/admin\/agencies/);
    await visible(page.getByRole('heading', { level: 1, name: 'Agencies' }));
    await visible(page.locator('tbody tr'));
    await expectAccessible(page, 'agency administration');
    await screenshot(page, 'en-admin-agencies');

    await page.getByRole('button', { name: 'Create agency' }).click();
    const agencyDialog = page.getByRole('dialog', { name: 'Create an agency' });
    await agencyDialog.getByLabel(/^Name/).fill('E2E Family Support Centre');
    await agencyDialog.getByLabel(/^Kind/).click();
    await page.getByRole('option').first().click();
    await agencyDialog.getByLabel(/^Areas covered/).click();
    await page.getByRole('option').first().click();
    await agencyDialog.getByLabel(/^Areas covered/).press('Escape');
    await expectAccessible(page, 'create agency dialog');
    await screenshot(page, 'en-admin-create-agency');
    await agencyDialog.getByRole('button', { name: 'Create agency' }).click();
    await agencyDialog.waitFor({ state: 'hidden' });
    await visible(page.getByRole('cell', { name: 'E2E Family Support Centre' }));

    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: 'Беларуская' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Арганізацыі' }));
    await screenshot(page, 'be-admin-agencies');

    // /sign-out is a plain link that ends the session.
    await page.goto(`${server.baseUrl}/sign-out`);
    await page.waitForURL(/\/sign-in/);
    await visible(page.getByText('Вы выйшлі з сістэмы.'));
    await page.goto(`${server.baseUrl}/admin/users`);
    await page.waitForURL(/\/sign-in/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
