// The service directory: providers' services, eligibility, coverage, capacity, accreditation.
// Filled in by the issue that builds it; an empty migration is a no-op.
export const serviceDirectory = `
select 1;
`;
