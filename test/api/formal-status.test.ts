import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf } from '../../src/domain/geo/index.ts';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 11 item 4: each country's formal procedure names the fields its decision needs and they are
// required for that decision; a refusal and an appeal are recorded paths. One node per country.

type Node = { server: TestServer; worker: ApiClient; district: string };
const nodes: Partial<Record<'UA' | 'MD' | 'BY', Node>> = {};

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function startNode(country: 'UA' | 'MD' | 'BY', region: string): Promise<Node> {
  const server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none', HAVEN_COUNTRY: country });
  const district = childrenOf(region)[0]?.code ?? region;
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const account = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  const worker = new ApiClient(server.url);
  expect((await worker.login(account.username, account.password)).status).toBe(200);
  return { server, worker, district };
}

beforeAll(async () => {
  nodes.UA = await startNode('UA', 'UA-30');
  nodes.MD = await startNode('MD', 'MD-CU');
  nodes.BY = await startNode('BY', 'BY-HM');
});
afterAll(async () => {
  for (const node of Object.values(nodes)) await node?.server.close();
});

async function openCase(node: Node) {
  const created = await node.worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Status', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: node.district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function decide(node: Node, id: string, body: Record<string, unknown>) {
  const etag = (await node.worker.get(`/api/cases/${id}/status`)).headers.get('etag')!;
  return node.worker.post(`/api/cases/${id}/status-decisions`, body, { 'if-match': etag });
}

const paths = (response: { body: { error: { details: Array<{ path: string }> } } }) =>
  response.body.error.details.map((d) => d.path);

const presume = { status: 'presumed', decidingOrgType: 'NGO', decidedOn: daysAgo(10), reason: 'Screening' };
const byAdministration = {
  decidingOrgType: 'NonPoliceGovernmentalOrganization',
  decidedOn: daysAgo(2),
  reason: 'Procedure concluded',
};

describe('Ukraine, Resolution 417: received by the local state administration, decided by the Ministry', () => {
  const applied = {
    applicationDate: daysAgo(9),
    applicant: 'Мати дитини',
    receivingAuthority: 'Київська міська державна адміністрація',
  };

  it('refuses an identification with no procedure, or with no decision date, outcome and certificate', async () => {
    const node = nodes.UA!;
    const id = await openCase(node);
    expect((await decide(node, id, presume)).status).toBe(200);
    const bare = await decide(node, id, { status: 'identified', ...byAdministration });
    expect(bare.status).toBe(400);
    expect(bare.body.error.code).toBe('validation_failed');
    expect(paths(bare)).toEqual(['body.formalProcedure']);
    expect(bare.body.error.details[0].message).toMatch(/formal procedure/);
    const undecided = await decide(node, id, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: applied,
    });
    expect(undecided.status).toBe(400);
    expect(paths(undecided)).toEqual(['body.formalProcedure.decisionDate', 'body.formalProcedure.outcome']);
    const noCertificate = await decide(node, id, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: { ...applied, decisionDate: daysAgo(2), outcome: 'granted' },
    });
    expect(paths(noCertificate)).toEqual(['body.formalProcedure.certificateNumber']);
    const granted = await decide(node, id, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: {
        ...applied,
        decisionDate: daysAgo(2),
        outcome: 'granted',
        certificateNumber: 'ТЛ-2024-17',
      },
    });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({
      status: 'identified',
      formalProcedure: { values: { outcome: 'granted' } },
    });
  });

  it('a refusal names its reason; an appeal against it that overturns it leads to the identification', async () => {
    const node = nodes.UA!;
    const id = await openCase(node);
    expect((await decide(node, id, presume)).status).toBe(200);
    const refusal = { ...applied, decisionDate: daysAgo(5), outcome: 'refused' };
    const notVictim = await decide(node, id, {
      status: 'not-a-victim',
      ...byAdministration,
      formalProcedure: refusal,
    });
    expect(paths(notVictim)).toEqual(['body.formalProcedure.refusalReason']);
    const withReason = { ...refusal, refusalReason: 'Not enough documents' };
    const identifiedOnRefusal = await decide(node, id, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: withReason,
    });
    expect(paths(identifiedOnRefusal)).toEqual(['body.formalProcedure.outcome']);
    const appeal = { appealFiledOn: daysAgo(4), appealBody: 'Окружний адміністративний суд' };
    const halfAppeal = await decide(node, id, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: { ...withReason, ...appeal },
    });
    expect(paths(halfAppeal)).toEqual(['body.formalProcedure.appealOutcome', 'body.formalProcedure.outcome']);
    const overturned = await decide(node, id, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: { ...withReason, ...appeal, appealOutcome: 'overturned' },
    });
    expect(overturned.status).toBe(200);
    expect(overturned.body.formalProcedure.values).toMatchObject({
      outcome: 'refused',
      appealOutcome: 'overturned',
    });
  });

  it('records a refusal as a not-a-victim finding; an appeal on a grant is refused', async () => {
    const node = nodes.UA!;
    const id = await openCase(node);
    const appealOnGrant = await decide(node, id, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: {
        ...applied,
        decisionDate: daysAgo(2),
        outcome: 'granted',
        certificateNumber: 'ТЛ-1',
        appealFiledOn: daysAgo(1),
        appealBody: 'Суд',
        appealOutcome: 'pending',
      },
    });
    expect(paths(appealOnGrant)).toEqual(['body.formalProcedure.appealFiledOn']);
    const refused = await decide(node, id, {
      status: 'not-a-victim',
      ...byAdministration,
      formalProcedure: {
        ...applied,
        decisionDate: daysAgo(2),
        outcome: 'refused',
        refusalReason: 'No indicators',
      },
    });
    expect(refused.status).toBe(200);
    expect(refused.body.status).toBe('not-a-victim');
  });

  it('needs no procedure of its own when police or a court already recognised the child', async () => {
    const node = nodes.UA!;
    const id = await openCase(node);
    const byCourt = await decide(node, id, {
      status: 'identified',
      decidingOrgType: 'CourtOrProsecution',
      decidedOn: daysAgo(1),
      reason: 'Recognised as a victim in the criminal proceedings',
    });
    expect(byCourt.status).toBe(200);
  });
});

describe('Moldova, Law 241/2005: presumed victim by the team, victim status by the prosecution or a court', () => {
  it('presumes through the team and requires the recognising body and decision number for victim status', async () => {
    const node = nodes.MD!;
    const id = await openCase(node);
    const team = { referralDate: daysAgo(9), multidisciplinaryTeam: 'Echipa multidisciplinară Buiucani' };
    // The presumption is the team's decision: neither a status decision without its record nor the
    // lifecycle's "presume" button may skip it.
    const noRecord = await decide(node, id, presume);
    expect(noRecord.status).toBe(400);
    expect(paths(noRecord)).toEqual(['body.formalProcedure']);
    expect((await node.worker.get(`/api/cases/${id}/actions`)).body.available).not.toContain('presume');
    const etag = (await node.worker.get(`/api/cases/${id}`)).headers.get('etag')!;
    const button = await node.worker.post(
      `/api/cases/${id}/actions`,
      { type: 'presume' },
      { 'if-match': etag },
    );
    expect(button.status).toBe(422);
    expect(button.body.error.code).toBe('status_decision_required');
    const presumed = await decide(node, id, { ...presume, formalProcedure: team });
    expect(presumed.status).toBe(200);
    expect(presumed.body.formalProcedure.legalBasis).toMatch(/241\/2005/);
    const incomplete = await decide(node, id, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: { ...team, decisionDate: daysAgo(2), outcome: 'granted' },
    });
    expect(paths(incomplete)).toEqual([
      'body.formalProcedure.decidingAuthority',
      'body.formalProcedure.decisionReference',
    ]);
    const victim = await decide(node, id, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: {
        ...team,
        decisionDate: daysAgo(2),
        outcome: 'granted',
        decidingAuthority: 'Procuratura mun. Chișinău',
        decisionReference: 'Ordonanța nr. 12',
      },
    });
    expect(victim.status).toBe(200);
  });
});

describe('Belarus: a criminal case, or assistance without one', () => {
  it('requires the criminal case on that path and the recognising body on the other', async () => {
    const node = nodes.BY!;
    const viaCase = await openCase(node);
    const noCase = await decide(node, viaCase, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: { route: 'criminal-case', recognitionDate: daysAgo(2), outcome: 'granted' },
    });
    expect(paths(noCase)).toEqual([
      'body.formalProcedure.criminalCaseNumber',
      'body.formalProcedure.investigatingAuthority',
      'body.formalProcedure.caseOpenedDate',
    ]);
    const without = await openCase(node);
    const assisted = await decide(node, without, {
      status: 'identified',
      ...byAdministration,
      formalProcedure: {
        route: 'without-criminal-case',
        recognisingBody: 'РУВД Центрального района г. Минска',
        recognitionDate: daysAgo(2),
        outcome: 'granted',
      },
    });
    expect(assisted.status).toBe(200);
    expect(assisted.body.formalProcedure.values.route).toBe('without-criminal-case');
  });
});
