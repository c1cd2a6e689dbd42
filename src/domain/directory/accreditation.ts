// Accreditation against a national quality standard (e.g. MD GD 898/2015 on minimum quality standards
// for social services; UA Ministry of Social Policy standards). An expired accreditation reads as none.

export type Accreditation = { standard: string; number: string | null; validUntil: string | null };
export type AccreditationState = 'accredited' | 'expired' | 'none';

/** `today` is the calendar date (YYYY-MM-DD) in the country of the service. No end date = open-ended. */
export function accreditationState(accreditation: Accreditation | null, today: string): AccreditationState {
  if (!accreditation) return 'none';
  if (accreditation.validUntil !== null && accreditation.validUntil < today) return 'expired';
  return 'accredited';
}
