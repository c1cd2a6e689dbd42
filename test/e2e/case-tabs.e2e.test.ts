// The case file's newer parts end to end. A caseworker records a trafficking event (the server's
// per-field error first, then an exploitation in Poland by forced begging, which makes the case
// cross-border), uploads a small PDF and downloads it back byte for byte. A supervisor opens the duplicate
// review queue, scans, compares a pair side by side (both names), merges and undoes the merge, and
// assigns a case to a worker. axe-core runs on every new page and dialog; screenshots in English and
// Ukrainian.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, visible, openPage } from './support/browser.ts';
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

function newPage() {
  return openPage(browser, { acceptDownloads: true });
}

/** Opens a case through the API (in the demo caseworker's district) and returns its id. */
async function openCaseThroughApi(page: Page, given: string, family: string): Promise<string> {
  return page.evaluate(
    async ({ given, family }) => {
      const csrf = document.cookie
        .split(';')
        .map((part) => part.trim().split('='))
        .find(([key]) => key === 'haven_csrf')?.[1];
      const response = await fetch('/api/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') },
        body: JSON.stringify({
          sensitive: {
            names: [{ given, family, kind: 'latin' }],
            birthDate: { kind: 'estimated', from: '2012-01-01', to: '2012-12-31' },
          },
          identity: {
            gender: 'Feminine',
            presumedMinor: true,
            unitCode: 'UA-30-holosiivskyi',
            unaccompanied: false,
          },
          duplicatesReviewed: true,
        }),
      });
      if (response.status !== 201) throw new Error(`seed case: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    { given, family },
  );
}

// A minimal valid PDF: header, one empty page, cross-reference table and trailer.
function minimalPdf(): Buffer {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const object of objects) {
    offsets.push(body.length);
    body += object;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('case file tabs', () => {
  it('caseworker: trafficking history with a cross-border exploitation, documents upload and download', async () => {
    const { context, page, problems } = await newPage();
    await signIn(page, server.baseUrl, 'demo-caseworker', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const caseId = await openCaseThroughApi(page, 'Mariia', 'Zakharchuk');

    // Trafficking history: empty, then an event.
    await page.goto(`${server.baseUrl}/cases/${caseId}?tab=events`);
    await visible(page.getByRole('tab', { name: 'Trafficking history', selected: true }));
    await visible(page.getByText('No events recorded yet.'));
    expect(await page.getByTestId('cross-border').count()).toBe(0);
    await expectAccessible(page, 'trafficking history, empty');
    await page.getByRole('button', { name: 'Add an event' }).click();
    const dialog = await visible(
      page.getByRole('dialog', { name: 'Add an event to the trafficking history' }),
    );
    await choose(page, /^Kind of event/, 'Exploitation');
    await dialog.getByRole('textbox', { name: /^From/ }).fill('2024-03');
    await dialog.getByRole('textbox', { name: /^Until/ }).fill('2024-06');
    await choose(page, /^Country/, 'Poland', 'Pol');
    await dialog.getByRole('textbox', { name: /^Place/ }).fill('Market near the central station');
    // No type of exploitation yet: the server's per-field problem appears next to the field.
    await dialog.getByRole('button', { name: 'Add the event' }).click();
    await visible(dialog.getByText('Choose at least one type of exploitation.'));
    await expectAccessible(page, 'trafficking event dialog with a field error');
    await choose(page, /^Types of exploitation/, 'Forced begging', 'begging');
    await page.keyboard.press('Escape');
    // ForcedCriminality is offered, marked as a national extension.
    await dialog
      .getByLabel(/^Types of exploitation/)
      .and(page.locator('input:not([type="hidden"])'))
      .fill('criminal');
    await visible(page.getByRole('option', { name: /Forced criminal activity.*\(national extension\)/ }));
    await dialog
      .getByLabel(/^Types of exploitation/)
      .and(page.locator('input:not([type="hidden"])'))
      .fill('');
    await page.keyboard.press('Escape');
    await choose(page, /^Industry/, 'G: Wholesale and retail trade; repair of vehicles', 'G:');
    await dialog.getByRole('textbox', { name: /^Duration in days/ }).fill('90');
    await expectAccessible(page, 'trafficking event dialog');
    await screenshot(page, 'en-case-event-dialog');
    await dialog.getByRole('button', { name: 'Add the event' }).click();
    await dialog.waitFor({ state: 'detached' });
    const crossBorder = await visible(page.getByTestId('cross-border'));
    expect(await crossBorder.textContent()).toBe('Cross-border');
    const card = await visible(
      page.getByRole('region', { name: /^Exploitation, 2024-03 – 2024-06, Poland/ }),
    );
    await visible(card.getByText('Forced begging'));
    await visible(card.getByText('Market near the central station'));
    await visible(card.getByText('90 days'));
    await expectAccessible(page, 'trafficking history');
    await screenshot(page, 'en-case-events');

    // Edit (If-Match) and a delete that is cancelled at the confirmation.
    await card.getByRole('button', { name: /^Edit:/ }).click();
    const edit = await visible(page.getByRole('dialog', { name: 'Edit the event' }));
    await edit.getByRole('textbox', { name: /^Duration in days/ }).fill('120');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await visible(card.getByText('120 days'));
    await card.getByRole('button', { name: /^Delete:/ }).click();
    const confirm = await visible(page.getByRole('dialog', { name: 'Delete the event' }));
    await expectAccessible(page, 'delete confirmation');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    await visible(card);

    // Documents: upload a small PDF, then download it back.
    await page.getByRole('tab', { name: 'Documents' }).click();
    await visible(page.getByText(/Every download is recorded in the audit log/));
    const pdf = minimalPdf();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'medical-report.pdf', mimeType: 'application/pdf', buffer: pdf });
    await choose(page, /^Confidentiality class/, 'Health (confidential)');
    await expectAccessible(page, 'documents with a chosen file');
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await visible(page.getByText('“medical-report.pdf” has been uploaded.'));
    const table = page.getByRole('table', { name: 'Documents of the case' });
    const row = await visible(table.getByRole('row', { name: /medical-report\.pdf/ }));
    expect(await row.textContent()).toMatch(/PDF.*B.*Health \(confidential\).*You/);
    await expectAccessible(page, 'documents');
    await screenshot(page, 'en-case-documents');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: 'Download medical-report.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('medical-report.pdf');
    const path = await download.path();
    expect(readFileSync(path).equals(pdf)).toBe(true);

    // A file whose content is not what its type says: refused, and said in words.
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: pdf });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await visible(page.getByText(/The file’s content does not match its type/));

    // Ukrainian.
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /Українська/ }).click();
    await visible(page.getByRole('tab', { name: 'Документи', selected: true }));
    await screenshot(page, 'uk-case-documents');
    await page.getByRole('tab', { name: 'Історія торгівлі' }).click();
    await visible(page.getByText('Транскордонна'));
    await visible(page.getByText('Примусове жебракування'));
    await expectAccessible(page, 'trafficking history in Ukrainian');
    await screenshot(page, 'uk-case-events');
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /English/ }).click();
    await visible(page.getByRole('tab', { name: 'Trafficking history', selected: true }));

    expect(problems).toEqual([]);
    await context.close();
  });

  it('supervisor: duplicate queue, scan, compare side by side, merge and undo; assign a case', async () => {
    const { context, page, problems } = await newPage();
    await signIn(page, server.baseUrl, 'demo-supervisor', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Duplicates' })
      .click();
    await page.waitForURL((url) => url.pathname === '/duplicates');
    await visible(page.getByRole('heading', { level: 1, name: 'Duplicate review' }));
    expect(await page.title()).toBe('Duplicate review · Haven');
    await page.getByRole('button', { name: 'Scan for duplicates' }).click();
    const result = await visible(page.getByText(/^Cases scanned: \d+\. Possible pairs found: \d+\./));
    expect(await result.textContent()).not.toMatch(/Cases scanned: 0\./);
    const queue = await visible(page.getByRole('table', { name: 'Pairs waiting for review' }));
    await visible(queue.locator('tbody tr').first());
    // The queue shows codes, score and agreeing fields, never names.
    expect(await queue.textContent()).toMatch(/UA-\d{4}-\d{6} · UA-\d{4}-\d{6}/);
    await expectAccessible(page, 'duplicate queue');
    await screenshot(page, 'en-duplicates');

    const compare = queue.getByRole('link', { name: /^Compare / }).first();
    await compare.click();
    await page.waitForURL(/\/duplicates\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: /^Compare UA-/ }));
    await visible(page.getByText(/Opening it has been recorded in the audit log/));
    const sides = page.locator('main section');
    await expect.poll(() => sides.count()).toBe(2);
    const names: string[] = [];
    const codes: string[] = [];
    for (const side of await sides.all()) {
      const value = side.locator('dt', { hasText: /^Names$/ }).locator('xpath=following-sibling::dd[1]');
      names.push(((await value.textContent()) ?? '').trim());
      codes.push(((await side.getByRole('heading', { level: 2 }).textContent()) ?? '').trim());
    }
    // Both identities, side by side.
    for (const name of names) expect(name).toMatch(/\p{L}{2,}/u);
    await expectAccessible(page, 'duplicate compare');
    await screenshot(page, 'en-duplicate-compare');

    // Merge keeping the first, then undo.
    await page.getByRole('button', { name: `Merge: keep this one (${codes[0]})` }).click();
    await visible(page.getByText('The cases have been merged.'));
    await visible(page.getByTestId('pair-status').getByText('Merged'));
    await visible(page.getByText('Kept'));
    expect(await page.getByRole('button', { name: /^Merge: keep/ }).count()).toBe(0);
    await expectAccessible(page, 'duplicate compare, merged');
    // The merged case says where it went.
    await page.getByRole('link', { name: `Open case ${codes[1]}` }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
    const notice = await visible(page.getByTestId('merged-into'));
    await visible(notice.getByRole('link', { name: `Merged into ${codes[0]}` }));
    await expectAccessible(page, 'merged case file');
    await page.goBack();
    await page.getByRole('button', { name: 'Undo decision' }).click();
    await visible(page.getByText('The decision has been undone; the pair is waiting for review again.'));
    await visible(page.getByTestId('pair-status').getByText('To review'));
    await visible(page.getByRole('button', { name: `Merge: keep this one (${codes[0]})` }));

    // Ukrainian.
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /Українська/ }).click();
    await visible(page.getByRole('button', { name: 'Це різні діти' }));
    await expectAccessible(page, 'duplicate compare in Ukrainian');
    await screenshot(page, 'uk-duplicate-compare');
    await page.getByRole('link', { name: 'До перевірки дублікатів' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Перевірка дублікатів' }));
    await screenshot(page, 'uk-duplicates');
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: /English/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Duplicate review' }));

    // Assign: a case the server offers this supervisor to assign (the demo's duplicate pairs may both be
    // closed, and a case the supervisor sees through the district but another agency owns is not theirs to
    // assign).
    const listed = await page.request.get(new URL('/api/cases?pageSize=50', page.url()).toString());
    let open: { id: string } | undefined;
    for (const item of (await listed.json()).items as Array<{ id: string; stage: string }>) {
      if (item.stage === 'closed') continue;
      const offered = await page.request.get(new URL(`/api/cases/${item.id}/actions`, page.url()).toString());
      if (offered.ok() && ((await offered.json()).available as string[]).includes('assign')) {
        open = item;
        break;
      }
    }
    expect(open).toBeDefined();
    await page.goto(new URL(`/cases/${open?.id}`, page.url()).toString());
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
    await page.getByRole('button', { name: 'Assign to a worker' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Assign to a worker' }));
    const picker = dialog
      .getByLabel(/^New responsible worker/)
      .and(page.locator('input:not([type="hidden"])'));
    await picker.click();
    const option = await visible(page.getByRole('option').first());
    const worker = ((await option.textContent()) ?? '').trim();
    await option.click();
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Balancing the team’s caseload.');
    await expectAccessible(page, 'assign dialog');
    await screenshot(page, 'en-case-assign');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.waitFor({ state: 'detached' });
    await visible(page.getByText('Owner:').locator('..').getByText(new RegExp(worker)));

    expect(problems).toEqual([]);
    await context.close();
  });
});
