// Grants under four eyes (issue 10, defect 1): a grant that opens case data waits for a second
// administrator. The request is an approval of kind 'grant-change' (one mechanism for every four-eyes
// decision), so approvals may now concern an account rather than a case: case_id becomes optional.
// grant_requests holds the complete set of grants the account is to have once the approval is given.
export const grantRequests = `
alter table approvals alter column case_id drop not null;

create table grant_requests (
  approval_id uuid primary key references approvals(id),
  user_id uuid not null references users(id),
  -- [{ role, scope, unitCode }]: roles and scopes only, no personal data.
  grants jsonb not null
);
create index grant_requests_user on grant_requests (user_id);
`;
