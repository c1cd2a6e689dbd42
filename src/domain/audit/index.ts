// What a person did to a case, in the words of the case access log (docs/data-protection.md). Shared by
// the server, which classifies audit entries (src/server/audit/access-kinds.ts), and the web client's filter.
export const ACCESS_KINDS = ['read', 'reveal', 'change', 'export', 'break-glass'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];
