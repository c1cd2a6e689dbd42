// Issue 11 item 1: an alert is resolved with a recorded outcome (src/domain/monitoring/alert-outcomes.ts),
// not only a note. Alerts resolved before this migration keep their note and are marked as such.
export const alertOutcomes = `
alter table monitoring_alerts add column resolution_outcome text
  check (resolution_outcome in ('danger-removed', 'safety-plan-agreed', 'child-moved-to-safety',
    'reported-to-police', 'unfounded', 'recorded-before-outcomes'));
update monitoring_alerts set resolution_outcome = 'recorded-before-outcomes' where resolved_at is not null;
alter table monitoring_alerts add constraint monitoring_alerts_resolved_with_outcome
  check ((resolved_at is null) = (resolution_outcome is null));
`;
