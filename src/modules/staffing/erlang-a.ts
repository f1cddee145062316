/**
 * Erlang A (M/M/c+M, Palm's model; Garnett, Mandelbaum & Reiman 2002): Poisson arrivals, exponential
 * handling (rate μ), c agents, and every waiting caller hangs up after an exponential patience
 * (rate θ = 1 / mean patience). The number in the system is a birth–death chain with birth rate λ and
 * death rate min(k, c)·μ + max(k − c, 0)·θ; it is stable for every load.
 *
 * Everything is computed exactly from that chain (truncated where the tail is below e^-50 of the mode):
 *  - probWait     P(k ≥ c) seen by an arrival (PASTA)
 *  - abandonRate  θ·Lq / λ (abandons per arrival)
 *  - asaSeconds   Lq / λ: mean wait over ALL arriving callers, answered or not (Little's law)
 *  - occupancy    λ·(1 − abandonRate) / (c·μ): answered load per agent
 *  - serviceLevel share of ALL arriving callers answered within t: not delayed, plus delayed callers
 *                 whose turn comes within t before their own patience runs out. A caller with j ahead
 *                 advances at rate c·μ + j·θ (a service ends or someone ahead hangs up) and leaves at
 *                 rate θ; that absorbing chain is solved by uniformization in chunks (no underflow).
 * Definitions in docs/metrics.md ("Staffing").
 */
import {
  checkAgents,
  checkQueueLoad,
  checkTarget,
  offeredLoad,
  type QueueFigures,
  type QueueLoad,
  type StaffingTarget,
} from './erlang-c.js';
import { StaffingInputError, STAFFING_LIMITS, requireFinite } from './staffing-input-error.js';

/** Beyond this many states or this much work the input is out of range (never a hang). */
const MAX_STATES = 2_000_000;
const MAX_WORK = 50_000_000;
const TAIL_LOG = 50;

export interface ErlangAInput extends QueueLoad {
  /** Mean patience of a waiting caller in seconds. */
  patienceSeconds: number;
}

function checkPatience(patienceSeconds: number): void {
  requireFinite('patienceSeconds', patienceSeconds, { min: 0, minExclusive: true });
}

/** Normalised stationary distribution p[k], k = 0 … K. */
export function erlangAStationary(agents: number, lambda: number, mu: number, theta: number): Float64Array {
  const logs: number[] = [0];
  let logW = 0;
  let maxLog = 0;
  for (let k = 1; ; k++) {
    const death = Math.min(k, agents) * mu + Math.max(k - agents, 0) * theta;
    logW += Math.log(lambda / death);
    logs.push(logW);
    if (logW > maxLog) maxLog = logW;
    if (k > agents && death > lambda && logW < maxLog - TAIL_LOG) break;
    if (k > MAX_STATES) {
      throw new StaffingInputError(
        'patienceSeconds',
        'Diese Kombination aus Last, Geduld und Agenten ergibt eine zu lange Warteschlange, um sie genau zu berechnen.',
      );
    }
  }
  const p = new Float64Array(logs.length);
  let sum = 0;
  for (let k = 0; k < logs.length; k++) {
    const v = Math.exp(logs[k]! - maxLog);
    p[k] = v;
    sum += v;
  }
  for (let k = 0; k < p.length; k++) p[k] = p[k]! / sum;
  return p;
}

/**
 * Probability mass served within t seconds, starting from q[j] = P(arrive with j callers ahead,
 * all agents busy). Uniformization of the tagged-caller chain, split into chunks of at most ~400
 * expected jumps so e^(−Λh) never underflows.
 */
export function delayedServedWithin(agents: number, mu: number, theta: number, q: Float64Array, t: number): number {
  if (t <= 0 || q.length === 0) return 0;
  const jMax = q.length - 1;
  const cmu = agents * mu;
  const rate = cmu + (jMax + 1) * theta;
  const chunks = Math.max(1, Math.ceil((rate * t) / 400));
  const x = (rate * t) / chunks;
  const steps = Math.ceil(x + 12 * Math.sqrt(x) + 30);
  if (chunks * steps * (jMax + 1) > MAX_WORK) {
    throw new StaffingInputError(
      'targetSeconds',
      'Die Berechnung des Servicelevels wäre für diese Eingaben zu aufwendig; bitte Werte prüfen.',
    );
  }
  // Poisson weights of one chunk.
  const weights = new Float64Array(steps + 1);
  weights[0] = Math.exp(-x);
  for (let k = 1; k <= steps; k++) weights[k] = (weights[k - 1]! * x) / k;

  const size = q.length;
  let cur = Float64Array.from(q); // distribution after k steps of the current chunk
  let nxt = new Float64Array(size);
  const acc = new Float64Array(size); // Poisson-weighted distribution at the chunk's end
  let served = 0;
  // The chain only moves down, so the highest index with mass only shrinks.
  let top = jMax;
  while (top > 0 && cur[top] === 0) top--;
  for (let chunk = 0; chunk < chunks; chunk++) {
    let absorbed = 0; // mass served after k steps
    let servedAcc = 0;
    for (let j = 0; j <= top; j++) acc[j] = weights[0]! * cur[j]!;
    for (let k = 1; k <= steps; k++) {
      nxt.fill(0, 0, top + 1);
      absorbed += (cur[0]! * cmu) / rate;
      for (let j = 0; j <= top; j++) {
        const m = cur[j]!;
        if (m === 0) continue;
        const advance = cmu + j * theta;
        nxt[j] = nxt[j]! + m * (1 - (advance + theta) / rate);
        if (j > 0) nxt[j - 1] = nxt[j - 1]! + (m * advance) / rate;
      }
      const w = weights[k]!;
      servedAcc += w * absorbed;
      for (let j = 0; j <= top; j++) acc[j] = acc[j]! + w * nxt[j]!;
      const tmp = cur;
      cur = nxt;
      nxt = tmp;
    }
    served += servedAcc;
    cur.set(acc);
    while (top > 0 && cur[top]! < 1e-300) top--;
  }
  return served;
}

function figuresFor(agents: number, input: ErlangAInput, targetSeconds: number): QueueFigures {
  const lambda = input.arrivalRatePerSecond;
  const mu = 1 / input.ahtSeconds;
  const theta = 1 / input.patienceSeconds;
  if (lambda === 0) return { agents, probWait: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, abandonRate: 0 };
  const p = erlangAStationary(agents, lambda, mu, theta);
  let noWait = 0;
  for (let k = 0; k < Math.min(agents, p.length); k++) noWait += p[k]!;
  let lq = 0;
  for (let k = agents + 1; k < p.length; k++) lq += (k - agents) * p[k]!;
  const probWait = Math.max(0, 1 - noWait);
  const abandonRate = (theta * lq) / lambda;
  const q = p.length > agents ? p.subarray(agents) : new Float64Array(0);
  const serviceLevel = Math.min(1, noWait + delayedServedWithin(agents, mu, theta, q, targetSeconds));
  return {
    agents,
    probWait,
    serviceLevel,
    asaSeconds: lq / lambda,
    occupancy: (lambda * (1 - abandonRate)) / (agents * mu),
    abandonRate,
  };
}

export function checkErlangAInput(input: ErlangAInput): void {
  checkQueueLoad(input);
  checkPatience(input.patienceSeconds);
}

/** Erlang A figures for a given number of agents. */
export function erlangA(input: ErlangAInput, agents: number, targetSeconds: number): QueueFigures {
  checkErlangAInput(input);
  checkAgents(agents);
  requireFinite('targetSeconds', targetSeconds, { min: 0 });
  return figuresFor(agents, input, targetSeconds);
}

/** Smallest number of agents meeting the target (service level is increasing in the agents). */
export function erlangARequiredAgents(input: ErlangAInput, target: StaffingTarget): QueueFigures {
  checkErlangAInput(input);
  checkTarget(target);
  const maxOcc = target.maxOccupancy ?? 1;
  const meets = (f: QueueFigures) => f.serviceLevel >= target.serviceLevelTarget && f.occupancy <= maxOcc;
  const cache = new Map<number, QueueFigures>();
  const at = (n: number) => {
    let f = cache.get(n);
    if (!f) {
      f = figuresFor(n, input, target.targetSeconds);
      cache.set(n, f);
    }
    return f;
  };
  // Bracket: start near the offered load and double.
  let lo = 0; // known not to meet (0 agents never meets)
  let hi = Math.max(1, Math.ceil(offeredLoad(input)));
  while (!meets(at(hi))) {
    lo = hi;
    if (hi >= STAFFING_LIMITS.maxAgents) {
      throw new StaffingInputError('serviceLevelTarget', `Das Ziel ist auch mit ${STAFFING_LIMITS.maxAgents} Agenten nicht erreichbar.`);
    }
    hi = Math.min(STAFFING_LIMITS.maxAgents, hi * 2);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(at(mid))) hi = mid;
    else lo = mid;
  }
  return at(hi);
}
