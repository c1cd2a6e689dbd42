import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStageChange, type StageEntry } from './apply-stage.ts';
import { CRIMINAL_CODE_ARTICLES, isKnownArticle } from './articles.ts';
import {
  PROCEEDING_OUTCOMES,
  PROCEEDING_STAGES,
  type ProceedingOutcome,
  type ProceedingStage,
  VERDICT_OUTCOMES,
} from './stages.ts';
import { INITIAL_STAGES, OUTCOME_REQUIRED, STAGE_TRANSITIONS } from './transitions.ts';

const TODAY = '2026-06-30';
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function reachable(from: ProceedingStage): Set<ProceedingStage> {
  const seen = new Set<ProceedingStage>([from]);
  const queue = [from];
  while (queue.length > 0)
    for (const next of STAGE_TRANSITIONS[queue.shift()!])
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  return seen;
}

describe('proceeding stage transitions (data)', () => {
  it('reach every stage from a report, and can always end in closed', () => {
    expect([...reachable('report')].sort()).toEqual([...PROCEEDING_STAGES].sort());
    for (const stage of PROCEEDING_STAGES) expect(reachable(stage).has('closed')).toBe(true);
  });

  it('never move a stage onto itself', () => {
    for (const stage of PROCEEDING_STAGES) expect(STAGE_TRANSITIONS[stage]).not.toContain(stage);
  });

  it('name each article once per country; the three anchor articles are there', () => {
    for (const list of Object.values(CRIMINAL_CODE_ARTICLES))
      expect(new Set(list.map((a) => a.article)).size).toBe(list.length);
    expect(isKnownArticle('UA', '149') && isKnownArticle('MD', '165') && isKnownArticle('MD', '206')).toBe(
      true,
    );
    expect(isKnownArticle('BY', '181') && isKnownArticle('BY', '181-1')).toBe(true);
    expect(isKnownArticle('UA', '181')).toBe(false);
  });
});

const change = fc.record({
  to: fc.constantFrom(...PROCEEDING_STAGES),
  offset: fc.integer({ min: -5, max: 40 }),
  outcome: fc.option(fc.constantFrom(...PROCEEDING_OUTCOMES), { nil: null }),
});

describe('applyStageChange (properties)', () => {
  it('keeps the history a dated path through the transition table, whatever is proposed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INITIAL_STAGES),
        fc.array(change, { maxLength: 30 }),
        (start, changes) => {
          let history: StageEntry[] = [{ stage: start, on: day(0) }];
          let outcome: ProceedingOutcome | null = null;
          let last = 0;
          for (const proposed of changes) {
            last += proposed.offset;
            const result = applyStageChange(
              history,
              outcome,
              { to: proposed.to, on: day(Math.max(last, -1)), outcome: proposed.outcome },
              TODAY,
            );
            if (!result.ok) continue;
            const before = history.at(-1)!;
            expect(STAGE_TRANSITIONS[before.stage]).toContain(result.stage);
            expect(result.history.at(-1)!.on >= before.on).toBe(true);
            if (OUTCOME_REQUIRED.has(result.stage)) expect(result.outcome).not.toBeNull();
            if (result.stage === 'verdict') expect(VERDICT_OUTCOMES.has(result.outcome!)).toBe(true);
            history = result.history;
            outcome = result.outcome;
          }
          for (let i = 1; i < history.length; i++) {
            expect(STAGE_TRANSITIONS[history[i - 1]!.stage]).toContain(history[i]!.stage);
            expect(history[i]!.on >= history[i - 1]!.on).toBe(true);
          }
        },
      ),
    );
  });

  it('refuses a move the table does not list, a date before the last stage, or one in the future', () => {
    const history: StageEntry[] = [{ stage: 'investigation', on: '2025-03-01' }];
    expect(
      applyStageChange(history, null, { to: 'verdict', on: '2025-04-01', outcome: 'conviction' }, TODAY),
    ).toMatchObject({ ok: false, code: 'invalid_stage_transition' });
    expect(applyStageChange(history, null, { to: 'indictment', on: '2025-02-01' }, TODAY)).toMatchObject({
      ok: false,
      code: 'date_before_previous',
    });
    expect(applyStageChange(history, null, { to: 'indictment', on: '2027-01-01' }, TODAY)).toMatchObject({
      ok: false,
      code: 'invalid_date',
    });
    expect(applyStageChange(history, null, { to: 'closed', on: '2025-04-01' }, TODAY)).toMatchObject({
      ok: false,
      code: 'outcome_required',
    });
    expect(
      applyStageChange(history, null, { to: 'closed', on: '2025-04-01', outcome: 'conviction' }, TODAY),
    ).toMatchObject({ ok: false, code: 'invalid_outcome' });
  });

  it('keeps the verdict under appeal and clears the outcome on reopening', () => {
    const atVerdict: StageEntry[] = [
      { stage: 'trial', on: '2025-01-01' },
      { stage: 'verdict', on: '2025-02-01' },
    ];
    const appealed = applyStageChange(atVerdict, 'conviction', { to: 'appeal', on: '2025-03-01' }, TODAY);
    expect(appealed).toMatchObject({ ok: true, stage: 'appeal', outcome: 'conviction' });
    const closed: StageEntry[] = [{ stage: 'closed', on: '2025-01-01' }];
    expect(
      applyStageChange(closed, 'closed-lack-of-evidence', { to: 'investigation', on: '2025-05-01' }, TODAY),
    ).toMatchObject({ ok: true, outcome: null });
  });
});
