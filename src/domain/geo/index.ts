export * from './admin-unit.ts';
export * from './countries.ts';
export * from './tree.ts';
