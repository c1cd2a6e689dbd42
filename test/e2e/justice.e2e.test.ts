// A police investigator in the browser: opens a child's case, records criminal proceedings in the
// Justice tab (articles of the Ukrainian code, a child-friendly measure), moves them to investigation,
// and sees nothing of the psychosocial (health) note the case worker wrote. Then a supervisor opens the
// dashboard: charts with their tables. axe-core runs on every screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, visible } from './support/browser.ts';
import { choose, expectAccessible, signIn, signOut } from './support/flows.ts';
import { startDemoNode, stopDemoNode } from './support/demo-node.ts';
import type { RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'e2e-Haven-demo-Passphrase-7319';
const HEALTH_NOTE = 'Nightmares, sees the psychologist weekly';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startDemoNode(DEMO_PASSWORD));
});

afterAll(async () => stopDemoNode({ server, browser }));

/** The case worker opens a case in the police's district and writes a health note, through the API. */
async function caseWithHealthNote(page: Page): Promise<string> {
  return page.evaluate(async (note) => {
    const csrf = document.cookie
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([key]) => key === 'haven_csrf')?.[1];
    const headers = { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') };
    const created = await fetch('/api/cases', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        sensitive: {
          names: [{ given: 'Marta', family: 'Justice', kind: 'latin' }],
          birthDate: { kind: 'unknown' },
        },
        identity: { gender: 'Feminine', presumedMinor: true, unitCode: 'UA-30-holosiivskyi' },
        duplicatesReviewed: true,
      }),
    });
    if (created.status !== 201) throw new Error(`seed case: ${created.status}`);
    const { id } = (await created.json()) as { id: string };
    const noted = await fetch(`/api/cases/${id}/notes`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ class: 'health', text: note }),
    });
    if (noted.status !== 201) throw new Error(`seed note: ${noted.status}`);
    return id;
  }, HEALTH_NOTE);
}

describe('the child in the justice process', () => {
  it('police record proceedings and move them on, and never see the health note', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const caseId = await caseWithHealthNote(page);
    await signOut(page);

    await signIn(page, server.baseUrl, 'demo-police', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${server.baseUrl}/cases/${caseId}?tab=justice`);
    await visible(page.getByRole('tab', { name: 'Justice', selected: true }));
    await visible(page.getByText('No criminal proceedings are recorded for this child.'));
    await page.getByRole('button', { name: 'Record proceedings' }).click();
    await page.getByLabel('Registration number').fill('12025100100000042');
    await choose(page, /^Criminal-code articles/, '149 — Trafficking in human beings');
    await page.keyboard.press('Escape');
    await choose(page, /^The child's role/, 'Victim and witness');
    await page.getByRole('button', { name: 'Add a measure' }).click();
    await choose(page, /^Measure 1/, 'Single recorded interview');
    await expectAccessible(page, 'justice, new proceedings form');
    await page.getByRole('button', { name: 'Save proceedings' }).click();
    await visible(page.getByRole('heading', { name: 'Proceedings 12025100100000042' }));

    await page.getByRole('button', { name: 'Next stage' }).click();
    await choose(page, /^Move to/, 'Investigation');
    await page.getByRole('button', { name: 'Record the stage' }).click();
    const history = page.getByRole('list', { name: 'Stage history' });
    await visible(history.getByText(/Investigation$/));
    expect(await history.getByRole('listitem').count()).toBe(2);
    await expectAccessible(page, 'justice tab with proceedings');

    await page.getByRole('tab', { name: 'Notes' }).click();
    await visible(page.getByRole('tab', { name: 'Notes', selected: true }));
    await page.waitForResponse((r) => r.url().endsWith('/notes')).catch(() => undefined);
    await page.waitForTimeout(500);
    expect(await page.getByText(HEALTH_NOTE).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('a supervisor reads the dashboard: figures, a chart with its table, case codes only', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, server.baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Supervisor dashboard' }));
    await visible(page.getByRole('img', { name: /Caseload per worker/ }));
    await visible(page.getByRole('table', { name: 'Open cases per worker by stage' }));
    expect(
      await page.getByRole('table', { name: 'Open cases per worker by stage' }).getByRole('row').count(),
    ).toBeGreaterThan(1);
    await expectAccessible(page, 'supervisor dashboard');
    expect(problems).toEqual([]);
  });
});
