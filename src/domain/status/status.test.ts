import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.ts';
import { TraffickingStatus } from '../vocabularies/index.ts';
import { addDays, calendarDateIn } from './calendar-date.ts';
import { FORMAL_PROCEDURES } from './formal-procedures.ts';
import { validateNonPunishmentFlag } from './non-punishment.ts';
import { reflectionPeriod, reflectionPeriodFromPresumption } from './reflection-period.ts';
import {
  CHILD_TRAFFICKING_STATUSES,
  HTCDS_TRAFFICKING_STATUS,
  type StatusDecision,
  validateStatusDecision,
} from './trafficking-status.ts';
import { validateFormalProcedureRecord } from './validate-procedure.ts';

const TODAY = '2024-06-15';

describe('trafficking status', () => {
  it('maps every status to an HTCDS value', () => {
    for (const status of CHILD_TRAFFICKING_STATUSES) {
      expect(TraffickingStatus).toContain(HTCDS_TRAFFICKING_STATUS[status]);
    }
    expect(HTCDS_TRAFFICKING_STATUS.presumed).toBe('PossibleVictimOfTrafficking');
    expect(HTCDS_TRAFFICKING_STATUS.identified).toBe('ActualVictimOfTrafficking');
  });

  const decision = (over: Partial<StatusDecision>): StatusDecision => ({
    status: 'identified',
    decidedOn: '2024-06-01',
    decidedBy: 'user-1',
    // Recognised in proceedings: no formal procedure of its own is needed (see the tests below).
    decidingOrgType: 'CourtOrProsecution',
    ...over,
  });
  const codes = (previous: Parameters<typeof validateStatusDecision>[0], d: StatusDecision) =>
    validateStatusDecision(previous, d, TODAY).map((p) => `${p.field}:${p.code}`);

  it('allows possible → presumed → identified and refuses going back', () => {
    expect(codes(null, decision({ status: 'possible' }))).toEqual([]);
    expect(codes('possible', decision({ status: 'presumed' }))).toEqual([]);
    expect(codes('presumed', decision({}))).toEqual([]);
    expect(codes('identified', decision({ status: 'presumed' }))).toEqual(['status:invalid_status_change']);
    expect(codes('not-a-victim', decision({ status: 'presumed' }))).toEqual([]);
  });

  it('needs the deciding body type for a formal outcome, a date not in the future and who decided', () => {
    expect(codes('presumed', decision({ decidingOrgType: undefined }))).toEqual([
      'decidingOrgType:field_required',
      'formalProcedure:procedure_required',
    ]);
    expect(codes('presumed', decision({ decidedOn: '2024-07-01', decidedBy: ' ' }))).toEqual([
      'decidedOn:date_in_future',
      'decidedBy:field_required',
    ]);
  });

  it('checks the formal procedure record attached to a decision', () => {
    const d = decision({ formalProcedure: { country: 'UA', values: { applicationDate: '2024-05-01' } } });
    expect(codes('presumed', d)).toEqual([
      'formalProcedure.applicant:field_required',
      'formalProcedure.receivingAuthority:field_required',
      'formalProcedure.decisionDate:field_required',
      'formalProcedure.outcome:field_required',
    ]);
  });

  const ua = {
    applicationDate: '2024-05-01',
    applicant: 'Mother (legal representative)',
    receivingAuthority: 'Kharkiv district state administration',
  };
  const viaProcedure = (status: StatusDecision['status'], values: Record<string, string>) =>
    decision({
      status,
      decidingOrgType: 'NonPoliceGovernmentalOrganization',
      formalProcedure: { country: 'UA', values },
    });

  it('UA: an identification needs Resolution 417’s decision date, outcome and certificate number', () => {
    expect(codes('presumed', decision({ decidingOrgType: 'NonPoliceGovernmentalOrganization' }))).toEqual([
      'formalProcedure:procedure_required',
    ]);
    expect(codes('presumed', viaProcedure('identified', ua))).toEqual([
      'formalProcedure.decisionDate:field_required',
      'formalProcedure.outcome:field_required',
    ]);
    expect(
      codes(
        'presumed',
        viaProcedure('identified', { ...ua, decisionDate: '2024-06-01', outcome: 'granted' }),
      ),
    ).toEqual(['formalProcedure.certificateNumber:field_required']);
    expect(
      codes(
        'presumed',
        viaProcedure('identified', {
          ...ua,
          decisionDate: '2024-06-01',
          outcome: 'granted',
          certificateNumber: 'C-1',
        }),
      ),
    ).toEqual([]);
  });

  it('UA: a refusal names its reason and keeps the child presumed; an appeal follows only a refusal', () => {
    const refused = { ...ua, decisionDate: '2024-06-01', outcome: 'refused' };
    expect(codes('possible', viaProcedure('presumed', refused))).toEqual([
      'formalProcedure.refusalReason:field_required',
    ]);
    const withReason = { ...refused, refusalReason: 'Documents insufficient' };
    expect(codes('possible', viaProcedure('presumed', withReason))).toEqual([]);
    expect(codes('presumed', viaProcedure('identified', withReason))).toEqual([
      'formalProcedure.outcome:outcome_mismatch',
    ]);
    expect(codes('possible', viaProcedure('presumed', { ...withReason, certificateNumber: 'C-1' }))).toEqual([
      'formalProcedure.certificateNumber:not_applicable',
    ]);
    const appeal = { appealFiledOn: '2024-06-05', appealBody: 'District administrative court' };
    expect(codes('possible', viaProcedure('presumed', { ...withReason, ...appeal }))).toEqual([
      'formalProcedure.appealOutcome:field_required',
    ]);
    expect(
      codes('possible', viaProcedure('presumed', { ...withReason, ...appeal, appealOutcome: 'pending' })),
    ).toEqual([]);
    expect(
      codes(
        'presumed',
        viaProcedure('identified', { ...withReason, ...appeal, appealOutcome: 'overturned' }),
      ),
    ).toEqual([]);
    expect(
      codes(
        'possible',
        viaProcedure('presumed', {
          ...ua,
          decisionDate: '2024-06-01',
          outcome: 'granted',
          certificateNumber: 'C',
          ...appeal,
          appealOutcome: 'pending',
        }),
      ),
    ).toEqual([
      'formalProcedure.appealFiledOn:appeal_without_refusal',
      'formalProcedure.outcome:outcome_mismatch',
    ]);
    expect(
      codes('possible', viaProcedure('presumed', { ...ua, outcome: 'maybe', decisionDate: '2024-06-01' })),
    ).toEqual(['formalProcedure.outcome:invalid_choice']);
  });

  it('MD: the team presumes, the prosecution body or court recognises the victim', () => {
    const team = { referralDate: '2024-05-01', multidisciplinaryTeam: 'Ungheni territorial team' };
    const md = (status: StatusDecision['status'], values: Record<string, string>) =>
      codes(
        'possible',
        decision({
          status,
          decidingOrgType: 'NonPoliceGovernmentalOrganization',
          formalProcedure: { country: 'MD', values },
        }),
      );
    expect(md('presumed', team)).toEqual([]);
    expect(md('identified', { ...team, decisionDate: '2024-06-01', outcome: 'granted' })).toEqual([
      'formalProcedure.decidingAuthority:field_required',
      'formalProcedure.decisionReference:field_required',
    ]);
    expect(FORMAL_PROCEDURES.MD.receivedBy.en).toMatch(/presumed victim/);
    expect(FORMAL_PROCEDURES.MD.decidedBy.en).toMatch(/victim status/);
  });

  it('UA: the body that receives the application is not the one that decides', () => {
    expect(FORMAL_PROCEDURES.UA.receivedBy.en).toMatch(/local state administration/i);
    expect(FORMAL_PROCEDURES.UA.decidedBy.en).toMatch(/Ministry of Social Policy/);
  });
});

describe('formal procedures', () => {
  it('are complete in every locale for UA, MD and BY', () => {
    for (const procedure of Object.values(FORMAL_PROCEDURES)) {
      for (const locale of LOCALES) expect(procedure.legalBasis[locale]).not.toBe('');
      for (const field of procedure.fields)
        for (const locale of LOCALES) expect(field.label[locale]).not.toBe('');
    }
  });

  it('accepts a UA procedure under way, then asks for the certificate once decided', () => {
    const applied = {
      applicationDate: '2024-05-01',
      applicant: 'Mother (legal representative)',
      receivingAuthority: 'Kharkiv district state administration',
    };
    expect(validateFormalProcedureRecord({ country: 'UA', values: applied }, TODAY)).toEqual([]);
    const decided = { ...applied, decisionDate: '2024-04-01' };
    expect(
      validateFormalProcedureRecord({ country: 'UA', values: decided }, TODAY).map((p) => p.code),
    ).toEqual(['date_order', 'field_required']);
  });

  it('refuses unknown fields, bad dates and unknown countries', () => {
    const problems = validateFormalProcedureRecord(
      {
        country: 'MD',
        values: { referralDate: '2024-02-30', multidisciplinaryTeam: 'Ungheni', colour: 'red' },
      },
      TODAY,
    );
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'colour:unknown_field',
      'referralDate:invalid_date',
    ]);
    expect(validateFormalProcedureRecord({ country: 'PL' as never, values: {} }, TODAY)[0]!.code).toBe(
      'unknown_country',
    );
  });

  it('BY: recognition in a criminal case needs the case; assistance without one needs the recognising body', () => {
    const fields = (values: Record<string, string>) =>
      validateFormalProcedureRecord({ country: 'BY', values }, TODAY).map((p) => `${p.field}:${p.code}`);
    expect(fields({ recognitionDate: '2024-06-01' })).toEqual([
      'route:field_required',
      'outcome:field_required',
    ]);
    expect(fields({ route: 'criminal-case', recognitionDate: '2024-06-01', outcome: 'granted' })).toEqual([
      'criminalCaseNumber:field_required',
      'investigatingAuthority:field_required',
      'caseOpenedDate:field_required',
    ]);
    expect(
      fields({
        route: 'without-criminal-case',
        recognisingBody: 'Minsk district internal affairs department',
        recognitionDate: '2024-06-01',
        outcome: 'granted',
      }),
    ).toEqual([]);
    expect(fields({ route: 'without-criminal-case', recognisingBody: 'X', criminalCaseNumber: '1' })).toEqual(
      ['criminalCaseNumber:not_applicable'],
    );
  });
});

describe('recovery and reflection period', () => {
  it('runs 30 calendar days including the first, then ends', () => {
    expect(reflectionPeriod('2024-03-01', '2024-03-01')).toEqual({
      startsOn: '2024-03-01',
      endsOn: '2024-03-30',
      daysLeft: 30,
      state: 'running',
    });
    expect(reflectionPeriod('2024-03-01', '2024-03-23')).toMatchObject({ daysLeft: 8, state: 'running' });
    expect(reflectionPeriod('2024-03-01', '2024-03-24')).toMatchObject({ daysLeft: 7, state: 'ending-soon' });
    expect(reflectionPeriod('2024-03-01', '2024-03-30')).toMatchObject({ daysLeft: 1, state: 'ending-soon' });
    expect(reflectionPeriod('2024-03-01', '2024-03-31')).toMatchObject({ daysLeft: 0, state: 'ended' });
  });

  it('never runs shorter than 30 days (CoE Art. 13), but may run longer', () => {
    expect(reflectionPeriod('2024-01-01', '2024-01-01', { days: 10, endingSoonDays: 7 }).endsOn).toBe(
      '2024-01-30',
    );
    expect(reflectionPeriod('2024-01-01', '2024-01-01', { days: 90, endingSoonDays: 14 }).endsOn).toBe(
      '2024-03-30',
    );
  });

  it('is not moved by daylight-saving changes or leap days', () => {
    // Europe switches to summer time on 31 March 2024 and back on 27 October.
    expect(reflectionPeriod('2024-03-15', '2024-04-13')).toMatchObject({ endsOn: '2024-04-13', daysLeft: 1 });
    expect(reflectionPeriod('2024-10-20', '2024-11-18')).toMatchObject({ endsOn: '2024-11-18', daysLeft: 1 });
    expect(reflectionPeriod('2024-02-15', '2024-02-15').endsOn).toBe('2024-03-15');
  });

  it('starts on the presumption day in the country’s own time zone', () => {
    // 22:30 UTC on 31 May is already 1 June in Kyiv (UTC+3 in summer).
    expect(calendarDateIn('2024-05-31T22:30:00Z', 'Europe/Kyiv')).toBe('2024-06-01');
    expect(reflectionPeriodFromPresumption('2024-05-31T22:30:00Z', '2024-06-01', 'UA').startsOn).toBe(
      '2024-06-01',
    );
    expect(() => reflectionPeriod('2024-13-01', TODAY)).toThrow(RangeError);
  });

  it('counts down one day per day and never goes below zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 60 }),
        (startDay, offset) => {
          const startsOn = addDays('1990-01-01', startDay);
          const today = reflectionPeriod(startsOn, addDays(startsOn, offset));
          const tomorrow = reflectionPeriod(startsOn, addDays(startsOn, offset + 1));
          expect(today.daysLeft).toBe(Math.max(0, 30 - offset));
          expect(tomorrow.daysLeft).toBe(Math.max(0, today.daysLeft - 1));
        },
      ),
    );
  });
});

describe('non-punishment flag', () => {
  it('needs a note when set', () => {
    expect(validateNonPunishmentFlag({ flagged: true, note: '' })[0]?.code).toBe('note_required');
    expect(validateNonPunishmentFlag({ flagged: true, note: 'Theft while forced to steal' })).toEqual([]);
    expect(validateNonPunishmentFlag({ flagged: false, note: null })).toEqual([]);
  });
});
