import { describe, expect, it } from 'vitest';
import { fieldsBeyondMaximum, normalisePackage, PACKAGE_FIELDS, PACKAGE_RULES } from './packages.ts';

describe('referral data packages', () => {
  it('every suggestion lies within its maximum and names known fields', () => {
    for (const [kind, rule] of Object.entries(PACKAGE_RULES)) {
      expect(fieldsBeyondMaximum(kind, rule.suggested), kind).toEqual([]);
      for (const field of rule.maximum) expect(PACKAGE_FIELDS).toHaveProperty([field]);
    }
  });
  it('shelter takes identity basics and health flags, never justice; legal aid takes justice', () => {
    expect(normalisePackage('emergency-shelter')).toEqual([
      'identity.basics',
      'identity.names',
      'health.flags',
    ]);
    expect(fieldsBeyondMaximum('emergency-shelter', ['justice.summary', 'identity.basics'])).toEqual([
      'justice.summary',
    ]);
    expect(normalisePackage('legal-aid')).toContain('justice.summary');
    expect(fieldsBeyondMaximum('legal-aid', ['health.flags'])).toEqual(['health.flags']);
  });
  it('an unknown kind gets the narrowest package', () => {
    expect(normalisePackage('something-new')).toEqual(['identity.basics', 'identity.names']);
    expect(normalisePackage('medical', ['health.flags', 'identity.basics', 'health.flags'])).toEqual([
      'identity.basics',
      'health.flags',
    ]);
  });
});
