// A monitoring visit with the child's self-assessment, in the browser. The demo caseworker starts
// monitoring, opens the first visit, hands the tablet to the child; the child chooses a language and
// answers one question per screen with the keyboard (skipping one); the worker scores every item
// against its written anchor, records the re-trafficking risk review and saves. The chart and its table
// show the new point, with the child's view beside the worker's scores. axe-core runs on every screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_ITEMS } from '../../src/domain/monitoring/items.ts';
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

async function openCaseThroughApi(page: Page): Promise<{ id: string; code: string }> {
  return page.evaluate(async () => {
    const csrf = document.cookie
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([key]) => key === 'haven_csrf')?.[1];
    const response = await fetch('/api/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') },
      body: JSON.stringify({
        sensitive: {
          names: [{ given: 'Sofiia', family: 'Kovalenko', kind: 'latin' }],
          birthDate: { kind: 'estimated', from: '2011-01-01', to: '2011-12-31' },
        },
        identity: { gender: 'Feminine', presumedMinor: true, unitCode: 'UA-30-holosiivskyi' },
        duplicatesReviewed: true,
      }),
    });
    if (response.status !== 201) throw new Error(`seed case: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string; code: string };
  });
}

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: Page, text: RegExp): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (text.test(focused)) return;
  }
  throw new Error(`No focusable element matching ${text}`);
}

describe('monitoring visit with the child self-assessment', () => {
  it('worker records a visit; the child answers on the tablet with the keyboard; the chart shows the point', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const file = await openCaseThroughApi(page);

    await page.goto(`${server.baseUrl}/cases/${file.id}?tab=monitoring`);
    await visible(page.getByRole('tab', { name: 'Monitoring', selected: true }));
    await visible(page.getByText('Monitoring has not started for this case.'));
    const lastMonth = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(/^Day of reunification or placement/).fill(lastMonth);
    await choose(page, /^Where the child lives now/, 'Back with the family');
    await expectAccessible(page, 'monitoring, not started');
    await page.getByRole('button', { name: 'Start monitoring' }).click();
    const visits = await visible(page.getByTestId('visits-table'));
    expect(await visits.getByRole('row').count()).toBe(7);
    await visible(visits.getByText('Overdue'));
    await expectAccessible(page, 'monitoring schedule');
    await screenshot(page, 'en-monitoring-schedule');

    // The worker opens the first (overdue) visit.
    await visits.getByRole('button', { name: 'Record visit' }).first().click();
    await visible(page.getByRole('heading', { name: /^Visit planned for/ }));
    await visible(page.getByText('Not asked yet.'));
    await expectAccessible(page, 'visit form');

    // Hands over the tablet: only the questions are on the child's screen.
    await page.getByRole('button', { name: 'Hand the tablet to the child' }).click();
    // The dialog speaks the child's language once the child picks one.
    const child = await visible(
      page.getByRole('dialog', { name: /^(Questions for the child|Запитання для дитини)$/ }),
    );
    await visible(child.getByRole('heading', { name: 'Hello!' }));
    const text = (await child.textContent()) ?? '';
    expect(text).not.toContain(file.code);
    expect(text).not.toMatch(/Sofiia|Kovalenko|Safety and protection/);
    await expectAccessible(page, 'child screen: start');
    // The child switches to Ukrainian with the keyboard and starts.
    await tabTo(page, /^Українська$/);
    await page.keyboard.press('Enter');
    await visible(child.getByRole('heading', { name: 'Привіт!' }));
    await tabTo(page, /^Почати$/);
    await page.keyboard.press('Enter');
    await visible(child.getByRole('heading', { name: 'Чи почуваєшся ти в безпеці там, де живеш зараз?' }));
    await visible(child.getByText('Запитання 1 з 7'));
    await expectAccessible(page, 'child screen: a question');
    await screenshot(page, 'uk-child-question');
    // Seven questions: "Дуже добре", then "Нормально" and so on; the health question is skipped.
    const answers = [
      /^Дуже добре$/,
      /^Нормально$/,
      /^Не хочу відповідати$/,
      /^Не дуже добре$/,
      /^Дуже добре$/,
      /^Нормально$/,
      /^Нормально$/,
    ];
    for (const [index, answer] of answers.entries()) {
      await visible(child.getByText(`Запитання ${index + 1} з 7`));
      await tabTo(page, answer);
      await page.keyboard.press('Enter');
    }
    await visible(child.getByRole('heading', { name: 'Дякую!' }));
    await expectAccessible(page, 'child screen: thanks');
    await tabTo(page, /^Повернути$/);
    await page.keyboard.press('Enter');
    await child.waitFor({ state: 'detached' });

    // Back with the worker: the child's view is summarised; the worker scores every item.
    const summary = await visible(page.getByTestId('child-view-summary'));
    await visible(summary.getByRole('row', { name: /Safety and protection.*Very good/ }));
    await visible(summary.getByRole('row', { name: /Health.*Did not want to answer/ }));
    for (const item of ASSESSMENT_ITEMS) {
      const score = item.id === 'health.physical' ? 2 : 3;
      await page
        .locator(`[data-item="${item.id}"]`)
        .getByRole('radio', { name: new RegExp(`^${score} — `) })
        .check();
    }
    await visible(page.getByRole('radio', { name: /^1 — In contact with exploiters or recruiters/ }));
    await page
      .getByLabel(/^Evidence: Physical health/)
      .and(page.locator('input:not([type="hidden"])'))
      .click();
    await page.getByRole('option', { name: 'Health record', exact: true }).click();
    await page.getByLabel("The caregiver's view").fill('Mother says she sleeps better and goes to school.');
    await choose(page, /^Risk level/, 'Low');
    await expectAccessible(page, 'visit form, filled');
    await screenshot(page, 'en-monitoring-visit-form');
    await page.getByRole('button', { name: 'Save the visit' }).click();

    // The chart and its table show the point; the child's view is beside the worker's scores.
    const table = await visible(page.getByTestId('domain-table'));
    expect(await table.locator('tbody tr').count()).toBe(1);
    const row = table.locator('tbody tr').first();
    // All items 3 → 0.67; health (2, 3, 3) → 0.56; overall = (6 × 0.6667 + 0.5556) / 7.
    expect(await row.textContent()).toMatch(/0\.67.*0\.67.*0\.56.*0\.67.*0\.67.*0\.67.*0\.67.*0\.65/);
    const chart = await visible(page.getByRole('img', { name: 'Domains over time' }));
    expect(await chart.locator('[data-domain="health"] polyline').getAttribute('points')).toMatch(/^\d/);
    expect(await chart.locator('circle, rect, path').count()).toBeGreaterThanOrEqual(7);
    await visible(page.getByRole('row', { name: /Safety and protection 0\.67 Very good/ }));
    await visible(page.getByRole('row', { name: /Health 0\.56 Did not want to answer/ }));
    await visible(page.getByText('Mother says she sleeps better and goes to school.'));
    await visible(page.getByTestId('visits-table').getByText('Done'));
    await visible(page.getByTestId('closure-readiness').getByText('Not enough reviews yet for closure.'));
    await expectAccessible(page, 'monitoring tab with an assessment');
    await screenshot(page, 'en-monitoring-chart');

    // Closing as reintegrated is refused, and the refusal names what monitoring still lacks.
    await page.getByRole('button', { name: 'Request closure' }).click();
    const closing = await visible(page.getByRole('dialog', { name: 'Request closure' }));
    await choose(page, /^Reason for closure/, 'Reintegration achieved');
    await closing.getByRole('textbox', { name: /^Reason/ }).fill('Back home and at school for a month.');
    await closing.getByRole('button', { name: 'Confirm' }).click();
    await visible(
      closing.getByText('There are not yet two reviews in a row with every domain at the closure threshold.'),
    );
    await expectAccessible(page, 'closure refused with the monitoring blockers');
    await closing.getByRole('button', { name: 'Cancel' }).click();
    expect(problems).toEqual([]);
  });

  it('supervisor: the open safety alert of a demo child is in the inbox and is resolved with a note', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const caseId = await page.evaluate(async () => {
      const inbox = (await (await fetch('/api/inbox')).json()) as {
        items: Array<{ kind: string; caseId: string }>;
      };
      return inbox.items.find((item) => item.kind === 'monitoring.safety-alert-open')?.caseId ?? null;
    });
    expect(caseId).not.toBeNull();
    await page.goto(`${server.baseUrl}/cases/${caseId}?tab=monitoring`);
    const alert = await visible(page.getByTestId('open-alert'));
    await visible(alert.getByText('Safety alert'));
    await visible(alert.getByText(/Abuse or exploitation in current care/));
    await visible(page.getByTestId('closure-readiness').getByText('A safety alert is open.'));
    await visible(page.getByRole('img', { name: 'Domains over time' }));
    await expectAccessible(page, 'monitoring tab with an open alert');
    await screenshot(page, 'en-monitoring-alert');
    await alert.getByRole('button', { name: 'Resolve' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Resolve the alert' }));
    // An alert is resolved with a recorded outcome (issue 11 item 1).
    await choose(page, /^Outcome/, 'The child was moved to a safe place');
    await dialog.getByLabel(/^What was done/).fill('Child moved to the grandmother; police informed.');
    await expectAccessible(page, 'resolve dialog');
    await dialog.getByRole('button', { name: 'Resolve' }).click();
    await dialog.waitFor({ state: 'detached' });
    await visible(page.getByText('No open alerts.'));
    await visible(page.getByText(/Resolved on .*: Child moved to the grandmother; police informed\./));
    expect(await page.getByTestId('closure-readiness').getByText('A safety alert is open.').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
