// The case access log reads the audit entries about one case: those on the case itself and those on its
// parts (a plan, a visit, a referral) whose details name the case. The expression must stay identical
// to CASE_OF_ENTRY_SQL in src/server/audit/access-kinds.ts, or the planner will not use the index.
export const caseAccessLog = `
create index audit_log_case on audit_log (
  (coalesce(details->>'caseId', case when entity_type = 'case' then entity_id end)),
  seq
);
`;
