export * from './htcds.ts';
export * from './labels.ts';
