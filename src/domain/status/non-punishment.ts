/**
 * Non-punishment (CoE Convention Art. 26): a child is not to be penalised for offences they were
 * compelled to commit as a consequence of being trafficked (begging, theft, drug couriering, border
 * offences). The flag tells police, prosecutors and courts the question must be considered.
 */
export interface NonPunishmentFlag {
  flagged: boolean;
  /** Which offences and why they stem from the trafficking; required when flagged. */
  note: string | null;
}

export interface NonPunishmentProblem {
  code: 'note_required';
  message: string;
}

export function validateNonPunishmentFlag(flag: NonPunishmentFlag): NonPunishmentProblem[] {
  if (flag.flagged && (typeof flag.note !== 'string' || flag.note.trim() === '')) {
    return [
      {
        code: 'note_required',
        message: 'Say which offences the flag concerns and how they relate to the trafficking.',
      },
    ];
  }
  return [];
}
