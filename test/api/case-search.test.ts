import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSetting } from '../../src/server/db/node-settings.ts';
import { refreshSearchKeys } from '../../src/server/cases/search-keys-refresh.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 12, search: results ranked by how well the names match, found by case code or the first three
// letters, each saying why it matched; who the child is only where the caller's grants on that case
// see identities, and that showing is audited as a reveal; nothing outside the caller's reach.

type Item = { id: string; code: string; matchedOn: string[]; who: { name: string } | null };

let server: TestServer;
let district: string;
let worker: ApiClient;
let workerId: string;
let elsewhere: ApiClient;
const ids: Record<string, string> = {};
const codes: Record<string, string> = {};

async function signedIn(options: Parameters<typeof makeUser>[1]) {
  const account = await makeUser(server.ctx, options);
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  return { client, id: account.id };
}

async function openCase(as: ApiClient, key: string, given: string, family: string, unitCode = district) {
  const created = await as.post('/api/cases', {
    sensitive: { names: [{ given, family }], birthDate: { kind: 'exact', date: '2012-05-06' } },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode },
    duplicatesReviewed: true,
  });
  expect(created.status, key).toBe(201);
  ids[key] = created.body.id;
  codes[key] = created.body.code;
}

async function search(as: ApiClient, q: string): Promise<Item[]> {
  const found = await as.get(`/api/cases?q=${encodeURIComponent(q)}&pageSize=100`);
  expect(found.status, q).toBe(200);
  return found.body.items;
}

const keyOf = (item: Item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0];

async function lastSearchAudit() {
  return server.ctx.database.db
    .selectFrom('audit_log')
    .select(['action', 'details', 'actor_id'])
    .where('action', 'like', 'case.search%')
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  ({ client: worker, id: workerId } = await signedIn({ role: 'caseworker', scope: 'agency', agencyId }));
  const otherDistrict = firstDistrictOf('UA-46');
  const otherAgency = await makeAgency(server.ctx, { unitCodes: [otherDistrict] });
  ({ client: elsewhere } = await signedIn({ role: 'caseworker', scope: 'agency', agencyId: otherAgency }));
  // Opened in this order, so the plain "most recently changed" order would put the weakest match first.
  await openCase(worker, 'latinExact', 'Olena', 'Holovko');
  await openCase(worker, 'cyrillic', 'Олена', 'Головко');
  await openCase(worker, 'longer', 'Iryna', 'Holovkova');
  await openCase(worker, 'given', 'Олександра', 'Мельник');
  await openCase(worker, 'unrelated', 'Anna', 'Zghurska');
  await openCase(elsewhere, 'outOfReach', 'Olena', 'Holovko', otherDistrict);
});
afterAll(() => server.close());

describe('case search', () => {
  it('ranks the exact spelling first, then the other script, then a longer name with the same beginning', async () => {
    const found = await search(worker, 'Holovko');
    expect(found.map(keyOf).slice(0, 3)).toEqual(['latinExact', 'cyrillic', 'longer']);
    expect(found[0]!.matchedOn).toEqual(['family-name-exact']);
    expect(found[1]!.matchedOn).toEqual(['family-name-transliteration']);
    expect(found[2]!.matchedOn).toEqual(['family-name-prefix']);
    expect(found.map(keyOf)).not.toContain('unrelated');
  });

  it('ranks both ways across scripts: Cyrillic typed puts the Cyrillic record first', async () => {
    const found = await search(worker, 'Головко Олена');
    expect(found.map(keyOf).slice(0, 2)).toEqual(['cyrillic', 'latinExact']);
    expect(found[0]!.matchedOn).toEqual(['family-name-exact', 'given-name-exact']);
    expect(found[1]!.matchedOn).toEqual(['family-name-transliteration', 'given-name-transliteration']);
  });

  it('finds by the first three letters in either script, and says so', async () => {
    for (const q of ['Гол', 'hol', 'Holo']) {
      const found = await search(worker, q);
      expect(found.map(keyOf), q).toEqual(expect.arrayContaining(['latinExact', 'cyrillic', 'longer']));
      expect(
        found.every((item) => item.matchedOn.includes('family-name-prefix')),
        q,
      ).toBe(true);
    }
    // Two letters are no prefix: "Го" is a name of its own, and no one here is called that.
    expect(await search(worker, 'Го')).toEqual([]);
  });

  it('finds a given name through its equivalents in other languages', async () => {
    const found = await search(worker, 'Alexandra');
    expect(found.map(keyOf)).toEqual(['given']);
    expect(found[0]!.matchedOn).toEqual(['given-name-equivalent']);
  });

  it('finds a case by its code, whole or by its number, in any case and spacing', async () => {
    const code = codes.longer!;
    const [, year, number] = code.split('-');
    for (const q of [code, code.toLowerCase(), `${year}-${number}`, String(Number(number)), number!]) {
      const found = await search(worker, q!);
      expect(found.map(keyOf), q).toEqual(['longer']);
      expect(found[0]!.matchedOn).toEqual(['case-code']);
    }
    // The code of a case outside the caller's reach finds nothing.
    expect(await search(worker, codes.outOfReach!)).toEqual([]);
  });

  it('shows who each result is and audits it as one reveal listing those cases', async () => {
    const found = await search(worker, 'Holovko');
    expect(found[0]!.who).toEqual({
      name: 'Olena Holovko',
      otherNames: [],
      birthYears: { from: 2012, to: 2012 },
    });
    const entry = await lastSearchAudit();
    expect(entry.action).toBe('case.search.reveal');
    expect(entry.actor_id).toBe(workerId);
    const details = entry.details as { identityShown: string[]; by: string };
    expect(details.by).toBe('name');
    expect([...details.identityShown].sort()).toEqual(found.map((item) => item.id).sort());
    // The text typed is written nowhere.
    expect(JSON.stringify(entry.details)).not.toMatch(/holovko/i);
  });

  it('keeps everything outside the reach out, by name and by code', async () => {
    const found = await search(worker, 'Olena Holovko');
    expect(found.map((item) => item.id)).not.toContain(ids.outOfReach);
    const theirs = await search(elsewhere, 'Olena Holovko');
    expect(theirs.map(keyOf)).toEqual(['outOfReach']);
  });

  it('shows no identity where no grant on the case sees identities, and leaves it out of a name search', async () => {
    // The worker still owns a case that moved to another district: the list reaches it through the
    // ownership, but no grant of the worker's sees identities there.
    const district = firstDistrictOf('UA-46');
    const moved = await server.ctx.database.db
      .updateTable('cases')
      .set({ unit_code: district, owner_agency_id: await makeAgency(server.ctx, { unitCodes: [district] }) })
      .where('id', '=', ids.unrelated!)
      .executeTakeFirst();
    expect(Number(moved.numUpdatedRows)).toBe(1);
    const byCode = await search(worker, codes.unrelated!);
    expect(byCode.map(keyOf)).toEqual(['unrelated']);
    expect(byCode[0]!.who).toBeNull();
    const entry = await lastSearchAudit();
    expect(entry.action).toBe('case.search');
    expect((entry.details as { identityShown: string[] }).identityShown).toEqual([]);
    expect(await search(worker, 'Zghurska')).toEqual([]);
  });

  it('answers a text with too few letters with a code and Haven’s own words', async () => {
    const found = await worker.get(`/api/cases?q=${encodeURIComponent('a')}`);
    expect(found.status).toBe(400);
    expect(found.body.error.code).toBe('validation_failed');
    expect(found.body.error.details[0]).toMatchObject({
      path: 'querystring.q',
      code: 'search_too_short',
      message: 'Type at least two letters of a name, or a case code.',
    });
  });

  it('gives cases stored before prefix keys existed their new keys when the server starts', async () => {
    await server.ctx.database.db
      .updateTable('cases')
      .set({ name_keys: [] })
      .where('id', '=', ids.cyrillic!)
      .execute();
    expect((await search(worker, 'Гол')).map(keyOf)).not.toContain('cyrillic');
    await writeSetting(server.ctx.database.db, 'case-name-keys-version', 1);
    expect(await refreshSearchKeys(server.ctx.database.db, server.ctx.cipher)).toBeGreaterThan(0);
    expect((await search(worker, 'Гол')).map(keyOf)).toContain('cyrillic');
    // Once done, a start does no work.
    expect(await refreshSearchKeys(server.ctx.database.db, server.ctx.cipher)).toBe(0);
  });
});
