// What was done about a safety or re-trafficking alert (issue 11 item 1). A closure waits until every
// alert is resolved with one of these outcomes, so the file shows how the danger was answered, not only
// that someone clicked "resolved". The note says the rest in the worker's words (sealed).
export const ALERT_OUTCOMES = [
  /** The danger was checked and is gone (e.g. contact with the exploiter ended). */
  'danger-removed',
  /** A safety plan is agreed with the child and the carer and is being followed. */
  'safety-plan-agreed',
  /** The child was moved to a safe place. */
  'child-moved-to-safety',
  /** The police or prosecutor were informed and act on it. */
  'reported-to-police',
  /** The alert was checked and found not to be founded (e.g. a wrongly entered score). */
  'unfounded',
  /** Alerts resolved before outcomes were recorded (migration 018); not offered for new resolutions. */
  'recorded-before-outcomes',
] as const;
export type AlertOutcome = (typeof ALERT_OUTCOMES)[number];

/** The outcomes a person may choose when resolving an alert now. */
export const SELECTABLE_ALERT_OUTCOMES = ALERT_OUTCOMES.filter(
  (outcome) => outcome !== 'recorded-before-outcomes',
) as Exclude<AlertOutcome, 'recorded-before-outcomes'>[];
