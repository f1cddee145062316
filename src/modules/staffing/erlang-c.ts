/**
 * Erlang C (M/M/c): Poisson arrivals, exponential handling, c agents, callers wait without limit.
 * Numerically stable through the Erlang B recursion B(k) = A·B(k−1) / (k + A·B(k−1)), which stays in
 * [0, 1] for every k: no factorials, no powers, fine from 1 to thousands of agents and loads of
 * thousands of Erlang. Definitions in docs/metrics.md ("Staffing").
 */
import { StaffingInputError, STAFFING_LIMITS, requireFinite } from './staffing-input-error.js';

export interface QueueLoad {
  /** Calls arriving per second (λ). */
  arrivalRatePerSecond: number;
  /** Mean handling time in seconds (talk + hold + wrap-up; 1/μ). */
  ahtSeconds: number;
}

export interface QueueFigures {
  agents: number;
  /** Share of arriving callers who must wait (all agents busy on arrival). */
  probWait: number;
  /** Share of arriving callers answered within the target time. */
  serviceLevel: number;
  /** Mean wait in seconds over all arriving callers. */
  asaSeconds: number;
  /** Answered load per agent (busy share of an agent's time). */
  occupancy: number;
  /** Share of arriving callers who hang up while waiting; null for Erlang C (nobody does). */
  abandonRate: number | null;
}

/** Offered load in Erlang: A = λ · AHT. */
export const offeredLoad = (load: QueueLoad): number => load.arrivalRatePerSecond * load.ahtSeconds;

export function checkQueueLoad(load: QueueLoad): void {
  requireFinite('arrivalRatePerSecond', load.arrivalRatePerSecond, { min: 0 });
  requireFinite('ahtSeconds', load.ahtSeconds, { min: 0, minExclusive: true });
  const a = offeredLoad(load);
  if (a > STAFFING_LIMITS.maxOfferedLoadErlang) {
    throw new StaffingInputError(
      'callsPerInterval',
      `Die angebotene Last von ${Math.round(a)} Erlang liegt über der Grenze von ${STAFFING_LIMITS.maxOfferedLoadErlang} Erlang.`,
    );
  }
}

export function checkAgents(agents: number): void {
  if (!Number.isInteger(agents) || agents < 1)
    throw new StaffingInputError('agents', 'Die Zahl der Agenten muss eine ganze Zahl ab 1 sein.');
  if (agents > STAFFING_LIMITS.maxAgents) {
    throw new StaffingInputError('agents', `Mehr als ${STAFFING_LIMITS.maxAgents} Agenten in einer Warteschlange werden nicht berechnet.`);
  }
}

/** Erlang B blocking probability B(c, A) (M/M/c/c). */
export function erlangB(agents: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (load * b) / (k + load * b);
  return b;
}

/** Erlang C waiting probability from B(c, A): C = c·B / (c − A·(1 − B)); requires A < c. */
export function erlangCFromB(agents: number, load: number, b: number): number {
  return (agents * b) / (agents - load * (1 - b));
}

export function erlangCProbWait(agents: number, load: number): number {
  if (load === 0) return 0;
  return erlangCFromB(agents, load, erlangB(agents, load));
}

function figuresFromProbWait(agents: number, load: number, ahtSeconds: number, targetSeconds: number, probWait: number): QueueFigures {
  const gap = agents - load; // > 0
  return {
    agents,
    probWait,
    serviceLevel: 1 - probWait * Math.exp((-gap * targetSeconds) / ahtSeconds),
    asaSeconds: (probWait * ahtSeconds) / gap,
    occupancy: load / agents,
    abandonRate: null,
  };
}

/** Figures for a given number of agents. Throws when the queue is unstable (occupancy ≥ 1). */
export function erlangC(load: QueueLoad, agents: number, targetSeconds: number): QueueFigures {
  checkQueueLoad(load);
  checkAgents(agents);
  requireFinite('targetSeconds', targetSeconds, { min: 0 });
  const a = offeredLoad(load);
  if (a >= agents) {
    throw new StaffingInputError(
      'agents',
      `Mit ${agents} Agenten und ${a.toFixed(2).replace('.', ',')} Erlang angebotener Last wäre die Auslastung ≥ 100 %: die Warteschlange wüchse ohne Ende (Erlang C). Mehr Agenten angeben oder Erlang A wählen.`,
    );
  }
  return figuresFromProbWait(agents, a, load.ahtSeconds, targetSeconds, erlangCProbWait(agents, a));
}

export interface StaffingTarget {
  /** Share of callers to answer within targetSeconds, 0 ≤ x < 1. */
  serviceLevelTarget: number;
  targetSeconds: number;
  /** Optional ceiling on occupancy (e.g. 0.85): more agents until it holds. */
  maxOccupancy?: number;
}

export function checkTarget(target: StaffingTarget): void {
  requireFinite('serviceLevelTarget', target.serviceLevelTarget, { min: 0, max: 1 });
  if (target.serviceLevelTarget >= 1) {
    throw new StaffingInputError(
      'serviceLevelTarget',
      'Ein Servicelevel von 100 % ist mit Warteschlange nicht erreichbar: bitte ein Ziel unter 1 angeben.',
    );
  }
  requireFinite('targetSeconds', target.targetSeconds, { min: 0 });
  if (target.maxOccupancy !== undefined) requireFinite('maxOccupancy', target.maxOccupancy, { min: 0, max: 1, minExclusive: true });
}

/** Smallest number of agents meeting the target (one pass of the B recursion). */
export function erlangCRequiredAgents(load: QueueLoad, target: StaffingTarget): QueueFigures {
  checkQueueLoad(load);
  checkTarget(target);
  const a = offeredLoad(load);
  const maxOcc = target.maxOccupancy ?? 1;
  let b = 1;
  for (let k = 1; k <= STAFFING_LIMITS.maxAgents; k++) {
    b = (a * b) / (k + a * b);
    if (k <= a) continue;
    if (a / k > maxOcc) continue;
    const figures = figuresFromProbWait(k, a, load.ahtSeconds, target.targetSeconds, a === 0 ? 0 : erlangCFromB(k, a, b));
    if (figures.serviceLevel >= target.serviceLevelTarget) return figures;
  }
  throw new StaffingInputError('serviceLevelTarget', `Das Ziel ist auch mit ${STAFFING_LIMITS.maxAgents} Agenten nicht erreichbar.`);
}
