import { foundation } from './001-foundation.ts';

/** Ordered, append-only: never edit a migration that has shipped; add the next one. */
export const MIGRATIONS: ReadonlyArray<{ id: string; sql: string }> = [
  { id: '001-foundation', sql: foundation },
];
