export * from './plan-status.ts';
