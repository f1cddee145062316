/**
 * The ITIL priority of an IT fault from its impact and urgency (the matrix of issue 14,
 * fixed by the stable API): P1 critical … P5 planning. Pure logic, unit tested.
 */
export const impacts = ['person', 'team', 'department'] as const;
export type Impact = (typeof impacts)[number];
export const urgencies = ['can_work', 'hindered', 'cannot_work'] as const;
export type Urgency = (typeof urgencies)[number];
export type Priority = 1 | 2 | 3 | 4 | 5;

/** Rows: impact; columns: urgency (can_work, hindered, cannot_work). */
const matrix: Record<Impact, Record<Urgency, Priority>> = {
  department: { can_work: 3, hindered: 2, cannot_work: 1 },
  team: { can_work: 4, hindered: 3, cannot_work: 2 },
  person: { can_work: 5, hindered: 4, cannot_work: 3 },
};

export const priorityOf = (impact: Impact, urgency: Urgency): Priority => matrix[impact][urgency];

export const impactLabels: Record<Impact, string> = {
  person: 'eine Person',
  team: 'ein Team',
  department: 'ein ganzer Fachbereich oder Standort',
};
export const urgencyLabels: Record<Urgency, string> = {
  can_work: 'kann weiterarbeiten',
  hindered: 'ist behindert',
  cannot_work: 'kann nicht arbeiten',
};
export const priorityLabels: Record<Priority, string> = {
  1: 'P1 kritisch',
  2: 'P2 hoch',
  3: 'P3 mittel',
  4: 'P4 niedrig',
  5: 'P5 Planung',
};

/** The German sentence the agent sees next to the priority ("why P2?"). */
export function explainPriority(impact: Impact, urgency: Urgency): string {
  const p = priorityOf(impact, urgency);
  return `Betroffen ist ${impactLabels[impact]}, und wer betroffen ist, ${urgencyLabels[urgency]}: nach der ITIL-Matrix (Auswirkung × Dringlichkeit) ergibt das ${priorityLabels[p]}.`;
}

/** The whole matrix, for the explanation table in the intake form and the API. */
export const priorityMatrix = impacts.map((impact) => ({
  impact,
  cells: urgencies.map((urgency) => ({ urgency, priority: priorityOf(impact, urgency) })),
}));

/** Response and resolution targets of one priority, minutes. */
export interface PriorityTarget {
  responseMinutes: number;
  resolutionMinutes: number;
}
export type PriorityTargets = Record<Priority, PriorityTarget>;

export const defaultTargets: PriorityTargets = {
  1: { responseMinutes: 30, resolutionMinutes: 4 * 60 },
  2: { responseMinutes: 60, resolutionMinutes: 8 * 60 },
  3: { responseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
  4: { responseMinutes: 8 * 60, resolutionMinutes: 3 * 24 * 60 },
  5: { responseMinutes: 24 * 60, resolutionMinutes: 10 * 24 * 60 },
};

const DURATION = /^(\d+)(min|m|h|d)$/;
const minutesOf = (text: string): number | null => {
  const m = DURATION.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'd' ? n * 1440 : m[2] === 'h' ? n * 60 : n;
};

/**
 * Parses the setting `ITFAULT_TARGETS`, e.g. "P1=30min/4h,P2=1h/8h": response / resolution per
 * priority; priorities not named keep their default. Returns a German error text on bad input.
 */
export function parseTargets(text: string | undefined): PriorityTargets | string {
  const targets: PriorityTargets = { ...defaultTargets };
  if (!text?.trim()) return targets;
  for (const part of text.split(',')) {
    const m = /^\s*P([1-5])\s*=\s*([^/]+)\/(.+)$/.exec(part);
    const response = m ? minutesOf(m[2]!) : null;
    const resolution = m ? minutesOf(m[3]!) : null;
    if (!m || response === null || resolution === null || response < 1 || resolution < response) {
      return `„${part.trim()}“ ist keine gültige Vorgabe; erwartet z. B. P1=30min/4h (Reaktion/Lösung, Einheiten min, h, d; Lösung nicht kürzer als Reaktion)`;
    }
    targets[Number(m[1]) as Priority] = { responseMinutes: response, resolutionMinutes: resolution };
  }
  return targets;
}
