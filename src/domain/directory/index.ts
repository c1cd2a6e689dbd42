export * from './accreditation.ts';
export * from './coverage.ts';
export * from './eligibility.ts';
export * from './gaps.ts';
export * from './opening-hours.ts';
export * from './ranking.ts';
export * from './service-kinds.ts';
