export * from './action-labels.ts';
export * from './actions.ts';
export { type ApplyResult, applyAction } from './apply-action.ts';
export * from './case-status.ts';
export * from './fold-actions.ts';
export * from './rejections.ts';
export * from './stages.ts';
export * from './state.ts';
export * from './transitions.ts';
