// A referral across agencies, in the browser. The demo case worker (social services) refers a child to
// the shelter's psychological support: the directory search by need and district, the data package
// narrowed to what the type allows, consent shown as recorded. The demo provider (another user, another
// agency) finds it in the incoming referrals, sees only the package, accepts, starts, records the service
// delivered and completes it. The case worker then sees it completed, with the service, on the case's
// Referrals tab. axe-core runs on every page and dialog.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { choose, expectAccessible, signIn } from './support/flows.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import type { RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'e2e-Haven-demo-Passphrase-7319';
const SERVICE = 'Травма-фокусована терапія для дітей';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

/** Calls the API from the signed-in page, with the CSRF header, as the web app does. */
async function callApi(page: Page, method: string, path: string, body?: unknown): Promise<any> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const csrf = document.cookie
        .split(';')
        .map((part) => part.trim().split('='))
        .find(([key]) => key === 'haven_csrf')?.[1];
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.status >= 300)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, path, body },
  );
}

describe('referral from a case to another agency', () => {
  it('case worker refers → provider accepts and records the service → case worker sees it completed', async () => {
    const worker = await openPage(browser);
    await signIn(worker.page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await worker.page.waitForURL((url) => url.pathname === '/');
    const file = await callApi(worker.page, 'POST', '/api/cases', {
      sensitive: {
        names: [{ given: 'Daryna', family: 'Melnyk', kind: 'latin' }],
        birthDate: { kind: 'estimated', from: '2012-01-01', to: '2012-12-31' },
      },
      identity: {
        gender: 'Feminine',
        presumedMinor: true,
        unitCode: 'UA-30-holosiivskyi',
        disability: 'asthma',
      },
      duplicatesReviewed: true,
    });
    const services = await callApi(worker.page, 'GET', '/api/services?kind=psychological');
    const target = services.items.find((s: { name: string }) => s.name === SERVICE);
    expect(target).toBeTruthy();
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await callApi(worker.page, 'PUT', `/api/cases/${file.id}/guardian`, {
      kind: 'legal-representative',
      name: 'Olena Melnyk',
    });
    await callApi(worker.page, 'POST', `/api/cases/${file.id}/consents`, {
      purpose: 'referral',
      recipientAgencyId: target.agencyId,
      childAssent: { given: true, date: day, howInformed: 'orally-in-own-language' },
      guardianConsent: { given: true, date: day },
    });

    // The case worker refers the child.
    await worker.page.goto(`${server.baseUrl}/cases/${file.id}?tab=referrals`);
    await visible(worker.page.getByRole('tab', { name: 'Referrals', selected: true }));
    await visible(worker.page.getByText('No referrals.'));
    await expectAccessible(worker.page, 'case referrals tab, empty');
    await worker.page.getByRole('button', { name: 'Refer to a service' }).click();
    await choose(worker.page, /^Service needed/, 'Psychological support', 'Psych');
    await choose(worker.page, /^Service(?! needed)/, `${SERVICE} — ${target.agencyName}`, 'Травма');
    await visible(worker.page.getByText('Consent recorded'));
    // The psychological support package: basics, names and health flags suggested; documents never offered.
    expect(await worker.page.getByRole('checkbox', { name: 'Names' }).isChecked()).toBe(true);
    expect(await worker.page.getByRole('checkbox', { name: /Health flags/ }).isChecked()).toBe(true);
    expect(await worker.page.getByRole('checkbox', { name: 'Identity documents' }).count()).toBe(0);
    await choose(worker.page, /^Urgency/, 'Urgent');
    await worker.page.getByLabel(/^Note for the receiving agency/).fill('Prefers a female psychologist.');
    await expectAccessible(worker.page, 'referral form');
    await screenshot(worker.page, 'en-referral-form');
    await worker.page.getByRole('button', { name: 'Send referral' }).click();
    const link = await visible(worker.page.getByRole('link', { name: SERVICE }));
    await visible(worker.page.getByRole('table', { name: 'Referrals' }).getByText('Sent'));
    await link.click();
    await worker.page.waitForURL(/\/referrals\/[0-9a-f-]+$/);
    const referralId = worker.page.url().split('/').pop()!;
    await visible(worker.page.getByRole('heading', { name: `Referral to ${SERVICE}` }));
    await expectAccessible(worker.page, 'referral, sender side');

    // The provider, another user in another agency, answers from the incoming referrals.
    const provider = await openPage(browser);
    await signIn(provider.page, server.baseUrl, 'demo-provider', DEMO_PASSWORD);
    await provider.page.waitForURL((url) => url.pathname === '/');
    await provider.page.getByRole('link', { name: 'Referrals', exact: true }).click();
    await visible(provider.page.getByRole('heading', { name: 'Referrals', level: 1 }));
    await visible(provider.page.getByRole('table', { name: 'Incoming' }));
    await expectAccessible(provider.page, 'incoming referrals');
    await screenshot(provider.page, 'en-referrals-incoming');
    await provider.page.goto(`${server.baseUrl}/referrals/${referralId}`);
    await visible(provider.page.getByRole('heading', { name: 'Data package' }));
    await visible(provider.page.getByText('Daryna Melnyk'));
    await visible(provider.page.getByText('asthma'));
    await visible(provider.page.getByText('Prefers a female psychologist.'));
    // Only the package: no case code, no way into the sender's case.
    expect(await provider.page.getByText(file.code).count()).toBe(0);
    expect(await provider.page.getByRole('link', { name: 'Back to the case' }).count()).toBe(0);
    await expectAccessible(provider.page, 'referral, receiving side');
    await screenshot(provider.page, 'en-referral-package');
    await provider.page.getByRole('button', { name: 'Accept' }).click();
    await visible(provider.page.getByText('Accepted'));
    await provider.page.getByRole('button', { name: 'Start the service' }).click();
    await visible(provider.page.getByText('In progress'));
    await provider.page.getByRole('button', { name: 'Record a service' }).click();
    await choose(provider.page, /^Outcome/, 'Delivered');
    await provider.page.getByLabel(/^Note/).fill('First session held; weekly from now.');
    await expectAccessible(provider.page, 'record a service');
    await provider.page.getByRole('button', { name: 'Save' }).click();
    await visible(provider.page.getByRole('cell', { name: 'First session held; weekly from now.' }));
    await provider.page.getByRole('button', { name: 'Complete' }).click();
    const dialog = await visible(provider.page.getByRole('dialog', { name: 'Complete' }));
    await dialog.getByLabel(/^Outcome/).fill('Support completed, the child is stable.');
    await expectAccessible(provider.page, 'complete dialog');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.waitFor({ state: 'detached' });
    await visible(provider.page.getByText('Support completed, the child is stable.'));
    await expectAccessible(provider.page, 'referral completed, receiving side');

    // The case worker sees it completed, with the service delivered, on the case.
    await worker.page.goto(`${server.baseUrl}/cases/${file.id}?tab=referrals`);
    const table = worker.page.getByRole('table', { name: 'Referrals' });
    await visible(table.getByText('Completed'));
    await visible(
      worker.page
        .getByRole('table', { name: 'Services delivered' })
        .getByText('First session held; weekly from now.'),
    );
    await expectAccessible(worker.page, 'case referrals tab, completed');
    await screenshot(worker.page, 'en-case-referrals-completed');
    expect([...worker.problems, ...provider.problems]).toEqual([]);
  });

  it('without consent: the case worker asks for an override, a supervisor approves it, the referral is sent', async () => {
    const worker = await openPage(browser);
    await signIn(worker.page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await worker.page.waitForURL((url) => url.pathname === '/');
    const file = await callApi(worker.page, 'POST', '/api/cases', {
      sensitive: {
        names: [{ given: 'Ostap', family: 'Hnatiuk', kind: 'latin' }],
        birthDate: { kind: 'estimated', from: '2010-01-01', to: '2010-12-31' },
      },
      identity: { gender: 'Masculine', presumedMinor: true, unitCode: 'UA-30-holosiivskyi' },
      duplicatesReviewed: true,
    });
    await worker.page.goto(`${server.baseUrl}/cases/${file.id}?tab=referrals`);
    await worker.page.getByRole('button', { name: 'Refer to a service' }).click();
    await choose(worker.page, /^Service needed/, 'Psychological support', 'Psych');
    const services = await callApi(worker.page, 'GET', '/api/services?kind=psychological');
    const target = services.items.find((s: { name: string }) => s.name === SERVICE);
    await choose(worker.page, /^Service(?! needed)/, `${SERVICE} — ${target.agencyName}`, 'Травма');
    await visible(worker.page.getByText('No consent for this agency'));
    const request = worker.page.getByRole('button', { name: 'Request override' });
    expect(await request.isDisabled()).toBe(true);
    await worker.page
      .getByLabel(/^Reason to refer without consent/)
      .fill('At risk tonight; the guardian cannot be reached.');
    await expectAccessible(worker.page, 'referral form without consent');
    await screenshot(worker.page, 'en-referral-override-request');
    await request.click();
    await visible(
      worker.page.getByRole('table', { name: 'Referrals' }).getByText('Awaiting override approval'),
    );
    await worker.page.getByRole('link', { name: SERVICE }).click();
    await worker.page.waitForURL(/\/referrals\/[0-9a-f-]+$/);
    const referralUrl = worker.page.url();
    await visible(worker.page.getByText('Waiting for a second person'));
    // The requester is never offered the decision.
    await visible(worker.page.getByTestId('approval-status'));
    expect(await worker.page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await expectAccessible(worker.page, 'referral awaiting override');

    const supervisor = await openPage(browser);
    await signIn(supervisor.page, server.baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await supervisor.page.waitForURL((url) => url.pathname === '/');
    await supervisor.page.goto(referralUrl);
    await visible(supervisor.page.getByText('At risk tonight; the guardian cannot be reached.'));
    await supervisor.page.getByRole('button', { name: 'Approve' }).click();
    const dialog = await visible(supervisor.page.getByRole('dialog'));
    await expectAccessible(supervisor.page, 'override decision dialog');
    await dialog.getByRole('button', { name: 'Confirm decision' }).click();
    await dialog.waitFor({ state: 'detached' });
    await visible(supervisor.page.getByRole('heading', { name: 'Data package' }));
    await visible(supervisor.page.getByText('Ostap Hnatiuk'));
    await visible(supervisor.page.getByText('Sent', { exact: true }));
    await expectAccessible(supervisor.page, 'referral sent after the override');
    expect([...worker.problems, ...supervisor.problems]).toEqual([]);
  });
});
