export * from './apply-stage.ts';
export * from './articles.ts';
export * from './child-and-measures.ts';
export * from './stages.ts';
export * from './transitions.ts';
