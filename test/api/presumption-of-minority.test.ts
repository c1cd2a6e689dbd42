import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// CETS 197 Art. 10(3) tried as a careless or hostile worker would: the checkbox cannot make an adult.

let server: TestServer;
let district: string;
let worker: ApiClient;

const yearsAgo = (years: number, days = 30) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};
const today = () => new Date().toISOString().slice(0, 10);

function newCase(birthDate: unknown, identity: Record<string, unknown> = {}) {
  return worker.post('/api/cases', {
    sensitive: { names: [{ given: 'Olena', family: crypto.randomUUID().slice(0, 8) }], birthDate },
    identity: { gender: 'Feminine', unitCode: district, ...identity },
    duplicatesReviewed: true,
  });
}

const assessment = (result: string) => ({
  assessedOn: today(),
  method: 'multidisciplinary',
  assessedBy: 'Panel of the children’s service',
  result,
  childInformedOn: today(),
  childInformedHow: 'orally-in-own-language',
});

const detailsOf = (body: { error: { details: { path: string; code: string }[] } }) =>
  body.error.details.map((d) => [d.path, d.code]);

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const account = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  worker = new ApiClient(server.url);
  await worker.login(account.username, account.password);
});
afterAll(() => server.close());

describe('presumption of minority', () => {
  it('presumes a child when the age is unknown, and refuses the checkbox that would make an adult', async () => {
    const refused = await newCase({ kind: 'unknown' }, { presumedMinor: false });
    expect(refused.status).toBe(400);
    expect(detailsOf(refused.body)).toEqual([['body.identity.presumedMinor', 'age_assessment_required']]);

    const silent = await newCase({ kind: 'unknown' });
    expect(silent.status).toBe(201);
    expect(silent.body.presumedMinor).toBe(true);
    expect(silent.body.identity.presumedMinor).toBe(true);

    const estimated = await newCase({ kind: 'estimated', from: yearsAgo(19), to: yearsAgo(17) });
    expect(estimated.body.presumedMinor).toBe(true);
  });

  it('sets the flag from a documented child birth date, whatever the checkbox says', async () => {
    const created = await newCase({ kind: 'exact', date: yearsAgo(15) }, { presumedMinor: false });
    expect(created.status).toBe(201);
    expect(created.body.presumedMinor).toBe(true);
  });

  it('refuses an adult birth date with the presumption on, unless the date is disputed', async () => {
    const refused = await newCase({ kind: 'exact', date: yearsAgo(20) }, { presumedMinor: true });
    expect(refused.status).toBe(400);
    expect(detailsOf(refused.body)).toEqual([
      ['body.identity.presumedMinor', 'adult_birth_date_presumed_minor'],
    ]);
    const disputed = await newCase(
      { kind: 'exact', date: yearsAgo(20) },
      { presumedMinor: true, ageDisputed: true },
    );
    expect(disputed.status).toBe(201);
    expect(disputed.body.presumedMinor).toBe(true);
    const adult = await newCase({ kind: 'exact', date: yearsAgo(20) });
    expect(adult.body.presumedMinor).toBe(false);
  });

  it('refuses a birth date in the future or more than 25 years ago', async () => {
    const future = await newCase({ kind: 'exact', date: '2999-01-01' });
    expect(detailsOf(future.body)).toEqual([['body.sensitive.birthDate', 'date_in_future']]);
    const old = await newCase({ kind: 'exact', date: yearsAgo(26) });
    expect(old.status).toBe(400);
    expect(detailsOf(old.body)).toEqual([['body.sensitive.birthDate', 'birth_date_too_old']]);
    const oldRange = await newCase({ kind: 'estimated', from: yearsAgo(30), to: yearsAgo(16) });
    expect(detailsOf(oldRange.body)).toEqual([['body.sensitive.birthDate', 'birth_date_too_old']]);
    const notADay = await newCase({ kind: 'exact', date: '2015-02-30' });
    expect(detailsOf(notADay.body)).toEqual([['body.sensitive.birthDate', 'date_invalid']]);
  });

  it('keeps the presumption on edits until an age assessment lifts it', async () => {
    const created = await newCase({ kind: 'unknown' });
    const id = created.body.id as string;
    const path = `/api/cases/${id}`;
    const unticked = await worker.patch(path, { identity: { presumedMinor: false } }, { 'if-match': '"1"' });
    expect(unticked.status).toBe(400);
    expect(detailsOf(unticked.body)).toEqual([['body.identity.presumedMinor', 'age_assessment_required']]);
    // Typing an adult birth date does not end the presumption either.
    const adultDate = await worker.patch(
      path,
      { sensitive: { birthDate: { kind: 'exact', date: yearsAgo(19) } }, identity: { presumedMinor: false } },
      { 'if-match': '"1"' },
    );
    expect(detailsOf(adultDate.body)).toEqual([['body.identity.presumedMinor', 'age_assessment_required']]);
    expect((await worker.get(path)).body.presumedMinor).toBe(true);

    const inconclusive = await worker.post(`${path}/age-assessments`, assessment('inconclusive'));
    expect(inconclusive.status).toBe(201);
    expect(inconclusive.body.presumedMinor).toBe(true);
    const adult = await worker.post(`${path}/age-assessments`, assessment('adult'));
    expect(adult.status).toBe(201);
    expect(adult.body).toMatchObject({ presumedMinor: false, version: 3 });
    const file = await worker.get(path);
    expect(file.body).toMatchObject({ presumedMinor: false, identity: { presumedMinor: false } });

    const list = await worker.get(`${path}/age-assessments`);
    expect(list.body.items.map((a: { result: string }) => a.result)).toEqual(['inconclusive', 'adult']);
    expect(list.body.items[1]).toMatchObject({ assessedBy: 'Panel of the children’s service' });
    const log = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', id)
      .execute();
    expect(log.map((e) => e.action)).toContain('case.age-assessment.create');
    expect(JSON.stringify(log)).not.toContain('Panel');
  });

  it('refuses careless assessments: missing fields, future dates, the child told before, adult against a child’s papers', async () => {
    const created = await newCase({ kind: 'exact', date: yearsAgo(14) });
    const path = `/api/cases/${created.body.id}/age-assessments`;
    const empty = await worker.post(path, { result: 'adult' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body.assessedOn', 'body.method', 'body.assessedBy', 'body.childInformedOn']),
    );
    const future = await worker.post(path, { ...assessment('child'), assessedOn: '2999-01-01' });
    expect(detailsOf(future.body)).toContainEqual(['body.assessedOn', 'date_in_future']);
    const before = await worker.post(path, { ...assessment('child'), childInformedOn: yearsAgo(1) });
    expect(detailsOf(before.body)).toEqual([['body.childInformedOn', 'informed_before_assessment']]);
    const againstPapers = await worker.post(path, assessment('adult'));
    expect(detailsOf(againstPapers.body)).toEqual([['body.result', 'contradicts_birth_date']]);
  });
});
