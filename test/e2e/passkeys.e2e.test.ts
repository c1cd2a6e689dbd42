// Passkeys in the browser: Chromium's virtual authenticator (CDP WebAuthn domain) stands in for a
// device's screen lock, so the real ceremony runs against the real server. Add a passkey on the account
// page, sign in with it as the second step, then remove it (a wrong password first).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import { expectAccessible, signIn, signOut } from './support/flows.ts';
import type { RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'e2e-Haven-demo-Passphrase-7319';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(DEMO_PASSWORD, { passkeys: true }));
});

afterAll(async () => stopDemoNode({ server, browser }));

describe('passkeys', () => {
  it('caseworker: add a passkey, sign in with it, remove it', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 860 } });
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });

    await signIn(page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Passkeys' }).click();
    await page.waitForURL(/\/account\/passkeys/);
    await visible(page.getByText('You have no passkey yet.'));
    await expectAccessible(page, 'passkeys page');

    await page.getByLabel(/^Name/).fill('Virtual key');
    await page.getByLabel('Your password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await visible(page.getByText('The passkey was added.'));
    await visible(page.getByRole('cell', { name: 'Virtual key' }));
    await visible(page.getByRole('cell', { name: 'Not used yet' }));
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    await screenshot(page, 'en-passkeys');

    // With a passkey the account has a second step: the sign-in asks for it.
    await signOut(page);
    await signIn(page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL(/\/mfa\/challenge/);
    await expectAccessible(page, 'second step with a passkey');
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await page.waitForURL((url) => url.pathname === '/');

    await page.goto(`${server.baseUrl}/account/passkeys`);
    await visible(page.getByRole('cell', { name: 'Virtual key' }));
    expect(await page.getByRole('cell', { name: 'Not used yet' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Remove the passkey Virtual key' }).click();
    const removeForm = page.locator('form').filter({ hasText: 'Remove the passkey "Virtual key"?' });
    await removeForm.getByLabel('Your password').fill('not-the-password');
    await removeForm.getByRole('button', { name: 'Remove' }).click();
    // The server's code, in the interface language, next to the password field.
    await visible(removeForm.getByText('The password is not correct.'));
    const passwordField = removeForm.locator('.mantine-PasswordInput-root');
    await visible(passwordField.getByText('The password is not correct.'));
    await removeForm.getByLabel('Your password').fill(DEMO_PASSWORD);
    await removeForm.getByRole('button', { name: 'Remove' }).click();
    await visible(page.getByText('The passkey was removed.'));
    await visible(page.getByText('You have no passkey yet.'));

    expect(problems).toEqual([]);
    await context.close();
  });
});
