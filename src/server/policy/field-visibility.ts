// The one place that decides which fields of a child's data a caller sees. Every response field is
// filed under a class here; a test walks every response schema of the OpenAPI document and fails on a
// field with no class, so a new field cannot ship unfiled. `visibleFields` applies the classes to a
// value with the caller's field groups on that case (fieldGroupsAt / fieldGroupsOnCase); `seesField`
// answers the same question for figures that aggregate a field (dashboards, inbox, notifications).
import { PACKAGE_FIELDS } from '../../domain/referrals/index.ts';
import type { FieldGroup } from './policy.ts';

/**
 * - a field group: child data of that group; everything inside it is covered by the same class;
 * - 'case': child data every reader of the case sees; its inner fields are filed one by one;
 * - 'none': not a child's data (ids, versions, accounts, agencies, services, reference lists, settings);
 *   everything inside is covered;
 * - a function: the class depends on the record (a health note, a psychological service delivered),
 *   decided from the record that holds the field and the records around it (nearest first).
 */
export type FieldClass =
  | FieldGroup
  | 'case'
  | 'none'
  | ((holders: ReadonlyArray<Record<string, unknown>>) => FieldGroup | 'case');

const HEALTH_SERVICE_KINDS: ReadonlyArray<unknown> = ['medical', 'psychological'];
const HEALTH_DOMAINS: ReadonlyArray<unknown> = ['health', 'psychosocial'];
const RECORD_CLASS_GROUPS: ReadonlyArray<unknown> = ['health', 'justice', 'exploitation', 'identity'];

/** A note or file carries its confidentiality class; a plan text its goal's domain. */
const byRecord = (holders: ReadonlyArray<Record<string, unknown>>): FieldGroup | 'case' => {
  for (const holder of holders) {
    if (RECORD_CLASS_GROUPS.includes(holder.class)) return holder.class as FieldGroup;
    if (HEALTH_SERVICE_KINDS.includes(holder.serviceKind)) return 'health';
    if (HEALTH_DOMAINS.includes(holder.domain)) return 'health';
  }
  return 'case';
};

const file = (fields: string, cls: FieldClass) =>
  fields
    .split(/\s+/)
    .filter(Boolean)
    .map((f) => [f, cls] as const);

/**
 * Keyed by field name, or by `parent.field` where the same name means different things (the nearest
 * named parent: arrays add no name). The more specific key wins.
 */
export const FIELD_CLASSES: Readonly<Record<string, FieldClass>> = Object.fromEntries([
  ...file(
    `absoluteExpiresAt accreditation accreditationState act action actorAgencyId actorAgencyName actorId
     actorName actorUsername added access agencyId agencyName ageMax ageMin allowed allowedActions
     allowedEvents alwaysOpen apps assessmentId assessorId assessorName at authorId authorName
     authorityAgencyId authorityAgencyName authorityName available basis canManage capacity caseCode caseId
     caseload casesWithOverdueVisits cells closes closureAtLeast closureConsecutiveReviews code confirmedAt
     contentType count country createdAt createdBy current day decidedAt decidedBy decidedByName description
     displayName edition eligibility email engine entityId entityType evidenceSources familyMemberId
     fieldGroups found freePlaces gaps generatedAt genders grade grades hiddenSections id identification
     idleExpiresAt idleTimeoutSeconds inForceId indicatorSetVersion indicators keptCase kinds label
     lastSignInAt level lineageId lists locale lockedUntil marked mayDecide mayOpenCase mayRecordService
     mayStartVersion mayWrite mergedInto mfaEnabled mfaRequired next notRequired openCases openNow
     openingHours opens operations organisationType otpauthUri ownerAgencyId ownerAgencyName ownerName
     ownerUserId packageFields page panel parentCode phone planActionBelow planGoalId proceedingId
     proposedAt proposedBy publisher qrDataUrl readAt recipientAgencyId recipientAgencyName recipientCaseId
     recordedAt recordedBy recordedEventShowsAct recoveryCodes reference referralId reminderDays requestedAt
     requestedBy requestedByName requesterAgencyId resolvedBy responsibleAgencyId responsibleAgencyName
     reunificationTargetId role roles rows rule rulePage scanned scheduleMonths scope screenedAt screenedBy
     secret senderAgencyId senderAgencyName senderName senderUserId seq serviceId serviceName session
     settings side stages standard subjectId subjectType submittedAt submittedBy supersededBy title toVerify
     total unavailableSources unitCodes units unread unreadNotifications updatedAt uploadedAt uploadedBy
     user userId userName username validUntil verify version visitId vocabularies weekly wording
     havenIndicators size fileNameKind closureBlockers required details
     receipt nodeId nodeAddress fingerprint signingKey encryptionKey kty crv x messageId destination
     nextHop threadId attempts nextAttemptAt lastError relayed deliveredAt origin receivedAt appliedAt
     ownerTeamId teamId members`,
    'none',
  ),
  ...file(
    `items identity gender presumedMinor ageBand birthYears from to unitCode regionCode stage status overdue
     nextDeadline citizenships stateless languages unaccompanied nameCount visits visit plannedOn doneOn
     monthsAfter timing started startedOn placementType events fromState toState type payload reason
     urgency sentAt answeredAt closedAt dueAt dueOn state cancelReason declineReason overrideReason
     purpose childAssent howInformed expiresOn withdrawnAt serviceKind deliveredOn outcome services
     servicesDelivered goals domain supportPlanType actions reviewOn plannedEnd actualEnd number list
     decision solution durableSolution safeContact relation class candidates caseA caseB agreements
     classification score weight field totals overdueVisits visitsOverdue overdueReferrals
     referralsOverdue planActions openGoals htcdsStatus decidingOrgType decidedOn formalProcedure
     legalBasis values reflectionPeriod startsOn endsOn daysLeft pendingClosure on date given kind
     byStage`,
    'case',
  ),
  ...file(
    `names given family patronymic alias birthDate documents contacts contact address name guardian
     guardianConsent givenBy ageAssessment identityA identityB value issuingCountry appointedOn
     appointingAuthority`,
    'identity',
  ),
  ...file(
    `exploitationTypes answers dimensions dimension indicatorIds havenIndicatorIds suggestion
     traffickingStatus isDecision explanation positive counts strong medium weak indicatorId source
     evidence dateFrom dateTo place controlMethods recruitmentMethods labourIndustry sexExploitationType
     relationshipToTrafficker durationDays familyAssessment riskAssessment riskReview retraffickingCount
     implicated exploitation reopenCount crossBorder`,
    'exploitation',
  ),
  ...file(
    `disability missedReason assessment assessments alerts domainScores overall caregiverView childView
     childViews options reasons openAlerts openSafetyAlerts worsening latestOverall previousOverall
     itemIds itemId raisedAt resolvedAt resolutionNote assessedOn health psychosocial safety economic
     education legal family.family whoPresent heardOn howHeard views guardianPresent option pros cons`,
    'health',
  ),
  ...file(
    `proceedings perpetrators nonPunishment compensation legalAid measures measure decisions articles
     childRole openedOn stageHistory offence nextStages nationalities sex amount currency provider
     proceedingsByStage`,
    'justice',
  ),
  // Sign-in ceremonies, accounts and grants, emergency accesses, legal holds: about users, not the child.
  ...file(
    `accountId accountName active actors allowCredentials attestation authenticatorSelection breakGlass
     challenge excludeCredentials expiresAt extensions hints lastUsedAt passkey pendingGrants
     pubKeyCredParams rp rpId timeout userVerification userAgencyName reviewerName reviewedAt startedAt
     possibleMatchOutsideReach accessLogTruncated setAt setById setByName liftedAt liftedById liftedByName
     withheld`,
    'none',
  ),
  // The subject-access export gates its sections by field group itself (withheld lists what it left out);
  // the registry files each section under the same group.
  ...file(
    'reviewNote liftReason accessLog accessSummary case consents history referrals retention open',
    'case',
  ),
  ...file(
    `plans attachments notes openedAt childAssentGiven childAssentDate guardianConsentGiven
     guardianConsentDate planNumber planStatus fieldsShared recordType years endsAt legalHolds reads
     reveals changes exports firstAt lastAt`,
    'case',
  ),
  ['sensitive', 'identity'],
  // A search result: why it matched (a name match reaches only callers who see identities), and who it is.
  ['matchedOn', 'case'],
  ['who', 'identity'],
  // A referral's child as its package sent the identity basics (age band and gender).
  ['child', 'identity'],
  ['screenings', 'exploitation'],
  ['traffickingHistory', 'exploitation'],
  ['bestInterests', 'exploitation'],
  ['justice', 'justice'],
  ['monitoring', 'health'],
  ['resolutionOutcome', 'health'],
  // Presumption of minority and the age assessment (issue 11 item 2).
  ['ageDisputed', 'case'],
  ['personId', 'none'],
  ...file('result childInformedOn childInformedHow', 'identity'),
  // A referral package: each part under the group the package rules file it under.
  ['package', 'case'],
  ...Object.entries(PACKAGE_FIELDS).map(([part, group]) => [`package.${part}`, group] as const),
  ['familyMember', 'justice'],
  // The same name in another place.
  ['names.given', 'identity'],
  ['childAssent.given', 'case'],
  ['guardianConsent.given', 'identity'],
  ['items.items', 'health'],
  ['assessment.items', 'health'],
  ['domainScores.family', 'health'],
  ['settings.family', 'none'],
  ['contacts.phone', 'identity'],
  ['contacts.email', 'identity'],
  ['birthDate.date', 'identity'],
  ['ageAssessment.date', 'identity'],
  ['ageAssessment.method', 'identity'],
  ['access.assessments', 'none'],
  ['access.record', 'none'],
  ['monitoring.alerts', 'health'],
  ['totals.openSafetyAlerts', 'health'],
  ['totals.worsening', 'health'],
  ['items.name', 'identity'],
  // Child data whose class depends on the record that holds it.
  ['note', byRecord],
  ['text', byRecord],
  ['objective', byRecord],
  ['fileName', byRecord],
  ['conclusion', 'identity'],
  ['method', 'identity'],
  ['assessedBy', 'identity'],
  ['record', 'none'],
  ['resolveAlerts', 'none'],
]);

/** The class of a field, by `parent.field` first, then by its name; undefined when it is unfiled. */
export function classOfField(parent: string | null, field: string): FieldClass | undefined {
  return (parent !== null ? FIELD_CLASSES[`${parent}.${field}`] : undefined) ?? FIELD_CLASSES[field];
}

function resolve(
  cls: FieldClass,
  holders: ReadonlyArray<Record<string, unknown>>,
): FieldGroup | 'case' | 'none' {
  return typeof cls === 'function' ? cls(holders) : cls;
}

/**
 * May a caller with these groups (on the case the field belongs to) see it? Unfiled fields are not
 * seen: failing closed, while the schema walk test catches them before they ship.
 */
export function seesField(
  groups: ReadonlyArray<FieldGroup>,
  field: string,
  parent: string | null = null,
  holders: ReadonlyArray<Record<string, unknown>> = [],
): boolean {
  const cls = classOfField(parent, field);
  if (cls === undefined) return false;
  const resolved = resolve(cls, holders);
  return resolved === 'case' || resolved === 'none' || groups.includes(resolved);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * The value as a caller with these field groups may see it: every field of a group the caller lacks
 * on this case becomes null (response schemas keep such fields nullable). 'none' and group-filed
 * fields the caller holds are passed through whole; 'case' fields are walked field by field.
 */
export function visibleFields<T>(
  value: T,
  groups: ReadonlyArray<FieldGroup>,
  /** The field that holds `value` in its response, when it is not the whole response. */
  heldIn: string | null = null,
): T {
  const walk = (
    node: unknown,
    parent: string | null,
    holders: ReadonlyArray<Record<string, unknown>>,
  ): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, parent, holders));
    if (!isRecord(node)) return node;
    const around = [node, ...holders];
    const out: Record<string, unknown> = {};
    for (const [field, inner] of Object.entries(node)) {
      const cls = classOfField(parent, field);
      const resolved = cls === undefined ? undefined : resolve(cls, around);
      if (
        resolved === undefined ||
        (resolved !== 'case' && resolved !== 'none' && !groups.includes(resolved))
      )
        out[field] = null;
      else out[field] = resolved === 'case' ? walk(inner, field, around) : inner;
    }
    return out;
  };
  return walk(value, heldIn, []) as T;
}
