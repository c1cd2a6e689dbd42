// Full national lists of units (Ukraine's P-code table, `haven geo import`): a unit keeps the official
// code it was listed under, and a unit that drops out of a newer list is retired, never deleted —
// old records still point at it.
export const geographyComplete = `
alter table admin_units add column pcode text;
alter table admin_units add column retired_at timestamptz;
create unique index admin_units_pcode on admin_units (pcode) where pcode is not null;
`;
