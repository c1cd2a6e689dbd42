// Notifications, the inbox, and approvals (one four-eyes mechanism for plans, best-interests decisions, closure and consent overrides).
// Filled in by the issue that builds it; an empty migration is a no-op.
export const notificationsApprovals = `
select 1;
`;
