// The service directory, referrals between agencies and services delivered.
// Filled in by the issue that builds it; an empty migration is a no-op.
export const servicesReferrals = `
select 1;
`;
