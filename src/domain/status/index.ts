export * from './calendar-date.ts';
export * from './decision-procedure.ts';
export * from './formal-procedures.ts';
export * from './non-punishment.ts';
export * from './reflection-period.ts';
export * from './trafficking-status.ts';
export * from './validate-procedure.ts';
