/**
 * Every column that holds field-encrypted values, with the associated-data context it was sealed under.
 * Key rotation walks this list: a new encrypted column is not rotated until it is added here.
 */
export const ENCRYPTED_COLUMNS = [
  { table: 'users', idColumns: ['id'], column: 'mfa_secret', context: 'users.mfa_secret' },
  {
    table: 'sessions',
    idColumns: ['token_hash'],
    column: 'pending_mfa_secret',
    context: 'sessions.pending_mfa_secret',
  },
  { table: 'cases', idColumns: ['id'], column: 'sensitive_identity', context: 'cases.sensitive_identity' },
  { table: 'case_actions', idColumns: ['case_id', 'seq'], column: 'reason', context: 'case_actions.reason' },
  { table: 'case_family_members', idColumns: ['id'], column: 'name', context: 'case_family_members.name' },
  {
    table: 'case_family_members',
    idColumns: ['id'],
    column: 'contact',
    context: 'case_family_members.contact',
  },
  { table: 'case_family_members', idColumns: ['id'], column: 'note', context: 'case_family_members.note' },
  { table: 'case_guardians', idColumns: ['case_id'], column: 'name', context: 'case_guardians.name' },
  { table: 'case_guardians', idColumns: ['case_id'], column: 'contact', context: 'case_guardians.contact' },
  {
    table: 'case_guardians',
    idColumns: ['case_id'],
    column: 'appointing_authority',
    context: 'case_guardians.appointing_authority',
  },
  {
    table: 'case_consents',
    idColumns: ['id'],
    column: 'guardian_given_by',
    context: 'case_consents.guardian_given_by',
  },
  {
    table: 'case_consents',
    idColumns: ['id'],
    column: 'withdrawal_reason',
    context: 'case_consents.withdrawal_reason',
  },
  { table: 'case_notes', idColumns: ['id'], column: 'text', context: 'case_notes.text' },
  {
    table: 'case_attachments',
    idColumns: ['id'],
    column: 'file_name',
    context: 'case_attachments.file_name',
  },
  {
    table: 'case_attachment_contents',
    idColumns: ['attachment_id'],
    column: 'content',
    context: 'case_attachment_contents.content',
    // A file may be 10 MiB: re-seal a few at a time, not 500.
    batchSize: 4,
  },
  { table: 'trafficking_events', idColumns: ['id'], column: 'place', context: 'trafficking_events.place' },
  { table: 'screenings', idColumns: ['id'], column: 'answers', context: 'screenings.answers' },
  { table: 'screenings', idColumns: ['id'], column: 'result', context: 'screenings.result' },
  {
    table: 'case_status',
    idColumns: ['case_id'],
    column: 'formal_procedure',
    context: 'case_status.formal_procedure',
  },
  {
    table: 'case_status',
    idColumns: ['case_id'],
    column: 'non_punishment_note',
    context: 'case_status.non_punishment_note',
  },
  {
    table: 'status_decisions',
    idColumns: ['id'],
    column: 'formal_procedure',
    context: 'status_decisions.formal_procedure',
  },
  { table: 'approvals', idColumns: ['id'], column: 'reason', context: 'approvals.reason' },
  { table: 'user_emails', idColumns: ['user_id'], column: 'email', context: 'user_emails.email' },
] as const;
