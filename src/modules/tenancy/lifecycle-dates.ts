import type { FieldIssue } from '../../platform/http/app-error.js';

export interface LifecycleDates {
  lifecycle: 'planned' | 'pilot' | 'live' | 'ended';
  pilotStart: string | null;
  liveStart: string | null;
  endedOn: string | null;
}

/**
 * A tenant's lifecycle must fit its dates: a pilot has a pilot start, regular
 * operation a start, an ended tenant an end date, and the dates follow each other.
 * Checked on the merged record (a partial update plus what is stored), so an
 * update cannot leave the tenant inconsistent. Hannover went live without a pilot,
 * so a live tenant needs no pilot start.
 */
export function lifecycleDateIssues(t: LifecycleDates): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (t.lifecycle === 'pilot' && !t.pilotStart)
    issues.push({ field: 'pilotStart', message: 'Für den Pilotbetrieb bitte den Pilotbeginn angeben.' });
  if (t.lifecycle === 'live' && !t.liveStart)
    issues.push({ field: 'liveStart', message: 'Für den Regelbetrieb bitte dessen Beginn angeben.' });
  if (t.lifecycle === 'ended' && !t.endedOn)
    issues.push({ field: 'endedOn', message: 'Für einen beendeten Mandanten bitte das Enddatum angeben.' });
  if (t.lifecycle !== 'ended' && t.endedOn) issues.push({ field: 'endedOn', message: 'Ein Enddatum gibt es nur im Zustand „beendet“.' });
  if (t.pilotStart && t.liveStart && t.liveStart < t.pilotStart) {
    issues.push({ field: 'liveStart', message: 'Der Regelbetrieb kann nicht vor dem Pilotbeginn liegen.' });
  }
  const latestStart = [t.pilotStart, t.liveStart]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  if (t.endedOn && latestStart && t.endedOn < latestStart) {
    issues.push({ field: 'endedOn', message: 'Das Ende kann nicht vor dem Beginn liegen.' });
  }
  return issues;
}
