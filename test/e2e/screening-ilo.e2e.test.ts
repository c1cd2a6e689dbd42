// Screening with the ILO/EC children's indicators in the browser. A caseworker records a screening with
// the current set: the form says how far the transcription is verified, Haven's own child-protection
// items stand apart, and the result explains the suggestion (never a decision) with Haven's items listed
// as not counted; at phone size and in Ukrainian too. Then the node is stopped, a screening made with
// the earlier set (v1) is put into its database as v1 stored it, and after a restart the case file
// shows it marked as earlier, with v1's own labels and wording. axe-core runs on each screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateScreening } from '../../src/domain/screening/index.ts';
import { INDICATOR_SET_V1 } from '../../src/domain/screening/v1/set.ts';
import { parseConfig } from '../../src/server/config.ts';
import { openContext } from '../../src/server/main.ts';
import { insertScreening } from '../../src/server/screening/screening.repository.ts';
import { launchChromium, openPage, screenshot, visible } from './support/browser.ts';
import { expectAccessible, signIn } from './support/flows.ts';
import { type RunningServer, startServer } from './support/server.ts';

const DEMO_PASSWORD = 'e2e-Haven-demo-Passphrase-7319';

let dataDir: string;
let server: RunningServer | undefined;
let browser: Browser | undefined;
let caseId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'haven-e2e-ilo-'));
  server = await startServer(DEMO_PASSWORD, { dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A new case with a transit event on file (the act, without any means), through the API as the page. */
async function openCaseWithMovement(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const csrf = decodeURIComponent(
      document.cookie
        .split(';')
        .map((part) => part.trim().split('='))
        .find(([key]) => key === 'haven_csrf')?.[1] ?? '',
    );
    const post = (path: string, body: unknown) =>
      fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify(body),
      });
    const created = await post('/api/cases', {
      sensitive: {
        names: [{ given: 'Mihai', family: 'Ceban', kind: 'latin' }],
        birthDate: { kind: 'estimated', from: '2010-01-01', to: '2010-12-31' },
      },
      identity: { gender: 'Masculine', presumedMinor: true, unitCode: 'UA-30-holosiivskyi' },
      duplicatesReviewed: true,
    });
    if (created.status !== 201) throw new Error(`seed case: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    const event = await post(`/api/cases/${id}/events`, {
      type: 'Transit',
      dateFrom: '2024-03',
      country: 'MD',
    });
    if (event.status !== 201) throw new Error(`seed event: ${event.status} ${await event.text()}`);
    return id;
  });
}

describe('ILO/EC screening', () => {
  it('records a screening with the current set, Haven’s own items apart, explained, on a phone and in Ukrainian', async () => {
    const { page, problems } = await openPage(browser!);
    await signIn(page, server!.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    caseId = await openCaseWithMovement(page);

    await page.goto(`${server!.baseUrl}/cases/${caseId}?tab=screening`);
    await page.getByRole('button', { name: 'New screening' }).click();
    const notice = await visible(page.getByTestId('verification-notice'));
    await visible(notice.getByText(/transcribed from a secondary copy of the printed list/));
    await visible(
      notice.getByText(/Items awaiting a check against the printed text \(ILO WCMS_105023\): 65\./),
    );
    await page.getByRole('radio', { name: 'Child trafficking for sexual exploitation' }).check();
    await visible(notice.getByText(/Provisional list/));
    await page.getByRole('radio', { name: 'Child trafficking for labour exploitation' }).check();

    await page.getByRole('checkbox', { name: 'Excessive working days or hours (strong)' }).check();
    await page.getByRole('checkbox', { name: 'Hazardous work (medium)' }).check();
    const haven = await visible(page.getByTestId('haven-indicators'));
    await visible(haven.getByText('Haven’s own child-protection indicators'));
    await haven.getByRole('checkbox', { name: 'The child had no time for rest, play or leisure' }).check();
    await visible(haven.getByLabel('Source of the evidence'));
    await expectAccessible(page, 'screening form with Haven’s own items');
    await screenshot(page, 'en-screening-ilo-form');

    await page.getByRole('button', { name: 'Save the screening' }).click();
    await visible(page.getByText('Consider formal identification as a victim'));
    await visible(
      page.getByText(/Exploitation: exploitative conditions\. For a child no means need to be shown/),
    );
    await visible(page.getByText('Haven’s own indicators found (not counted by the ILO/EC rule)'));
    await visible(
      page.getByText(/The child had no time for rest, play or leisure — Interview with the child/),
    );
    await expectAccessible(page, 'screening result');
    await screenshot(page, 'en-screening-ilo-result');

    await page.setViewportSize({ width: 390, height: 844 });
    await visible(page.getByText('Haven’s own indicators found (not counted by the ILO/EC rule)'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'screening result at phone size');
    await screenshot(page, 'en-screening-ilo-phone');

    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /Українська/ }).click();
    await visible(page.getByText('Виявлені власні індикатори Haven (не враховуються за правилом МОП/ЄК)'));
    await expectAccessible(page, 'screening result in Ukrainian');
    await screenshot(page, 'uk-screening-ilo-phone');
    // The choice is saved as the user's preference: back to English for the next test.
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /English/ }).click();
    await visible(page.getByText('Haven’s own indicators found (not counted by the ILO/EC rule)'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a screening made with the earlier set as recorded, marked as earlier', async () => {
    await server!.stop();
    server = undefined;
    // The node's own data folder, opened as the node opens it: its database and its keys.
    const ctx = await openContext(parseConfig({ HAVEN_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    try {
      const worker = await ctx.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'demo-caseworker')
        .executeTakeFirstOrThrow();
      const answers = [
        { indicatorId: 'child-labour.vulnerability.parental-care', source: 'guardian', date: '2024-02-01' },
      ];
      const result = evaluateScreening(
        {
          answers: [
            { indicatorId: answers[0]!.indicatorId, evidenceSource: 'guardian', observedOn: '2024-02-01' },
          ],
        },
        INDICATOR_SET_V1,
      );
      const { havenIndicatorIds: _notInV1, ...asV1Stored } = result;
      await insertScreening(ctx.database.db, {
        id: randomUUID(),
        caseId,
        list: 'labour',
        indicatorSetVersion: INDICATOR_SET_V1.version,
        answers: ctx.cipher.encrypt(JSON.stringify(answers), 'screenings.answers'),
        result: ctx.cipher.encrypt(JSON.stringify(asV1Stored), 'screenings.result'),
        suggestion: result.suggestion,
        screenedBy: worker.id,
      });
    } finally {
      await ctx.database.close();
    }
    server = await startServer(DEMO_PASSWORD, { dataDir });

    const { page, problems } = await openPage(browser!);
    await signIn(page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${server.baseUrl}/cases/${caseId}?tab=screening`);
    await visible(page.getByText('Earlier indicator set'));
    await visible(page.getByText(/Recorded with an earlier version of the indicator set/));
    await visible(
      page.getByText(
        /Abuse of lack of parental care \(child left behind, unaccompanied or separated\) — Parent/,
      ),
    );
    await visible(page.getByText(/Indicators recorded: 1; not enough for identification\./));
    await expectAccessible(page, 'an earlier screening beside a current one');
    await screenshot(page, 'en-screening-ilo-earlier');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
