// Reintegration monitoring: visit schedules, well-being assessments, alerts.
// Filled in by the issue that builds it; an empty migration is a no-op.
export const monitoring = `
select 1;
`;
