export * from './closure-evidence.ts';
export * from './exit-rules.ts';
