export * from './csv.ts';
export * from './formula.ts';
