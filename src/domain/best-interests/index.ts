export * from './durable-solution.ts';
