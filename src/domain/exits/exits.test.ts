import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_CLOSURE_REASONS, type CaseClosureReason } from '../lifecycle/actions.ts';
import { reflectionOfCase, reflectionRuns, REFLECTION_PERIOD_RULES } from '../status/index.ts';
import {
  CLOSURES_DURING_REFLECTION,
  closureEvidenceProblems,
  type DeterminationFacts,
  type ExitFacts,
  exitBlockers,
  isCountryCode,
  needsCoordinatorApproval,
  placementRefusal,
  REQUIRED_EVIDENCE,
  solutionRefusedDuringReflection,
} from './index.ts';

const facts = { today: '2025-06-30', ownCountry: 'UA', caseId: 'case-1', latestBirthYear: 2008 };
const codes = (problems: Array<{ field: string; code: string }>) =>
  problems.map((p) => `${p.field}:${p.code}`);

describe('closure evidence (issue 11 item 1)', () => {
  it('every reason except death names at least one fact, or rests on monitoring (reintegrated)', () => {
    for (const reason of CASE_CLOSURE_REASONS) {
      if (reason === 'deceased' || reason === 'reintegrated') expect(REQUIRED_EVIDENCE[reason]).toEqual([]);
      else expect(REQUIRED_EVIDENCE[reason].length).toBeGreaterThan(0);
      expect(closureEvidenceProblems(reason, {}, facts).every((p) => p.code === 'evidence_required')).toBe(
        true,
      );
    }
    expect(closureEvidenceProblems('deceased', {}, facts)).toEqual([]);
    expect(codes(closureEvidenceProblems('transferred', { destinationCountry: 'PL' }, facts))).toEqual([
      'destinationCountry:evidence_not_allowed',
      'effectiveOn:evidence_required',
      'receivingOrganisationType:evidence_required',
    ]);
    expect(codes(closureEvidenceProblems('moved-abroad', {}, facts))).toEqual([
      'effectiveOn:evidence_required',
      'destinationCountry:evidence_required',
    ]);
  });

  it('a move abroad names a real country other than this one, on a real past date', () => {
    const ok = { effectiveOn: '2025-06-01', destinationCountry: 'PL' };
    expect(closureEvidenceProblems('moved-abroad', ok, facts)).toEqual([]);
    expect(
      codes(closureEvidenceProblems('moved-abroad', { ...ok, destinationCountry: 'UA' }, facts)),
    ).toEqual(['destinationCountry:own_country']);
    expect(
      codes(closureEvidenceProblems('moved-abroad', { ...ok, destinationCountry: 'XQ' }, facts)),
    ).toEqual(['destinationCountry:invalid_country']);
    expect(
      codes(closureEvidenceProblems('moved-abroad', { ...ok, effectiveOn: '2025-02-30' }, facts)),
    ).toEqual(['effectiveOn:invalid_date']);
    expect(
      codes(closureEvidenceProblems('moved-abroad', { ...ok, effectiveOn: '2025-07-01' }, facts)),
    ).toEqual(['effectiveOn:date_in_future']);
    expect(isCountryCode('MD')).toBe(true);
    expect(isCountryCode('md')).toBe(false);
  });

  it('lost contact needs a month without contact and a report to the police after it', () => {
    const ok = { lastContactOn: '2025-05-01', reportedMissingOn: '2025-05-02' };
    expect(closureEvidenceProblems('lost-contact', ok, facts)).toEqual([]);
    expect(
      codes(
        closureEvidenceProblems(
          'lost-contact',
          { lastContactOn: '2025-06-20', reportedMissingOn: '2025-06-10' },
          facts,
        ),
      ),
    ).toEqual(['lastContactOn:contact_too_recent', 'reportedMissingOn:reported_before_last_contact']);
  });

  it('adulthood needs a recorded birth date by which the child is surely 18', () => {
    const evidence = { effectiveOn: '2025-01-01' };
    expect(
      closureEvidenceProblems('reached-adulthood', evidence, { ...facts, latestBirthYear: 2006 }),
    ).toEqual([]);
    expect(codes(closureEvidenceProblems('reached-adulthood', evidence, facts))).toEqual([
      'effectiveOn:not_yet_adult',
    ]);
    expect(
      codes(closureEvidenceProblems('reached-adulthood', evidence, { ...facts, latestBirthYear: null })),
    ).toEqual(['effectiveOn:birth_date_unknown']);
  });

  it('an error names its kind, and a duplicate the other case', () => {
    expect(
      codes(closureEvidenceProblems('opened-in-error', { errorKind: 'duplicate-record' }, facts)),
    ).toEqual(['duplicateOfCaseId:evidence_required']);
    expect(
      codes(
        closureEvidenceProblems(
          'opened-in-error',
          { errorKind: 'duplicate-record', duplicateOfCaseId: 'case-1' },
          facts,
        ),
      ),
    ).toEqual(['duplicateOfCaseId:duplicate_of_itself']);
    expect(closureEvidenceProblems('opened-in-error', { errorKind: 'opened-by-mistake' }, facts)).toEqual([]);
  });
});

const agreeingReturn: DeterminationFacts = {
  solution: 'return',
  riskLevel: 'low',
  returnInBestInterests: true,
};
const base: ExitFacts = {
  reason: 'moved-abroad',
  evidence: { effectiveOn: '2025-06-01', destinationCountry: 'PL' },
  ownCountry: 'UA',
  openAlerts: { safety: 0, retrafficking: 0 },
  reflectionRuns: false,
  determination: agreeingReturn,
  placementType: null,
};

describe('exit rules', () => {
  it("the audit's uncontrolled exit is refused for every reason it failed", () => {
    const blockers = exitBlockers({
      ...base,
      openAlerts: { safety: 1, retrafficking: 1 },
      reflectionRuns: true,
      determination: { solution: 'local-integration', riskLevel: 'high', returnInBestInterests: false },
    });
    expect(blockers).toEqual([
      'SAFETY_ALERT_OPEN',
      'RETRAFFICKING_ALERT_OPEN',
      'REFLECTION_PERIOD_RUNNING',
      'DETERMINATION_DISAGREES',
      'RISK_ASSESSMENT_AGAINST_MOVE',
    ]);
  });

  it('open alerts hold back every closure but death', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASE_CLOSURE_REASONS), (reason: CaseClosureReason) => {
        const blockers = exitBlockers({ ...base, reason, openAlerts: { safety: 1, retrafficking: 0 } });
        expect(blockers.includes('SAFETY_ALERT_OPEN')).toBe(reason !== 'deceased');
      }),
    );
  });

  it('during the reflection period only death and a record opened in error close a case', () => {
    for (const reason of CASE_CLOSURE_REASONS) {
      const blockers = exitBlockers({ ...base, reason, reflectionRuns: true });
      expect(blockers.includes('REFLECTION_PERIOD_RUNNING')).toBe(!CLOSURES_DURING_REFLECTION.has(reason));
    }
    expect([...CLOSURES_DURING_REFLECTION].sort()).toEqual(['deceased', 'opened-in-error']);
  });

  it('a move abroad needs a determination of return or resettlement with a risk assessment that agrees', () => {
    expect(exitBlockers(base)).toEqual([]);
    expect(exitBlockers({ ...base, determination: null })).toEqual(['NO_BEST_INTERESTS_DETERMINATION']);
    expect(
      exitBlockers({
        ...base,
        determination: { solution: 'return', riskLevel: null, returnInBestInterests: null },
      }),
    ).toEqual(['NO_RISK_ASSESSMENT']);
    expect(
      exitBlockers({ ...base, determination: { ...agreeingReturn, returnInBestInterests: false } }),
    ).toEqual(['RISK_ASSESSMENT_AGAINST_MOVE']);
    expect(
      exitBlockers({
        ...base,
        determination: { solution: 'third-country', riskLevel: 'medium', returnInBestInterests: false },
      }),
    ).toEqual([]);
  });

  it('a transfer needs a determination that keeps the child in the country, with a risk assessment', () => {
    const transfer = { ...base, reason: 'transferred' as const, evidence: {} };
    expect(exitBlockers({ ...transfer, determination: null })).toEqual(['NO_BEST_INTERESTS_DETERMINATION']);
    expect(exitBlockers({ ...transfer, determination: agreeingReturn })).toEqual(['DETERMINATION_DISAGREES']);
    expect(
      exitBlockers({
        ...transfer,
        determination: { solution: 'alternative-care', riskLevel: 'high', returnInBestInterests: false },
      }),
    ).toEqual([]);
  });

  it('a move to another member country also needs the national coordinator', () => {
    expect(needsCoordinatorApproval('moved-abroad', { destinationCountry: 'MD' }, 'UA')).toBe(true);
    expect(needsCoordinatorApproval('moved-abroad', { destinationCountry: 'BY' }, 'UA')).toBe(true);
    expect(needsCoordinatorApproval('moved-abroad', { destinationCountry: 'PL' }, 'UA')).toBe(false);
    expect(needsCoordinatorApproval('transferred', { destinationCountry: 'MD' }, 'UA')).toBe(false);
  });
});

describe('placement and closure against the latest determination (Art. 16(7))', () => {
  const refused: DeterminationFacts = {
    solution: 'local-integration',
    riskLevel: 'high',
    returnInBestInterests: false,
  };
  it('a placement with the family is refused when the latest determination chose otherwise', () => {
    expect(placementRefusal('family-reunification', refused)).toBe('determination-chose-otherwise');
    expect(
      placementRefusal('family-reunification', {
        solution: 'family-reunification',
        riskLevel: 'low',
        returnInBestInterests: false,
      }),
    ).toBe('not-in-best-interests');
    expect(
      placementRefusal('family-reunification', { ...agreeingReturn, solution: 'family-reunification' }),
    ).toBeNull();
    expect(placementRefusal('foster-care', refused)).toBeNull();
    expect(placementRefusal('family-reunification', null)).toBeNull();
  });
  it('a closure as reintegrated resting on such a placement is refused', () => {
    expect(
      exitBlockers({
        ...base,
        reason: 'reintegrated',
        placementType: 'family-reunification',
        determination: refused,
      }),
    ).toEqual(['PLACEMENT_AGAINST_DETERMINATION']);
  });
  it('no return or removal is decided during the reflection period', () => {
    expect(solutionRefusedDuringReflection('return', true)).toBe(true);
    expect(solutionRefusedDuringReflection('family-reunification', true)).toBe(true);
    expect(solutionRefusedDuringReflection('third-country', true)).toBe(true);
    expect(solutionRefusedDuringReflection('local-integration', true)).toBe(false);
    expect(solutionRefusedDuringReflection('return', false)).toBe(false);
  });
});

describe('the reflection period of a case (one function for header, Status tab and rules)', () => {
  const rule = REFLECTION_PERIOD_RULES.UA;
  it('runs 30 days from its start, shows nothing once the case is closed, ends with not-a-victim', () => {
    const running = reflectionOfCase({ startsOn: '2025-06-01', stage: 'presumed' }, '2025-06-01', rule);
    expect(running).toMatchObject({ endsOn: '2025-06-30', daysLeft: 30, state: 'running' });
    expect(reflectionRuns(running)).toBe(true);
    expect(
      reflectionRuns(reflectionOfCase({ startsOn: '2025-06-01', stage: 'presumed' }, '2025-07-01', rule)),
    ).toBe(false);
    expect(reflectionOfCase({ startsOn: '2025-06-01', stage: 'closed' }, '2025-06-02', rule)).toBeNull();
    expect(reflectionOfCase({ startsOn: null, stage: 'screening' }, '2025-06-02', rule)).toBeNull();
    const ended = reflectionOfCase({ startsOn: '2025-06-01', stage: 'not-a-victim' }, '2025-06-02', rule);
    expect(ended).toMatchObject({ state: 'ended', daysLeft: 0 });
    expect(reflectionRuns(ended)).toBe(false);
  });
});
