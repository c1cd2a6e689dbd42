import { z } from 'zod';
import { text } from '../http/text.ts';

// The facts a closure request names (src/domain/exits/closure-evidence.ts). Shapes only: which facts a
// reason needs, real dates and countries are checked by the domain, with a code per field.
export const closureEvidenceBody = z.strictObject({
  effectiveOn: text().max(10).optional(),
  destinationCountry: text().max(2).optional(),
  receivingOrganisationType: text().max(64).optional(),
  lastContactOn: text().max(10).optional(),
  reportedMissingOn: text().max(10).optional(),
  errorKind: text().max(32).optional(),
  duplicateOfCaseId: z.uuid().optional(),
});
