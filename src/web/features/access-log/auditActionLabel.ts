// The audit log stores precise action names (`case.read`, `case.identity.reveal`, `case.break-glass` …);
// people reading an access log get them in words, in their language (issue 12). The labels live in
// locales/auditActions/<lang>.json under `auditActions.labels`, one flat key per action with each dot
// written `__` (i18next reads dots as nesting, and `case.search` is an action as well as the start of
// `case.search.reveal`). auditActionLabel.test.ts fails when an action the server writes has no label.
import type { TFunction } from 'i18next';

/** The catalogue key of an action's label: `case.identity.reveal` → `auditActions.labels.case__identity__reveal`. */
export function auditActionKey(action: string): string {
  return `auditActions.labels.${action.replaceAll('.', '__')}`;
}

/** The action in words; an action without a label (an older or newer server) still reads as something. */
export function auditActionLabel(t: TFunction, action: string): string {
  const key = auditActionKey(action);
  const label = action ? t(key, { defaultValue: '' }) : '';
  return label && label !== key ? label : t('auditActions.other', { action });
}
