// The import hub of inbox sources (contract C2). Each area registers its source(s) with
// `registerInboxSource(name, source)` from ./inbox-sources.ts in its own file, at module load, and adds
// ONE import line here, e.g.:
//   import '../referrals/referrals.inbox.ts';
// inbox.service.ts imports this file, so every source is registered before the first request.
import './core-sources.ts';
import '../monitoring/monitoring.inbox.ts';
import '../referrals/referrals.inbox.ts';
import '../plans/plans.inbox.ts';
import '../best-interests/best-interests.inbox.ts';
import '../case-people/guardian.inbox.ts';
import '../justice/non-punishment.inbox.ts';
