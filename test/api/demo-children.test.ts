import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, findUnit } from '../../src/domain/geo/index.ts';
import {
  planDemoChildren,
  seedDemoChildren,
  type SeedChildrenResult,
} from '../../src/server/demo/children/index.ts';
import { regionOfUnit } from '../../src/server/demo/children/places.ts';
import { romanise } from '../../src/server/demo/children/translit.ts';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// The demo children: a small seed through the real services into a test database, and the pure plan
// for all three countries.

let server: TestServer;
let result: SeedChildrenResult;
let caseworker: ApiClient;
let coordinator: ApiClient;
const policeUnit = childrenOf('UA-30')[0]!.code;
const localUnit = childrenOf('UA-51')[0]!.code;

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  // The demo accounts seedDemoChildren works with, as seedDemo creates them.
  const css = await makeAgency(server.ctx, { unitCodes: ['UA-30'] });
  const juvenile = await makeAgency(server.ctx, { kind: 'juvenile-police', unitCodes: [policeUnit] });
  const mdt = await makeAgency(server.ctx, { kind: 'multidisciplinary-team', unitCodes: [localUnit] });
  const national = await makeAgency(server.ctx, { kind: 'national-coordinator', unitCodes: ['UA'] });
  await makeUser(server.ctx, {
    role: 'caseworker',
    scope: 'own',
    agencyId: css,
    username: 'demo-caseworker',
  });
  await makeUser(server.ctx, {
    role: 'supervisor',
    scope: 'agency',
    agencyId: css,
    username: 'demo-supervisor',
  });
  await makeUser(server.ctx, {
    role: 'police',
    scope: 'district',
    unitCode: policeUnit,
    agencyId: juvenile,
    username: 'demo-police',
  });
  await makeUser(server.ctx, {
    role: 'localcoord',
    scope: 'district',
    unitCode: localUnit,
    agencyId: mdt,
    username: 'demo-localcoord',
  });
  const c = await makeUser(server.ctx, {
    role: 'coordinator',
    scope: 'country',
    agencyId: national,
    username: 'demo-coordinator',
  });
  result = await seedDemoChildren(server.ctx, { count: 30 });
  caseworker = new ApiClient(server.url);
  coordinator = new ApiClient(server.url);
  await caseworker.login('demo-caseworker', c.password);
  await coordinator.login('demo-coordinator', c.password);
}, 120_000);
afterAll(() => server.close());

describe('seedDemoChildren', () => {
  it('creates the children through the services, spread over stages, places, ages and scripts', async () => {
    expect(result.created).toBe(30);
    expect(result.nearDuplicates).toBeGreaterThanOrEqual(1);
    expect(Object.keys(result.stages).length).toBeGreaterThanOrEqual(6);
    for (const stage of ['screening', 'presumed', 'assistance', 'closed', 'not-a-victim'])
      expect(result.stages[stage], stage).toBeGreaterThan(0);

    const list = await coordinator.get('/api/cases?pageSize=100');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(30);
    const items: Array<{ unitCode: string; ageBand: string; gender: string; stage: string }> =
      list.body.items;
    expect(new Set(items.map((i) => i.unitCode)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(items.map((i) => regionOfUnit(i.unitCode))).size).toBeGreaterThanOrEqual(3);
    expect(new Set(items.map((i) => i.ageBand)).size).toBeGreaterThanOrEqual(3);
    expect(items.filter((i) => i.gender === 'Feminine').length).toBeGreaterThan(5);
    expect(items.filter((i) => i.gender === 'Masculine').length).toBeGreaterThan(5);
  });

  it('leaves genuine action logs: a closed case was requested by one person and approved by another', async () => {
    const list = await coordinator.get('/api/cases?stage=closed&pageSize=100');
    const closed = list.body.items[0];
    const history = await coordinator.get(`/api/cases/${closed.id}/history`);
    const types = history.body.items.map((i: { type: string }) => i.type);
    expect(types[0]).toBe('open');
    expect(types).toContain('request-closure');
    expect(types.at(-1)).toBe('approve-closure');
    const request = history.body.items.findLast((i: { type: string }) => i.type === 'request-closure');
    const approval = history.body.items.at(-1);
    expect(request.actorId).not.toBe(approval.actorId);
    expect(request.reason).toBeTruthy();
  });

  it('records trafficking histories, guardians and consents through their services', async () => {
    expect(result.historyRecords).toBeGreaterThan(20);
    const list = await coordinator.get('/api/cases?stage=assistance&pageSize=100');
    const withTypes = list.body.items.filter(
      (i: { exploitationTypes: string[] }) => i.exploitationTypes.length > 0,
    );
    expect(withTypes.length).toBeGreaterThan(0);
    const type = withTypes[0].exploitationTypes[0];
    const filtered = await coordinator.get(`/api/cases?exploitationType=${type}&pageSize=100`);
    expect(filtered.body.total).toBeGreaterThan(0);
    const events = await coordinator.get(`/api/cases/${withTypes[0].id}/events`);
    expect(events.status).toBe(200);
    expect(events.body.items.map((e: { type: string }) => e.type)).toContain('Recruitment');
  });

  it('finds a child by a transliterated name', async () => {
    const plan = planDemoChildren('UA', { count: 30, policeUnit, localTeamUnit: localUnit });
    // A child registered only in Cyrillic, looked up by the passport Latin form and by the Russian ICAO one.
    const child = plan.find((p) => p.duplicateOf === null && p.names.every((n) => n.kind !== 'latin'))!;
    const caseId = result.caseIds[child.index]!;
    const [given, family] = [child.names[0]!.given, child.names[0]!.family];
    for (const q of [
      `${romanise('ua2010', given)} ${romanise('ua2010', family)}`,
      romanise('icao2013', family),
    ]) {
      const found = await coordinator.get(`/api/cases?q=${encodeURIComponent(q)}&pageSize=100`);
      expect(found.status).toBe(200);
      expect(
        found.body.items.map((i: { id: string }) => i.id),
        q,
      ).toContain(caseId);
    }
  });

  it('registers the deliberate near-duplicates so the duplicate check finds the first registration', async () => {
    const plan = planDemoChildren('UA', { count: 30, policeUnit, localTeamUnit: localUnit });
    const dup = plan.find((p) => p.duplicateOf !== null)!;
    const check = await caseworker.post('/api/cases/duplicate-check', {
      sensitive: { names: dup.names, birthDate: dup.birthDate },
      identity: { gender: dup.identity.gender },
    });
    expect(check.status).toBe(200);
    const firstId = result.caseIds[dup.duplicateOf!]!;
    expect(check.body.candidates.map((c: { caseId: string }) => c.caseId)).toContain(firstId);
  });
});

describe('planDemoChildren', () => {
  it('is deterministic: the same seed gives the same children', () => {
    const a = planDemoChildren('UA', { count: 50, today: '2026-01-15' });
    const b = planDemoChildren('UA', { count: 50, today: '2026-01-15' });
    expect(a).toEqual(b);
    const c = planDemoChildren('UA', { count: 50, today: '2026-01-15', seed: 'another' });
    expect(c.map((p) => p.names[0])).not.toEqual(a.map((p) => p.names[0]));
  });

  for (const country of ['UA', 'MD', 'BY'] as const) {
    it(`${country}: names in the country's scripts, real places, mostly 9–17, no repeated name and birth`, () => {
      const plans = planDemoChildren(country, { count: 300, today: '2026-01-15' });
      expect(plans).toHaveLength(300);
      for (const p of plans) expect(findUnit(p.identity.unitCode), p.identity.unitCode).toBeDefined();
      const all = plans.flatMap((p) => p.names.map((n) => `${n.given} ${n.family}`));
      const cyrillic = all.filter((n) => /\p{Script=Cyrillic}/u.test(n)).length;
      const latin = all.filter((n) => /^[\p{Script=Latin}\s-]+$/u.test(n)).length;
      expect(cyrillic).toBeGreaterThan(30);
      expect(latin).toBeGreaterThan(30);
      if (country === 'MD') {
        expect(all.some((n) => /[șțăâî]/.test(n))).toBe(true);
        expect(all.some((n) => /ciuc\b/.test(n))).toBe(true);
      }
      if (country === 'BY') expect(all.some((n) => /[ўі]/.test(n))).toBe(true);
      const keys = plans
        .filter((p) => p.duplicateOf === null)
        .map((p) => `${p.names[0]!.given} ${p.names[0]!.family}|${JSON.stringify(p.birthDate)}`);
      expect(new Set(keys).size).toBe(keys.length);
      const dups = plans.filter((p) => p.duplicateOf !== null);
      expect(dups.length).toBeGreaterThanOrEqual(3);
      for (const d of dups) {
        const first = plans[d.duplicateOf!]!;
        expect(d.birthDate).toEqual(first.birthDate);
        expect(`${d.names[0]!.given} ${d.names[0]!.family}`).not.toBe(
          `${first.names[0]!.given} ${first.names[0]!.family}`,
        );
      }
      const exact = plans.filter((p) => p.birthDate.kind === 'exact');
      const ages = exact.map((p) => 2026 - Number((p.birthDate as { date: string }).date.slice(0, 4)));
      expect(ages.filter((a) => a >= 9 && a <= 18).length / ages.length).toBeGreaterThan(0.65);
      expect(ages.some((a) => a < 9)).toBe(true);
      expect(plans.some((p) => p.birthDate.kind === 'unknown')).toBe(true);
      expect(plans.some((p) => p.birthDate.kind === 'estimated')).toBe(true);
      expect(new Set(plans.map((p) => p.path)).size).toBe(9);
    });
  }
});
