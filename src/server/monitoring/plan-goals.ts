// Contract C6 from the plans area: an open assistance-plan goal in a domain satisfies the rule that a
// domain under the plan-action threshold needs a plan action.
export { openGoalsInDomain } from '../plans/plans.service.ts';
