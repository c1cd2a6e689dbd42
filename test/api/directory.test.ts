import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf } from '../../src/domain/geo/index.ts';
import { localTimeIn } from '../../src/domain/directory/opening-hours.ts';
import { insertAgency } from '../../src/server/agencies/agencies.repository.ts';
import { restoreBackup, writeBackup } from '../../src/server/db/backup.ts';
import { readSetting, writeSetting } from '../../src/server/db/node-settings.ts';
import { DEMO_AGENCIES } from '../../src/server/demo/demo-agencies.ts';
import { seedDirectoryDemo } from '../../src/server/demo/directory-demo.ts';
import { insertService } from '../../src/server/directory/directory.repository.ts';
import {
  adjustFreePlaces,
  findServiceForReferral,
  SERVICE_KINDS,
} from '../../src/server/directory/directory.service.ts';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let agencyId: string;
let otherAgencyId: string;
let provider: ApiClient;
let otherProvider: ApiClient;
let caseworker: ApiClient;
let otherCaseworker: ApiClient;
let coordinator: ApiClient;
let analyst: ApiClient;

// Lviv region (UA-46) and two of its districts; a Kyiv city district outside it.
const REGION = 'UA-46';
const [LVIV, DROHOBYCH, STRYI] = childrenOf(REGION).map((unit) => unit.code) as [string, string, string];
const KYIV_DISTRICT = childrenOf('UA-30')[0]!.code;

const ALWAYS = { alwaysOpen: true, weekly: [] };

function body(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'psychological',
    name: `Service ${randomUUID().slice(0, 8)}`,
    description: 'Trauma-informed counselling for children.',
    units: [LVIV],
    openingHours: ALWAYS,
    languages: ['ukr'],
    ...overrides,
  };
}

async function signedIn(role: Parameters<typeof makeUser>[1]['role'], options: Record<string, unknown> = {}) {
  const account = await makeUser(server.ctx, { role, ...options });
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  return client;
}

async function create(overrides: Record<string, unknown> = {}, as = provider) {
  const created = await as.post('/api/services', body(overrides));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; version: number; name: string } & Record<string, unknown>;
}

/** Search within one agency's services, so other tests' services do not interfere. */
async function search(query: Record<string, string>, agency = agencyId) {
  const params = new URLSearchParams({ agencyId: agency, ...query });
  const found = await caseworker.get(`/api/services?${params}`);
  expect(found.status, JSON.stringify(found.body)).toBe(200);
  return (found.body.items as Array<{ id: string; name: string }>).map((item) => item.id);
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  agencyId = await makeAgency(server.ctx, { unitCodes: [LVIV], kind: 'ngo' });
  otherAgencyId = await makeAgency(server.ctx, { unitCodes: [KYIV_DISTRICT], kind: 'shelter' });
  provider = await signedIn('provider', { agencyId });
  otherProvider = await signedIn('provider', { agencyId: otherAgencyId });
  caseworker = await signedIn('caseworker', { agencyId });
  otherCaseworker = await signedIn('caseworker', { agencyId: otherAgencyId });
  coordinator = await signedIn('coordinator', { scope: 'country', agencyId: otherAgencyId });
  analyst = await signedIn('analyst', { scope: 'country', agencyId: otherAgencyId });
});
afterAll(() => server.close());

describe('describing a service', () => {
  it('derives the HTCDS support-plan type from the kind and answers with an ETag', async () => {
    const created = await create({ kind: 'vocational-training', capacity: 10, freePlaces: 4 });
    expect(created).toMatchObject({
      agencyId,
      kind: 'vocational-training',
      supportPlanType: 'Livelihood',
      capacity: 10,
      freePlaces: 4,
      openNow: true,
      accreditationState: 'none',
      canManage: true,
      status: 'active',
      version: 1,
    });
    const read = await analyst.get(`/api/services/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body.canManage).toBe(false);
  });

  it('refuses more free places than capacity, one count without the other, and units of another country', async () => {
    const tooMany = await provider.post('/api/services', body({ capacity: 3, freePlaces: 4 }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details).toMatchObject([
      {
        path: 'body.freePlaces',
        field: 'freePlaces',
        code: expect.any(String),
        params: {},
        message: expect.stringMatching(/capacity/),
      },
    ]);
    const halfCounted = await provider.post('/api/services', body({ freePlaces: 2 }));
    expect(halfCounted.status).toBe(400);
    expect(halfCounted.body.error.details[0].path).toBe('body.capacity');
    const foreign = await provider.post('/api/services', body({ units: [LVIV, 'MD-CA'] }));
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details).toMatchObject([
      { path: 'body.units.1', code: expect.any(String), message: expect.any(String) },
    ]);
    const badAges = await provider.post(
      '/api/services',
      body({ eligibility: { ageMin: 14, ageMax: 10, genders: [], exploitationTypes: [] } }),
    );
    expect(badAges.body.error.details[0].path).toBe('body.eligibility.ageMax');
    const noHours = await provider.post(
      '/api/services',
      body({ openingHours: { alwaysOpen: false, weekly: [] } }),
    );
    expect(noHours.body.error.details[0].path).toBe('body.openingHours.weekly');
  });

  it('shows an expired accreditation as expired, a current one as accredited', async () => {
    const expired = await create({
      accreditation: { standard: 'MD GD 898/2015', number: 'A-17', validUntil: '2020-01-31' },
    });
    expect(expired.accreditationState).toBe('expired');
    const current = await create({
      accreditation: { standard: 'Наказ Мінсоцполітики 1256', number: '42', validUntil: '2099-12-31' },
    });
    expect(current.accreditationState).toBe('accredited');
  });
});

describe('search by need and place', () => {
  let searchAgency: string;
  let as: ApiClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    searchAgency = await makeAgency(server.ctx, { unitCodes: [LVIV] });
    as = await signedIn('provider', { agencyId: searchAgency });
    const make = async (key: string, overrides: Record<string, unknown>) => {
      ids[key] = (await create(overrides, as)).id;
    };
    const { day } = localTimeIn(new Date(), 'Europe/Kyiv');
    const notToday = (((day + 1) % 7) + 1) as number; // two days ahead: never open now
    await make('regionWide', { kind: 'emergency-shelter', units: [REGION], capacity: 8, freePlaces: 3 });
    await make('stryiOnly', { kind: 'emergency-shelter', units: [STRYI], capacity: 8, freePlaces: 0 });
    await make('teens', {
      kind: 'emergency-shelter',
      units: [DROHOBYCH],
      capacity: 4,
      freePlaces: 1,
      eligibility: {
        ageMin: 14,
        ageMax: 17,
        genders: ['Feminine'],
        exploitationTypes: ['SexualExploitation'],
      },
      languages: ['ukr', 'rus'],
      openingHours: { alwaysOpen: false, weekly: [{ day: notToday, opens: '09:00', closes: '17:00' }] },
    });
    await make('kyiv', { kind: 'emergency-shelter', units: [KYIV_DISTRICT], capacity: 2, freePlaces: 2 });
  });

  const find = (query: Record<string, string>) =>
    search({ kind: 'emergency-shelter', ...query }, searchAgency);

  it('finds services covering the district directly or through its region, most local first', async () => {
    expect(await find({ district: DROHOBYCH })).toEqual([ids.regionWide, ids.teens]);
    expect(await find({ district: STRYI })).toEqual([ids.regionWide, ids.stryiOnly]);
    expect(await find({ district: KYIV_DISTRICT })).toEqual([ids.kyiv]);
    // A region: services for all of it first, then those working in part of it.
    const region = await find({ district: REGION });
    expect(region[0]).toBe(ids.regionWide);
    expect([...region].sort()).toEqual([ids.regionWide, ids.stryiOnly, ids.teens].sort());
  });

  it('filters by age, gender and exploitation type, leaving in what is unknown', async () => {
    expect(await find({ district: DROHOBYCH, age: '12' })).toEqual([ids.regionWide]);
    expect(await find({ district: DROHOBYCH, age: '15' })).toContain(ids.teens);
    expect(await find({ district: DROHOBYCH, gender: 'Masculine' })).toEqual([ids.regionWide]);
    expect(await find({ district: DROHOBYCH, gender: 'Feminine', age: '16' })).toContain(ids.teens);
    expect(await find({ district: DROHOBYCH, exploitation: 'ForcedCriminality' })).toEqual([ids.regionWide]);
    expect(await find({ district: DROHOBYCH, exploitation: 'SexualExploitation' })).toContain(ids.teens);
  });

  it('filters by language, free places and opening hours', async () => {
    expect(await find({ district: DROHOBYCH, language: 'rus' })).toEqual([ids.teens]);
    expect(await find({ district: STRYI, hasFreePlaces: 'true' })).toEqual([ids.regionWide]);
    expect(await find({ district: DROHOBYCH, openNow: 'true' })).toEqual([ids.regionWide]);
  });

  it('filters by HTCDS support-plan type', async () => {
    expect(await search({ supportPlanType: 'SocialCare', district: STRYI }, searchAgency)).toEqual([
      ids.regionWide,
      ids.stryiOnly,
    ]);
    expect(await search({ supportPlanType: 'Health' }, searchAgency)).toEqual([]);
    expect(await search({ supportPlanType: 'Health', kind: 'emergency-shelter' }, searchAgency)).toEqual([]);
  });

  it('matches words of the name', async () => {
    const named = await create({ name: 'Центр «Світанок»', units: [LVIV] }, as);
    expect(await search({ q: 'світанок' }, searchAgency)).toEqual([named.id]);
  });

  it('rejects a district of another country', async () => {
    const foreign = await caseworker.get('/api/services?district=MD-CA');
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details[0].path).toBe('querystring.district');
  });
});

describe('export', () => {
  it('gives the search results as CSV, formulas defused', async () => {
    const agency = await makeAgency(server.ctx, { unitCodes: [LVIV] });
    const as = await signedIn('provider', { agencyId: agency });
    await create(
      { name: '=HYPERLINK("x")', description: 'Консультації, групи', capacity: 3, freePlaces: 1 },
      as,
    );
    const response = await caseworker.request('GET', `/api/services/export.csv?agencyId=${agency}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (response.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^id,agency,kind,support_plan_type,name,/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain('"Консультації, групи"');
  });
});

describe('changes', () => {
  it('need the current version (If-Match): 428 without, 412 stale', async () => {
    const created = await create();
    const path = `/api/services/${created.id}`;
    expect((await provider.patch(path, { name: 'Renamed' })).status).toBe(428);
    const saved = await provider.patch(path, { name: 'Renamed', kind: 'legal-aid' }, { 'if-match': '"1"' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      name: 'Renamed',
      kind: 'legal-aid',
      supportPlanType: 'Legal',
      version: 2,
    });
    expect(saved.headers.get('etag')).toBe('"2"');
    expect((await provider.patch(path, { name: 'Again' }, { 'if-match': '"1"' })).status).toBe(412);
  });

  it('keeps free places within capacity on a capacity update', async () => {
    const created = await create({ kind: 'emergency-shelter', capacity: 5, freePlaces: 5 });
    const path = `/api/services/${created.id}/capacity`;
    const over = await provider.patch(path, { freePlaces: 6 }, { 'if-match': '"1"' });
    expect(over.status).toBe(400);
    expect(over.body.error.details[0].path).toBe('body.freePlaces');
    const shrink = await provider.patch(
      `/api/services/${created.id}`,
      { capacity: 2 },
      { 'if-match': '"1"' },
    );
    expect(shrink.status).toBe(400);
    expect(shrink.body.error.details[0].path).toBe('body.freePlaces');
    const ok = await caseworker.patch(path, { freePlaces: 2 }, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ capacity: 5, freePlaces: 2, version: 2 });
  });
});

describe('who may do what', () => {
  it('lets no provider of another agency edit the service, nor its caseworkers update places', async () => {
    const created = await create({ kind: 'emergency-shelter', capacity: 5, freePlaces: 5 });
    const edit = await otherProvider.patch(
      `/api/services/${created.id}`,
      { name: 'Mine' },
      { 'if-match': '"1"' },
    );
    expect(edit.status).toBe(403);
    const places = await otherCaseworker.patch(
      `/api/services/${created.id}/capacity`,
      { freePlaces: 0 },
      { 'if-match': '"1"' },
    );
    expect(places.status).toBe(403);
    const onBehalf = await otherProvider.post('/api/services', body({ agencyId }));
    expect(onBehalf.status).toBe(403);
    expect((await caseworker.post('/api/services', body())).status).toBe(403);
    expect((await analyst.post('/api/services', body())).status).toBe(403);
    // Unchanged.
    expect((await provider.get(`/api/services/${created.id}`)).body.version).toBe(1);
  });

  it('lets a coordinator manage any agency of the country', async () => {
    const created = await create({}, coordinator);
    expect(created.agencyId).toBe(otherAgencyId);
    const forAgency = await coordinator.post('/api/services', body({ agencyId }));
    expect(forAgency.status).toBe(201);
    const edit = await coordinator.patch(
      `/api/services/${forAgency.body.id}`,
      { status: 'inactive' },
      {
        'if-match': '"1"',
      },
    );
    expect(edit.status).toBe(200);
    // Inactive: gone from searches and from those who do not manage it.
    expect(await search({})).not.toContain(forAgency.body.id);
    expect((await caseworker.get(`/api/services/${forAgency.body.id}`)).status).toBe(404);
    expect((await provider.get(`/api/services/${forAgency.body.id}`)).status).toBe(200);
  });

  it("hides another country's services (404, not listed)", async () => {
    const foreignAgency = randomUUID();
    await insertAgency(server.ctx.database.db, {
      id: foreignAgency,
      country: 'MD',
      name: `Foreign ${foreignAgency.slice(0, 6)}`,
      kind: 'shelter',
      organisationType: 'NGO',
    });
    const id = randomUUID();
    await insertService(
      server.ctx.database.db,
      {
        id,
        agency_id: foreignAgency,
        country: 'MD',
        kind: 'emergency-shelter',
        support_plan_type: 'SocialCare',
        name: 'Foreign shelter',
        opening_hours: JSON.stringify(ALWAYS),
        capacity: null,
        free_places: null,
        age_min: null,
        age_max: null,
        accreditation_standard: null,
        accreditation_number: null,
        accreditation_valid_until: null,
        phone: null,
        email: null,
        created_by: null,
        updated_by: null,
      },
      ['MD-CA'],
    );
    expect((await coordinator.get(`/api/services/${id}`)).status).toBe(404);
    expect(await search({}, foreignAgency)).toEqual([]);
    const edit = await coordinator.patch(`/api/services/${id}`, { name: 'x' }, { 'if-match': '"1"' });
    expect(edit.status).toBe(404);
  });
});

describe('gaps', () => {
  it('shows each district of a region × kind without an active service as a gap', async () => {
    const before = await analyst.get(`/api/services/gaps?region=${REGION}&kinds=guardianship,safe-return`);
    expect(before.status).toBe(200);
    expect(before.body.rows).toEqual(childrenOf(REGION).map((unit) => unit.code));
    const cell = (response: typeof before, unit: string, kind: string) =>
      response.body.cells.find(
        (c: { unitCode: string; kind: string }) => c.unitCode === unit && c.kind === kind,
      );
    expect(cell(before, STRYI, 'guardianship')).toMatchObject({ services: 0, state: 'gap' });
    await create({ kind: 'guardianship', units: [STRYI] });
    await create({ kind: 'safe-return', units: [REGION] });
    const after = await analyst.get(`/api/services/gaps?region=${REGION}&kinds=guardianship,safe-return`);
    expect(cell(after, STRYI, 'guardianship')).toMatchObject({ services: 1, state: 'covered' });
    expect(cell(after, LVIV, 'guardianship')).toMatchObject({ state: 'gap' });
    for (const row of after.body.rows) expect(cell(after, row, 'safe-return').state).toBe('covered');
    expect(after.body.gaps).toBe(after.body.rows.length - 1);
  });

  it('marks a kind whose only services are full', async () => {
    await create({ kind: 'family-based-care', units: [DROHOBYCH], capacity: 2, freePlaces: 0 });
    const gaps = await analyst.get(`/api/services/gaps?region=${REGION}&kinds=family-based-care`);
    const drohobych = gaps.body.cells.find((c: { unitCode: string }) => c.unitCode === DROHOBYCH);
    expect(drohobych).toMatchObject({ services: 1, freePlaces: 0, state: 'full' });
  });

  it('lists the regions when asked for the country', async () => {
    const country = await analyst.get('/api/services/gaps?kinds=medical');
    expect(country.body.unitCode).toBe('UA');
    expect(country.body.rows).toContain(REGION);
    expect((await analyst.get('/api/services/gaps?region=MD-CA')).status).toBe(400);
  });
});

describe('contract C5 for referrals', () => {
  it('lists the 14 kinds, each with an HTCDS type and names in five languages', () => {
    expect(SERVICE_KINDS).toHaveLength(14);
    for (const info of SERVICE_KINDS)
      expect(Object.keys(info.names).sort()).toEqual(['be', 'en', 'ro', 'ru', 'uk']);
  });

  it('finds a service and moves its free places atomically, never below zero nor above capacity', async () => {
    const created = await create({ kind: 'emergency-shelter', capacity: 2, freePlaces: 1 });
    const db = server.ctx.database.db;
    expect(await findServiceForReferral(db, created.id)).toMatchObject({
      id: created.id,
      agencyId,
      country: 'UA',
      kind: 'emergency-shelter',
      supportPlanType: 'SocialCare',
      status: 'active',
    });
    expect(await findServiceForReferral(db, randomUUID())).toBeNull();
    const results = await Promise.allSettled([
      db.transaction().execute((trx) => adjustFreePlaces(trx, created.id, -1)),
      db.transaction().execute((trx) => adjustFreePlaces(trx, created.id, -1)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ statusCode: 409, code: 'no_free_places' });
    expect(await adjustFreePlaces(db, created.id, 5)).toBe(2);
    const counted = await create({ kind: 'legal-aid' });
    expect(await adjustFreePlaces(db, counted.id, -1)).toBeNull();
  });
});

describe('demo directory', () => {
  it('seeds once, fast, with gaps, full services and expired accreditations', async () => {
    const db = server.ctx.database.db;
    const started = Date.now();
    await seedDirectoryDemo(server.ctx);
    expect(Date.now() - started).toBeLessThan(3000);
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('services')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const after = await count();
    expect(await readSetting(db, 'demo-directory')).toBe(true);
    await seedDirectoryDemo(server.ctx);
    expect(await count()).toBe(after);
    const odesa = await analyst.get(
      '/api/services/gaps?region=UA-51&kinds=family-based-care,emergency-shelter',
    );
    const states = (kind: string) =>
      odesa.body.cells
        .filter((c: { kind: string }) => c.kind === kind)
        .map((c: { state: string }) => c.state);
    expect(states('family-based-care')).toContain('gap');
    expect(states('family-based-care')).toContain('covered');
    expect(states('emergency-shelter')).toContain('full');
    const shelters = await analyst.get(
      `/api/services?kind=emergency-shelter&district=${childrenOf('UA-51')[0]!.code}`,
    );
    expect(shelters.body.items.map((s: { accreditationState: string }) => s.accreditationState)).toContain(
      'expired',
    );
  });

  it('seeds a smaller directory for the MD and BY demos, every unit real', async () => {
    const db = server.ctx.database.db;
    for (const country of ['MD', 'BY'] as const) {
      await writeSetting(db, 'demo-directory', false);
      for (const agency of DEMO_AGENCIES[country])
        await insertAgency(db, {
          id: randomUUID(),
          country,
          name: agency.name,
          kind: agency.kind,
          organisationType: 'NGO',
        });
      const ctx = { ...server.ctx, config: { ...server.ctx.config, country } };
      const before = await db.selectFrom('services').select('id').where('country', '=', country).execute();
      await seedDirectoryDemo(ctx);
      const rows = await db
        .selectFrom('services')
        .select(['kind'])
        .where('country', '=', country)
        .where('id', 'not in', ['00000000-0000-4000-8000-000000000000', ...before.map((r) => r.id)])
        .execute();
      expect(rows).toHaveLength(10);
      expect(new Set(rows.map((r) => r.kind)).size).toBeGreaterThan(6);
    }
  });

  it('survives a backup and restore, arrays, schedules and dates intact', async () => {
    const db = server.ctx.database.db;
    const file = join(mkdtempSync(join(tmpdir(), 'haven-directory-')), 'node.haven.gz');
    await writeBackup(db, file);
    const target = await createTestDatabase();
    try {
      await restoreBackup(target.db, file);
      const read = (from: typeof db) => from.selectFrom('services').selectAll().orderBy('id').execute();
      const districts = (from: typeof db) =>
        from.selectFrom('service_districts').selectAll().orderBy('service_id').orderBy('unit_code').execute();
      const restored = await read(target.db);
      expect(restored.length).toBeGreaterThan(40);
      expect(restored).toEqual(await read(db));
      expect(await districts(target.db)).toEqual(await districts(db));
    } finally {
      await target.close();
    }
  });
});
