// Stored answers of idempotent creates hold what the create returned — a family member's name, a note's
// text — so they are sealed with the field cipher like the records themselves (they were plain JSON).
// Keys live for retries only: dropping the old plain ones loses nothing a client may still need.
export const idempotencySealed = `
delete from idempotency_keys;
alter table idempotency_keys drop column response;
alter table idempotency_keys add column response text not null;
`;
