// The assistance plan and the best-interests determination in the browser. The demo case worker writes
// a plan (a goal with an action and due date) and submits it; the demo supervisor approves it from the
// Plan tab (four eyes). Then a best-interests assessment says return is not in the child's interests:
// proposing family reunification is refused with the reason in plain words; local integration is
// proposed to the supervisor, who confirms it. axe-core runs on every screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, visible } from './support/browser.ts';
import { choose, expectAccessible, signIn, signOut } from './support/flows.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import type { RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'e2e-Haven-demo-Passphrase-7319';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

/** A case of the signed-in case worker, with the child's mother on the Family tab. */
async function caseWithMother(page: Page): Promise<{ id: string; code: string }> {
  return page.evaluate(async () => {
    const csrf = document.cookie
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([key]) => key === 'haven_csrf')?.[1];
    const headers = { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') };
    const response = await fetch('/api/cases', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        sensitive: {
          names: [{ given: 'Oleksandr', family: 'Melnyk', kind: 'latin' }],
          birthDate: { kind: 'estimated', from: '2012-01-01', to: '2012-12-31' },
        },
        identity: { gender: 'Masculine', presumedMinor: true, unitCode: 'UA-30-holosiivskyi' },
        duplicatesReviewed: true,
      }),
    });
    if (response.status !== 201) throw new Error(`seed case: ${response.status} ${await response.text()}`);
    const file = (await response.json()) as { id: string; code: string };
    const mother = await fetch(`/api/cases/${file.id}/family`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        relation: 'mother',
        name: 'Iryna Melnyk',
        implicated: false,
        safeContact: true,
      }),
    });
    if (mother.status !== 201) throw new Error(`seed mother: ${mother.status}`);
    return file;
  });
}

describe('assistance plan and best-interests determination', () => {
  it('case worker writes and submits a plan; the supervisor approves it in the Plan tab', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const file = await caseWithMother(page);

    await page.goto(`${server.baseUrl}/cases/${file.id}?tab=plan`);
    await visible(page.getByRole('tab', { name: 'Plan', selected: true }));
    await visible(page.getByText('No plan has been started for this case.'));
    await expectAccessible(page, 'plan, none');
    await page.getByRole('button', { name: 'Start a plan' }).click();
    await visible(page.getByRole('button', { name: 'Add a goal' }));
    await page.getByRole('button', { name: 'Add a goal' }).click();
    await choose(page, /^Domain/, 'Education and skills');
    await choose(page, /^Type of support/, 'Education');
    await page.getByLabel(/^Objective/).fill('Back to school in September');
    await page.getByLabel(/^Action 1/).fill('Enrol at the district school');
    await page.getByLabel(/^Due/).fill('2026-09-01');
    await expectAccessible(page, 'plan editor');
    await page.getByRole('button', { name: 'Save the plan' }).click();

    await visible(page.getByRole('heading', { name: 'Education and skills' }));
    await visible(page.getByText('Back to school in September'));
    await visible(page.getByRole('cell', { name: 'Enrol at the district school' }));
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await visible(page.getByText('Waiting for approval').first());
    await expectAccessible(page, 'plan submitted');
    await signOut(page);

    await signIn(page, server.baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${server.baseUrl}/cases/${file.id}?tab=plan`);
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await visible(page.getByText('Approved', { exact: true }).first());
    await visible(page.getByRole('combobox', { name: /Status of the action/ }));
    await expectAccessible(page, 'plan approved');
    expect(problems).toEqual([]);
  });

  it('refuses reunification against a negative risk assessment, in words; local integration is confirmed by a second person', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const file = await caseWithMother(page);

    await page.goto(`${server.baseUrl}/cases/${file.id}?tab=best-interests`);
    await visible(page.getByRole('tab', { name: 'Best interests', selected: true }));
    await page.getByRole('button', { name: 'Start an assessment' }).click();
    await page.getByRole('button', { name: 'Edit the assessment' }).click();
    await page.getByLabel(/^Who was present/).fill('Psychologist of the centre');
    await page.getByLabel(/^What the child said/).fill('I want to stay here and go to school.');
    await page
      .getByLabel(/^Risk and protective factors/)
      .fill('The recruiter lives next door to the mother.');
    await page.getByRole('radio', { name: 'No' }).check();
    await expectAccessible(page, 'assessment form');
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await visible(page.getByText("Return or reunification is NOT in the child's best interests."));

    await page.getByRole('button', { name: 'Propose a decision' }).click();
    await choose(page, /^Durable solution/, 'Family reunification');
    await choose(page, /^Family member the child would go to/, 'Iryna Melnyk (Mother)');
    await page.getByLabel(/^Reasons/).fill('The child misses the mother.');
    await choose(page, /^Other panel members/, 'Demo Supervisor');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Propose to the panel' }).click();
    const refusal = await visible(
      page.getByRole('alert').filter({ hasText: 'This solution cannot be chosen' }),
    );
    expect(await refusal.textContent()).toContain("not in the child's best interests");
    await expectAccessible(page, 'refusal');

    await choose(page, /^Durable solution/, 'Local integration');
    await page.getByRole('button', { name: 'Propose to the panel' }).click();
    await visible(page.getByText('Decision proposed, waiting for the panel'));
    await signOut(page);

    await signIn(page, server.baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${server.baseUrl}/cases/${file.id}?tab=best-interests`);
    await page.getByRole('button', { name: 'Confirm the decision' }).click();
    await visible(page.getByText(/^Decided on .* by the panel\.$/));
    await visible(page.getByText('Local integration').first());
    await expectAccessible(page, 'decided');
    expect(problems).toEqual([]);
  });
});
