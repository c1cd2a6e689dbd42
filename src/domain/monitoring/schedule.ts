// The review schedule: visits due a number of calendar months after reunification or placement.
// A month later than the start day that does not exist (31 January + 1 month) falls on the last day
// of that month, so every due date is a real date and the order of visits is kept.
import type { MonitoringSettings } from './settings.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** startedOn + months, clamped to the end of the month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month1 = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month1));
  return `${String(year).padStart(4, '0')}-${pad(month1)}-${pad(day)}`;
}

export type ScheduledVisit = { monthsAfter: number; dueOn: string };

export function reviewSchedule(startedOn: string, settings: Pick<MonitoringSettings, 'scheduleMonths'>) {
  return [...new Set(settings.scheduleMonths)]
    .filter((months) => Number.isInteger(months) && months > 0)
    .sort((a, b) => a - b)
    .map((monthsAfter): ScheduledVisit => ({ monthsAfter, dueOn: addMonths(startedOn, monthsAfter) }));
}

export type VisitTiming = 'later' | 'due-soon' | 'overdue';

/** A planned visit is due soon within the reminder window and overdue once its day has passed. */
export function visitTiming(plannedOn: string, today: string, reminderDays: number): VisitTiming {
  if (plannedOn < today) return 'overdue';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + reminderDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return plannedOn <= soon ? 'due-soon' : 'later';
}
