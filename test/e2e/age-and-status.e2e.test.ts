// Issue 11: the age assessment on the Identity tab (CETS 197 Art. 10(3)) and the status decision with the
// country's formal procedure, as a case worker meets them on a phone (390×844). In Ukrainian on the
// Ukrainian demo node: an age assessment refused before sending while a field is missing (the error
// next to the field, nothing sent or saved), then recorded and listed; a presumption with the
// application under Resolution 417 (received by the local state administration, decided by the
// Ministry), the missing fields named before sending and the server's date-order refusal shown next to
// its field. In Romanian on a Moldovan node (HAVEN_COUNTRY=MD, seeded on its own): a presumption is the
// territorial multidisciplinary team's, so the form asks for the team before it sends anything.
// axe-core runs on every screen and dialog.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, visible } from './support/browser.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import { choose, expectAccessible, signIn } from './support/flows.ts';
import { E2E_DEMO_PASSWORD, type RunningServer } from './support/server.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** A Moldovan node cannot start from the Ukrainian template: it seeds its own demo with this password. */
const MD_DEMO_PASSWORD = 'e2e-Haven-demo-Moldova-Passphrase-5147';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function signedInOnPhone(browser: Browser, baseUrl: string, password: string, language: string) {
  const opened = await openPage(browser, PHONE);
  await signIn(opened.page, baseUrl, 'demo-caseworker', password);
  await opened.page.waitForURL((url) => url.pathname === '/');
  // The home page settles first: its header is rendered again once the session is known.
  await visible(opened.page.getByRole('heading', { level: 1, name: /^Welcome/ }));
  await opened.page.waitForLoadState('networkidle');
  await opened.page.getByTestId('language-switcher').click();
  await opened.page.getByRole('menuitem', { name: language }).click();
  await opened.page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor({ state: 'detached' });
  return opened;
}

/** A case of this worker that may still be presumed, with its identity group on it. */
async function presumableCase(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    const response = await fetch('/api/cases?pageSize=100&status=possible');
    if (!response.ok) return `error ${response.status}: ${await response.text()}`;
    const list = (await response.json()) as { items: Array<{ id: string; status: string }> };
    for (const item of list.items) {
      const file = (await (await fetch(`/api/cases/${item.id}`)).json()) as {
        stage: string;
        allowedActions: string[];
        fieldGroups: string[];
      };
      // Still in screening: a presumption may be recorded (as a status decision; in Moldova the
      // lifecycle's own "presume" is not offered, so the stage decides, not the list of actions).
      if (
        file.stage === 'screening' &&
        file.allowedActions.includes('cases.transition') &&
        file.allowedActions.includes('cases.update') &&
        file.fieldGroups.includes('identity')
      )
        return item.id;
    }
    return null;
  });
  if (!id) throw new Error('the demo case worker has no case that may still be presumed');
  if (id.startsWith('error')) throw new Error(`the case list: ${id}`);
  return id;
}

/** The input's error, read as assistive technology reads it: through aria-describedby. */
async function errorOf(page: Page, input: Locator): Promise<string> {
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(
    ids.map((id) =>
      page
        .locator(`[id="${id}"]`)
        .textContent()
        .then((text) => text ?? ''),
    ),
  );
  return texts.join(' ').trim();
}

function countPosts(page: Page, pathEnd: string): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith(pathEnd)) seen.count += 1;
  });
  return seen;
}

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('Ukraine, in Ukrainian on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    ({ server, browser } = await startDemoNode(E2E_DEMO_PASSWORD));
  });
  afterAll(async () => stopDemoNode({ server, browser }));

  it('records an age assessment (refused before sending while a field is missing) and sees it listed', async () => {
    const { context, page, problems } = await signedInOnPhone(
      browser,
      server.baseUrl,
      E2E_DEMO_PASSWORD,
      'Українська',
    );
    const caseId = await presumableCase(page);
    await page.goto(`${server.baseUrl}/cases/${caseId}?tab=identity`);
    await visible(page.getByRole('tab', { name: 'Особа', selected: true }));
    const section = await visible(page.getByRole('region', { name: 'Оцінювання віку' }));
    await visible(section.getByText('Вважається дитиною'));
    await visible(section.getByText('Оцінювання віку не записано. Особа вважається дитиною.'));
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'Identity tab with the age assessment section');
    await screenshot(page, 'uk-age-assessment-phone');

    const posts = countPosts(page, '/age-assessments');
    await section.getByRole('button', { name: 'Записати оцінювання віку' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Запис оцінювання віку' }));
    await visible(dialog.getByText(/знімає лише оцінювання віку, яке встановило, що особа повнолітня/));
    await expectAccessible(page, 'age assessment dialog');
    await choose(page, /^Метод/, 'Міждисциплінарне оцінювання');
    await choose(page, /^Результат/, 'Дитина');
    await choose(page, /^Як дитині повідомили/, 'Усно, рідною мовою дитини');
    // Who assessed is left empty: the form says so next to the field and sends nothing.
    await dialog.getByRole('button', { name: 'Записати оцінювання' }).click();
    const assessedBy = dialog.getByRole('textbox', { name: /^Хто оцінював/ });
    await expect.poll(() => assessedBy.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(page, assessedBy)).toBe('Це поле обов’язкове.');
    expect(await dialog.getByRole('combobox', { name: /^Метод/ }).getAttribute('aria-invalid')).not.toBe(
      'true',
    );
    expect(posts.count).toBe(0);
    const stored = await page.evaluate(
      async (id) => ((await (await fetch(`/api/cases/${id}/age-assessments`)).json()) as { items: [] }).items,
      caseId,
    );
    expect(stored).toEqual([]);
    await expectAccessible(page, 'age assessment dialog with a missing field');
    await screenshot(page, 'uk-age-assessment-missing-field-phone');

    await assessedBy.fill('Міждисциплінарна комісія служби у справах дітей');
    await dialog.getByRole('button', { name: 'Записати оцінювання' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(posts.count).toBe(1);
    const list = await visible(section.getByRole('list', { name: 'Оцінювання віку, від найдавнішого' }));
    await visible(list.getByText('Оцінювання 1'));
    await visible(list.getByText('Чинне'));
    await visible(list.getByText('Міждисциплінарне оцінювання'));
    await visible(list.getByText('Міждисциплінарна комісія служби у справах дітей'));
    await visible(list.getByText('Дитина', { exact: true }));
    await visible(section.getByText('Вважається дитиною'));
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'age assessment listed');
    await screenshot(page, 'uk-age-assessment-listed-phone');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('records a presumption with the application under Resolution 417', async () => {
    const { context, page, problems } = await signedInOnPhone(
      browser,
      server.baseUrl,
      E2E_DEMO_PASSWORD,
      'Українська',
    );
    const caseId = await presumableCase(page);
    await page.goto(`${server.baseUrl}/cases/${caseId}?tab=status`);
    await visible(page.getByRole('tab', { name: 'Статус', selected: true }));
    await page.getByRole('button', { name: 'Зафіксувати рішення про статус' }).click();
    const form = page.locator('form').filter({ has: page.getByRole('radiogroup', { name: /^Статус/ }) });
    await visible(form);
    expect(await form.getByRole('radio', { name: 'Ймовірно постраждала дитина' }).isChecked()).toBe(true);
    const procedure = await visible(form.getByRole('group', { name: 'Офіційна процедура' }));
    // Two bodies: the administration receives the application, the Ministry decides.
    await visible(
      procedure.getByText('Заяву приймає: Місцева державна адміністрація за місцем перебування дитини'),
    );
    await visible(procedure.getByText('Рішення ухвалює: Міністерство соціальної політики України'));
    await visible(procedure.getByText(/^Необов’язково: заповніть, якщо процедуру вже розпочато/));
    await expectAccessible(page, 'status decision form (presumption)');
    await screenshot(page, 'uk-status-presumption-form-phone');

    const posts = countPosts(page, '/status-decisions');
    await choose(page, /^Організація, що ухвалила рішення/, 'Державний орган (крім поліції)');
    await form.getByRole('textbox', { name: /^Причина/ }).fill('Ознаки експлуатації праці за скринінгом');
    // The application is begun: now the applicant and the administration are needed too.
    await procedure.getByLabel(/^Дата заяви/).fill(daysAgo(4));
    const applicant = procedure.getByRole('textbox', { name: /^Заявник/ });
    const administration = procedure.getByRole('textbox', { name: /^Місцева державна адміністрація/ });
    expect(await applicant.getAttribute('required')).not.toBeNull();
    await form.getByRole('button', { name: 'Зафіксувати рішення' }).click();
    await expect.poll(() => applicant.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(page, applicant)).toBe('Це поле обов’язкове.');
    expect(await errorOf(page, administration)).toBe('Це поле обов’язкове.');
    expect(posts.count).toBe(0);
    await expectAccessible(page, 'status decision form with missing procedure fields');
    await screenshot(page, 'uk-status-presumption-missing-phone');

    // An interview before the application: the server refuses, and says so next to the interview date.
    await applicant.fill('Мати дитини');
    await administration.fill('Голосіївська районна в місті Києві державна адміністрація');
    const interview = procedure.getByLabel(/^Дата співбесіди/);
    await interview.fill(daysAgo(6));
    await form.getByRole('button', { name: 'Зафіксувати рішення' }).click();
    await expect.poll(() => interview.getAttribute('aria-invalid')).toBe('true');
    expect(posts.count).toBe(1);
    expect(await errorOf(page, interview)).toBe('Кінець раніше за початок.');
    await expectAccessible(page, 'status decision form with the server’s field error');
    await screenshot(page, 'uk-status-presumption-server-error-phone');

    await interview.fill(daysAgo(2));
    await form.getByRole('button', { name: 'Зафіксувати рішення' }).click();
    await form.waitFor({ state: 'detached' });
    expect(posts.count).toBe(2);
    await visible(page.getByText('Ймовірно постраждала дитина').first());
    await visible(page.getByRole('heading', { name: 'Офіційна процедура' }));
    await visible(page.getByText('Мати дитини'));
    await visible(page.getByText('Міністерство соціальної політики України'));
    const status = await page.evaluate(
      async (id) => (await (await fetch(`/api/cases/${id}/status`)).json()) as Record<string, unknown>,
      caseId,
    );
    expect(status).toMatchObject({
      status: 'presumed',
      formalProcedure: {
        values: {
          applicant: 'Мати дитини',
          applicationDate: daysAgo(4),
          interviewDate: daysAgo(2),
        },
      },
    });
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'status tab after the presumption');
    await screenshot(page, 'uk-status-presumed-phone');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('Moldova, in Romanian on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    // The node's country comes from the environment the server is started with (src/server/config.ts).
    const before = process.env.HAVEN_COUNTRY;
    process.env.HAVEN_COUNTRY = 'MD';
    try {
      ({ server, browser } = await startDemoNode(MD_DEMO_PASSWORD));
    } finally {
      if (before === undefined) delete process.env.HAVEN_COUNTRY;
      else process.env.HAVEN_COUNTRY = before;
    }
  });
  afterAll(async () => stopDemoNode({ server, browser }));

  it('a presumption is the multidisciplinary team’s: the team is asked for before anything is sent', async () => {
    const { context, page, problems } = await signedInOnPhone(
      browser,
      server.baseUrl,
      MD_DEMO_PASSWORD,
      'Română',
    );
    expect(await page.evaluate(async () => (await (await fetch('/api/me')).json()).user.country)).toBe('MD');
    const caseId = await presumableCase(page);
    await page.goto(`${server.baseUrl}/cases/${caseId}?tab=status`);
    await visible(page.getByRole('tab', { name: 'Statut', selected: true }));
    await page.getByRole('button', { name: 'Înregistrați o decizie privind statutul' }).click();
    const form = page.locator('form').filter({ has: page.getByRole('radiogroup', { name: /^Statut/ }) });
    await visible(form);
    expect(await form.getByRole('radio', { name: 'Victimă prezumată' }).isChecked()).toBe(true);
    const procedure = await visible(form.getByRole('group', { name: 'Procedura formală' }));
    await visible(procedure.getByText(/Legea nr\. 241\/2005/));
    await visible(
      procedure.getByText(/^În această țară victima prezumată este identificată prin procedura formală/),
    );
    const referral = procedure.getByLabel(/^Data referirii către echipa multidisciplinară/);
    const team = procedure.getByRole('textbox', { name: /^Echipa multidisciplinară teritorială/ });
    expect(await team.getAttribute('required')).not.toBeNull();
    await expectAccessible(page, 'Moldovan presumption form');
    await screenshot(page, 'ro-md-status-presumption-form-phone');

    const posts = countPosts(page, '/status-decisions');
    await choose(page, /^Organizația care a decis/, 'Autoritate publică (alta decât poliția)');
    await form
      .getByRole('textbox', { name: /^Motiv/ })
      .fill('Indicatori de exploatare prin muncă la screening');
    await form.getByRole('button', { name: 'Înregistrați decizia' }).click();
    await expect.poll(() => team.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(page, referral)).toBe('Acest câmp este obligatoriu.');
    expect(await errorOf(page, team)).toBe('Acest câmp este obligatoriu.');
    expect(posts.count).toBe(0);
    await expectAccessible(page, 'Moldovan presumption form with the team missing');
    await screenshot(page, 'ro-md-status-presumption-missing-phone');

    await referral.fill(daysAgo(3));
    await team.fill('Echipa multidisciplinară teritorială Ungheni');
    await form.getByRole('button', { name: 'Înregistrați decizia' }).click();
    await form.waitFor({ state: 'detached' });
    expect(posts.count).toBe(1);
    await visible(page.getByText('Victimă prezumată').first());
    await visible(page.getByText('Echipa multidisciplinară teritorială Ungheni'));
    const status = await page.evaluate(
      async (id) => (await (await fetch(`/api/cases/${id}/status`)).json()) as Record<string, unknown>,
      caseId,
    );
    expect(status).toMatchObject({
      status: 'presumed',
      formalProcedure: {
        country: 'MD',
        values: {
          referralDate: daysAgo(3),
          multidisciplinaryTeam: 'Echipa multidisciplinară teritorială Ungheni',
        },
      },
    });
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'Moldovan status tab after the presumption');
    await screenshot(page, 'ro-md-status-presumed-phone');
    expect(problems).toEqual([]);
    await context.close();
  });
});
