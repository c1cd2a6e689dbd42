// Individual assistance plans and best-interests assessments and determinations.
// Filled in by the issue that builds it; an empty migration is a no-op.
export const plansBestInterests = `
select 1;
`;
