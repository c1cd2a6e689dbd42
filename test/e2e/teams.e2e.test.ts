// Multidisciplinary teams in the browser. The national coordinator (after enrolling two-step
// verification) opens Teams, tries to create a team with nothing filled in (field errors, no request
// sent), then convenes a team for Kyiv's Podilskyi district with the demo case worker (city social
// services) and the demo police investigator (juvenile police): two agencies. The demo supervisor (city
// social services, agency scope: the agency's cases in Podilskyi district among them), in Ukrainian on
// a phone, gives one of those cases to the team and sees the team's name on the case file. axe-core
// runs on every screen and dialog; screenshots teams-*.png are for a human to look at.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import { choose, enrolMfa, expectAccessible, signIn } from './support/flows.ts';
import { E2E_DEMO_PASSWORD as DEMO_PASSWORD, type RunningServer } from './support/server.ts';

const PHONE = { width: 390, height: 844 };
const TEAM = 'Podilskyi child protection team';
const DISTRICT = 'UA-30-podilskyi';
const CASE_WORKER = 'Demo Case Worker — Київський міський центр соціальних служб (демо)';
const POLICE = 'Demo Police Investigator — Ювенальна превенція, Київ (демо)';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

/** On a touch phone the layout viewport widens to the content, so the page is measured against 390 px. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} scrolls sideways`).toBeLessThanOrEqual(PHONE.width);
}

/** Counts the requests of one method to one path (a query string aside). */
function countRequests(page: Page, method: string, path: RegExp): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === method && path.test(new URL(request.url()).pathname)) count += 1;
  });
  return () => count;
}

describe('multidisciplinary teams', () => {
  it('a coordinator convenes a district team; a supervisor gives it a case in Ukrainian on a phone', async () => {
    // ——— The national coordinator, in English, on a desktop ———
    const coordinator = await openPage(browser);
    const page = coordinator.page;
    await signIn(page, server.baseUrl, 'demo-coordinator', DEMO_PASSWORD);
    await enrolMfa(page, 'teams-coordinator', DEMO_PASSWORD);

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Teams' })
      .click();
    await page.waitForURL((url) => url.pathname === '/teams');
    await visible(page.getByRole('heading', { level: 1, name: 'Multidisciplinary teams' }));
    await visible(page.getByText('No team has been convened yet.'));
    await expectAccessible(page, 'Teams page, no team yet');
    await screenshot(page, 'teams-empty');

    const creates = countRequests(page, 'POST', /^\/api\/teams$/);
    await page.getByRole('button', { name: 'New team' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'New team' }));
    // Nothing filled in: each field says what it needs, the keyboard is taken to the first, nothing sent.
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await visible(dialog.getByText('Choose at least one member.'));
    expect(await dialog.getByText('This field is required.').count()).toBe(2);
    const nameInput = dialog.getByLabel(/^Team name/);
    expect(await nameInput.getAttribute('aria-invalid')).toBe('true');
    expect(await nameInput.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(creates()).toBe(0);
    await expectAccessible(page, 'New team dialog with field errors');
    await screenshot(page, 'teams-new-field-errors');

    await nameInput.fill(TEAM);
    await choose(page, /^Place the team works for/, 'Podilskyi District, Kyiv (city)', 'Podil');
    await choose(page, /^Members/, CASE_WORKER, 'Case');
    await choose(page, /^Members/, POLICE, 'Police');
    // Esc closes the member list, not the dialog.
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await visible(dialog);
    expect(await dialog.getByText('This field is required.').count()).toBe(0);
    await expectAccessible(page, 'New team dialog filled in');
    await screenshot(page, 'teams-new-filled');
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(creates()).toBe(1);

    const card = await visible(page.getByRole('listitem', { name: TEAM }));
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Podilskyi District, Kyiv (city)');
    expect(text).toContain(CASE_WORKER);
    expect(text).toContain(POLICE);
    await expectAccessible(page, 'Teams page with the new team');
    await screenshot(page, 'teams-list-coordinator');

    // The members dialog opens with the team as it is; emptying it is refused before anything is sent.
    const memberChanges = countRequests(page, 'PUT', /^\/api\/teams\/[^/]+\/members$/);
    await card.getByRole('button', { name: `Edit members of ${TEAM}` }).click();
    const edit = await visible(page.getByRole('dialog', { name: `Members of ${TEAM}` }));
    expect(await edit.getByText(/The team works for Podilskyi District, Kyiv \(city\)/).count()).toBe(1);
    // Opening the dialog does not drop the member list over its buttons.
    expect(await page.getByRole('listbox').count()).toBe(0);
    await expectAccessible(page, 'Edit members dialog');
    await screenshot(page, 'teams-edit-members');
    const members = edit.getByLabel(/^Members/).and(edit.locator('input:not([type="hidden"])'));
    await members.focus();
    // Backspace takes the last person off (the list stays closed: focus alone does not open it).
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await page.getByRole('listbox').count()).toBe(0);
    await edit.getByRole('button', { name: 'Save members' }).click();
    await visible(edit.getByText('Choose at least one member.'));
    expect(memberChanges()).toBe(0);
    await expectAccessible(page, 'Edit members dialog with nobody left');
    await screenshot(page, 'teams-edit-members-empty');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await edit.waitFor({ state: 'detached' });
    expect(memberChanges()).toBe(0);
    await coordinator.context.close();

    // ——— The agency's supervisor, in Ukrainian, on a phone ———
    const supervisor = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const phone = supervisor.page;
    await signIn(phone, server.baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await phone.waitForURL((url) => url.pathname === '/');
    await visible(phone.locator('main h1'));
    await phone.waitForLoadState('networkidle');
    await phone.getByTestId('language-switcher').click();
    await phone.getByRole('menuitem', { name: /Українська/ }).click();
    await visible(phone.getByRole('button', { name: 'Відкрити меню' }));

    // The Teams entry of the phone menu: the list, without a coordinator's controls.
    await phone.getByRole('button', { name: 'Відкрити меню' }).click();
    const menu = await visible(phone.getByRole('navigation', { name: 'Головна навігація' }));
    await menu.getByRole('link', { name: 'Команди' }).click();
    await phone.waitForURL((url) => url.pathname === '/teams');
    const listed = await visible(phone.getByRole('listitem', { name: TEAM }));
    expect(await listed.textContent()).toContain('Подільський район, місто Київ');
    // The heading's soft hyphen (for the phone) stays out of the tab title.
    expect(await phone.title()).toMatch(/^Мультидисциплінарні команди · /);
    expect(await phone.getByRole('button', { name: 'Нова команда' }).count()).toBe(0);
    expect(await listed.getByRole('button').count()).toBe(0);
    await expectNoSidewaysScroll(phone, 'Teams page on a phone');
    await expectAccessible(phone, 'Teams page in Ukrainian on a phone');
    await screenshot(phone, 'teams-uk-phone-list');

    // One of the agency's cases in the team's district.
    const caseId = await phone.evaluate(async (district) => {
      const response = await fetch(`/api/cases?unitCode=${district}&pageSize=1`);
      const body = (await response.json()) as { items: { id: string; ownerTeamId: string | null }[] };
      return body.items[0]?.id ?? null;
    }, DISTRICT);
    if (!caseId) throw new Error(`the demo supervisor has no case in ${DISTRICT}`);
    await phone.goto(`${server.baseUrl}/cases/${caseId}`);
    await visible(phone.locator('main h1'));
    const select = await visible(phone.getByRole('combobox', { name: /^Команда/ }));
    expect(await select.inputValue()).toBe('Без команди');
    expect(await phone.getByTestId('case-team').count()).toBe(0);
    await phone.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(phone, 'case file with the team control');
    await expectAccessible(phone, 'case file with the team control, in Ukrainian on a phone');
    await screenshot(phone, 'teams-uk-phone-case-before');

    const versionBefore = await phone.evaluate(
      async (id) => ((await (await fetch(`/api/cases/${id}`)).json()) as { version: number }).version,
      caseId,
    );
    const ifMatch: string[] = [];
    phone.on('request', (request) => {
      if (request.method() === 'PUT' && new URL(request.url()).pathname === `/api/cases/${caseId}/team`)
        ifMatch.push(request.headers()['if-match'] ?? '');
    });
    // The team's district covers the case's, so the team is offered; chosen and saved from the keyboard.
    await select.focus();
    await phone.keyboard.press('ArrowDown');
    await visible(phone.getByRole('option', { name: TEAM }));
    expect((await phone.getByRole('option').allInnerTexts()).map((name) => name.trim())).toEqual([
      'Без команди',
      TEAM,
    ]);
    await expectAccessible(phone, 'team list open on the case file');
    await screenshot(phone, 'teams-uk-phone-case-choosing');
    await phone.keyboard.press('ArrowDown');
    await phone.keyboard.press('Enter');
    expect(await select.inputValue()).toBe(TEAM);
    await phone.keyboard.press('Tab');
    expect(
      await phone
        .getByRole('button', { name: 'Зберегти команду' })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await phone.keyboard.press('Enter');
    await visible(phone.getByRole('status').getByText('Команду збережено.'));
    expect(ifMatch).toEqual([`"${versionBefore}"`]);

    // The case was loaded again: its header names the team, the control holds it.
    const header = await visible(phone.getByTestId('case-team'));
    expect(await header.textContent()).toBe(`Команда: ${TEAM}`);
    expect(await phone.getByRole('combobox', { name: /^Команда/ }).inputValue()).toBe(TEAM);
    const saved = await phone.evaluate(
      async (id) =>
        (await (await fetch(`/api/cases/${id}`)).json()) as { ownerTeamId: string | null; version: number },
      caseId,
    );
    expect(saved.ownerTeamId).not.toBeNull();
    expect(saved.version).toBe(versionBefore + 1);
    await expectNoSidewaysScroll(phone, 'case file after giving it to the team');
    await expectAccessible(phone, 'case file given to the team, in Ukrainian on a phone');
    await screenshot(phone, 'teams-uk-phone-case-after');

    expect([...coordinator.problems, ...supervisor.problems]).toEqual([]);
  });
});
