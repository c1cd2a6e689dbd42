// The referral workflow between agencies and the services delivered to the child.
// Filled in by the issue that builds it; an empty migration is a no-op.
export const referrals = `
select 1;
`;
