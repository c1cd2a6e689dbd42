// The child in the justice process: proceedings, protective measures, perpetrators.
// Filled in by the issue that builds it; an empty migration is a no-op.
export const justice = `
select 1;
`;
