export * from './agency-kinds.ts';
