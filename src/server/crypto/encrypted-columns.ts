/**
 * Every column that holds field-encrypted values, with the associated-data context it was sealed under.
 * Key rotation walks this list: a new encrypted column is not rotated until it is added here.
 */
export const ENCRYPTED_COLUMNS = [
  { table: 'users', idColumn: 'id', column: 'mfa_secret', context: 'users.mfa_secret' },
  {
    table: 'sessions',
    idColumn: 'token_hash',
    column: 'pending_mfa_secret',
    context: 'sessions.pending_mfa_secret',
  },
] as const;
