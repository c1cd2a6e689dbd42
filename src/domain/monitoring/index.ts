export * from './domains.ts';
export * from './items.ts';
export * from './rules.ts';
export * from './schedule.ts';
export * from './scoring.ts';
export * from './settings.ts';
export * from './thresholds.ts';
export * from './alert-outcomes.ts';
