// The import hub of approval kinds (contract C3). Each area registers its kind(s) in its own file with
// `registerApprovalKind(kind, { decideAction, onDecision })` from ./approvals.service.ts, at module load,
// and adds ONE import line here, e.g.:
//   import '../plans/plans.approvals.ts';
// approvals.routes.ts imports this file, so every kind is registered before the first request. Requesting
// an approval of a kind nobody registered fails loudly (500 and a log line), never silently.

import '../closure/closure.approvals.ts';
import '../plans/plans.approvals.ts';
import '../referrals/referrals.approvals.ts';
import '../users/grants.approvals.ts';
