import { afterAll, describe, expect, it } from 'vitest';
import { freshStore, runHaven } from '../helpers/run-haven.ts';

const stores: Array<{ drop(): Promise<void> }> = [];
afterAll(async () => {
  for (const store of stores) await store.drop();
});

// `haven retention`: the periods in force and their overrides, and a run over the demo node (whose
// cases closed recently, so nothing is due) that leaves the audit chain verifiable.
describe('haven retention', { timeout: 900_000 }, () => {
  it('shows and overrides the periods, refuses nonsense, and runs (dry and for real) over a seeded node', async () => {
    const store = await freshStore();
    stores.push(store);
    expect(
      (await runHaven(['seed-demo'], { ...store.env, HAVEN_DEMO_PASSWORD: 'demo-password-for-tests' })).code,
    ).toBe(0);

    const periods = await runHaven(['retention', 'periods'], store.env);
    expect(periods.code).toBe(0);
    expect(periods.stdout).toMatch(/case\.not-a-victim\s+3 years\s+default/);

    const set = await runHaven(['retention', 'set', 'case.closed', '7'], store.env);
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/case\.closed\s+7 years\s+node-setting/);
    expect((await runHaven(['retention', 'set', 'case.closed', 'soon'], store.env)).code).toBe(2);
    expect((await runHaven(['retention', 'set', 'case.forever', '3'], store.env)).code).toBe(2);
    expect((await runHaven(['retention', 'set', 'case.closed', '-1'], store.env)).code).toBe(1);

    const dry = await runHaven(['retention', 'run', '--dry-run'], store.env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/\d+ closed cases examined \(dry run: nothing changed\)/);
    expect(dry.stdout).toContain('0 would be anonymised');

    const run = await runHaven(['retention', 'run'], store.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0 anonymised/);
    const verify = await runHaven(['audit', 'verify'], store.env);
    expect(verify.code).toBe(0);
  });
});
