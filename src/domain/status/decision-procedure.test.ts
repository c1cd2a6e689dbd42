import { describe, expect, it } from 'vitest';
import { decisionProcedure, procedureRecordRequired } from './decision-procedure.ts';
import type { ProcedureCountry } from './formal-procedures.ts';
import { type StatusDecision, validateStatusDecision } from './trafficking-status.ts';

// The decision form asks decisionProcedure which procedure fields to show and require; the server asks
// validateStatusDecision. These tests hold the two to one answer, per country and status.

const TODAY = '2024-06-15';

const form = (
  country: ProcedureCountry,
  status: StatusDecision['status'],
  values: Record<string, string> = {},
  org: string | null = 'NGO',
) => decisionProcedure(country, status, org, values)!;

const shown = (f: ReturnType<typeof form>) => f.fields.map((s) => `${s.field.key}${s.required ? '*' : ''}`);

/** What the server says of the decision the form would send, as field:code. */
function serverSays(
  country: ProcedureCountry,
  status: StatusDecision['status'],
  values: Record<string, string>,
  org: StatusDecision['decidingOrgType'] = 'NGO',
) {
  const record = form(country, status, values, org ?? null).record;
  return validateStatusDecision(
    'possible',
    {
      status,
      decidedOn: '2024-06-01',
      decidedBy: 'user-1',
      decidingOrgType: org,
      country,
      ...(record ? { formalProcedure: { country, values: record } } : {}),
    },
    TODAY,
  ).map((p) => `${p.field}:${p.code}`);
}

describe('the procedure fields of a status decision', () => {
  it('MD: a presumption is the multidisciplinary team’s, so it carries the team’s fields', () => {
    expect(procedureRecordRequired('MD', 'presumed', 'NGO')).toBe(true);
    const empty = form('MD', 'presumed');
    expect(empty.recordRequired).toBe(true);
    expect(shown(empty)).toEqual(['referralDate*', 'multidisciplinaryTeam*']);
    expect(empty.missing).toEqual(['referralDate', 'multidisciplinaryTeam']);
    // The server refuses the same two fields, and nothing else.
    expect(serverSays('MD', 'presumed', {})).toEqual([
      'formalProcedure.referralDate:field_required',
      'formalProcedure.multidisciplinaryTeam:field_required',
    ]);
    const team = { referralDate: '2024-06-01', multidisciplinaryTeam: 'Echipa multidisciplinară Ungheni' };
    expect(form('MD', 'presumed', team).missing).toEqual([]);
    expect(serverSays('MD', 'presumed', team)).toEqual([]);
  });

  it('MD: without the record the presumption is refused once the country is known', () => {
    const bare = (country: ProcedureCountry | undefined) =>
      validateStatusDecision(
        'possible',
        {
          status: 'presumed',
          decidedOn: '2024-06-01',
          decidedBy: 'user-1',
          decidingOrgType: 'NGO',
          ...(country ? { country } : {}),
        },
        TODAY,
      ).map((p) => `${p.field}:${p.code}`);
    expect(bare('MD')).toEqual(['formalProcedure:procedure_required']);
    expect(bare('UA')).toEqual([]);
    expect(bare('BY')).toEqual([]);
  });

  it('MD: victim status adds the recognising body and the decision number', () => {
    const team = { referralDate: '2024-05-01', multidisciplinaryTeam: 'Echipa Ungheni' };
    const granted = form('MD', 'identified', { ...team, outcome: 'granted' }, 'CourtOrProsecution');
    // Recognised by a court: the record is optional, but once sent it is complete.
    expect(granted.recordRequired).toBe(false);
    expect(shown(granted)).toEqual([
      'referralDate*',
      'multidisciplinaryTeam*',
      'decisionDate*',
      'decidingAuthority*',
      'decisionReference*',
      'outcome*',
    ]);
    expect(granted.missing).toEqual(['decisionDate', 'decidingAuthority', 'decisionReference']);
  });

  it('UA: a presumption may carry the application; once begun, the application is complete', () => {
    const empty = form('UA', 'presumed');
    expect(empty.recordRequired).toBe(false);
    expect(empty.sent).toBe(false);
    expect(empty.record).toBeUndefined();
    expect(shown(empty)).toEqual(['applicationDate', 'applicant', 'receivingAuthority', 'interviewDate']);
    expect(serverSays('UA', 'presumed', {})).toEqual([]);
    const begun = form('UA', 'presumed', { applicationDate: '2024-06-01' });
    expect(shown(begun)).toEqual(['applicationDate*', 'applicant*', 'receivingAuthority*', 'interviewDate']);
    expect(begun.missing).toEqual(['applicant', 'receivingAuthority']);
    expect(serverSays('UA', 'presumed', { applicationDate: '2024-06-01' })).toEqual([
      'formalProcedure.applicant:field_required',
      'formalProcedure.receivingAuthority:field_required',
    ]);
  });

  it('UA: an identification by the administration shows the decision; the certificate only when granted', () => {
    const f = form('UA', 'identified', {}, 'NonPoliceGovernmentalOrganization');
    expect(f.recordRequired).toBe(true);
    expect(shown(f)).toEqual([
      'applicationDate*',
      'applicant*',
      'receivingAuthority*',
      'interviewDate',
      'decisionDate*',
      'outcome*',
    ]);
    const granted = form('UA', 'identified', { outcome: 'granted' }, 'NonPoliceGovernmentalOrganization');
    expect(shown(granted)).toContain('certificateNumber*');
    const refused = form('UA', 'identified', { outcome: 'refused' }, 'NonPoliceGovernmentalOrganization');
    expect(shown(refused)).toEqual(
      expect.arrayContaining(['refusalReason*', 'appealFiledOn', 'appealBody', 'appealOutcome']),
    );
    expect(shown(refused)).not.toContain('certificateNumber');
    // Begin the appeal and the rest of it is required: the server says so too.
    const appealing = { outcome: 'refused', appealBody: 'Окружний адміністративний суд' };
    expect(form('UA', 'identified', appealing, 'NonPoliceGovernmentalOrganization').missing).toEqual(
      expect.arrayContaining(['appealFiledOn', 'appealOutcome']),
    );
  });

  it('shows a field only while it applies, and sends only the fields shown', () => {
    // A certificate typed before the outcome was changed to a refusal is not sent (not_applicable).
    const f = form('UA', 'not-a-victim', { outcome: 'refused', certificateNumber: 'ТЛ-1' });
    expect(f.record).toEqual({ outcome: 'refused' });
    // A presumption never sends decision fields.
    expect(form('UA', 'presumed', { decisionDate: '2024-06-01' }).record).toBeUndefined();
    // BY: the route decides which application fields there are.
    expect(shown(form('BY', 'presumed', { route: 'without-criminal-case' }))).toEqual([
      'route*',
      'recognisingBody*',
    ]);
  });

  it('agrees with the server for every country and status: what the form misses is what the server refuses', () => {
    const samples: Record<string, string>[] = [
      {},
      { applicationDate: '2024-06-01' },
      { referralDate: '2024-06-01' },
      { route: 'criminal-case' },
      { outcome: 'refused' },
      { outcome: 'granted', decisionDate: '2024-06-02' },
      { outcome: 'refused', appealBody: 'Court' },
    ];
    for (const country of ['UA', 'MD', 'BY'] as const)
      for (const status of ['presumed', 'identified', 'not-a-victim'] as const)
        for (const org of ['NGO', 'CourtOrProsecution'] as const)
          for (const values of samples) {
            const f = form(country, status, values, org);
            const required = serverSays(country, status, values, org)
              .filter((p) => p.endsWith(':field_required'))
              .map((p) => p.replace(/^formalProcedure\./, '').replace(/:field_required$/, ''));
            expect(f.missing, `${country} ${status} ${org} ${JSON.stringify(values)}`).toEqual(
              required.filter((key) => key !== 'decidingOrgType'),
            );
          }
  });
});
