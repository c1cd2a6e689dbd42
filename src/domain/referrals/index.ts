export * from './deadlines.ts';
export * from './holidays.ts';
export * from './packages.ts';
export * from './states.ts';
