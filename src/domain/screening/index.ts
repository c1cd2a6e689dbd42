export * from './answers.ts';
export * from './dimension-rule.ts';
export * from './dimensions.ts';
export * from './evaluate-screening.ts';
export * from './explain.ts';
export * from './indicator-set.ts';
export * from './indicator-sets.ts';
