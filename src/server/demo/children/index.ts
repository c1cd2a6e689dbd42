export { type ChildPlan, type DemoCountry, planDemoChildren, STAGE_PATHS, type StagePath } from './plan.ts';
export { type SeedChildrenOptions, type SeedChildrenResult, seedDemoChildren } from './seed.ts';
