/**
 * Discrete-event simulation of one queue, to check the formulas and to handle what they cannot
 * (empirical handling times). FCFS with c agents: callers are taken in arrival order; each caller's
 * answer time is the earliest moment an agent is free (a min-heap of the agents' free times). A caller
 * whose offered wait exceeds his own patience hangs up at that moment and takes no agent. For FCFS this
 * recursion is the exact event sequence (the order of answers equals the order of arrivals), so no
 * event list is needed and a million calls take well under a second.
 *
 * Service level and its 95 % confidence interval come from batch means (20 batches after a warm-up),
 * which accounts for the correlation between neighbouring callers.
 */
import { seededRandom } from './random.js';
import { StaffingInputError, STAFFING_LIMITS, requireFinite } from './staffing-input-error.js';

export interface SimulationInput {
  agents: number;
  arrivalRatePerSecond: number;
  /** Mean handling time (exponential) unless handlingSeconds is given. */
  ahtSeconds: number;
  /** Empirical handling times to draw from (with replacement), e.g. from the history. */
  handlingSeconds?: readonly number[];
  /** Mean patience (exponential); omitted: callers never hang up (Erlang C). */
  patienceSeconds?: number;
  targetSeconds: number;
  calls: number;
  seed: number;
  /** Share of the first calls left out while the queue fills (default 0.05). */
  warmUpShare?: number;
}

export interface SimulationResult {
  calls: number;
  serviceLevel: number;
  /** 95 % confidence interval of the service level (batch means). */
  serviceLevelLow: number;
  serviceLevelHigh: number;
  probWait: number;
  asaSeconds: number;
  abandonRate: number;
  occupancy: number;
}

/** Student t quantile 0.975 for 19 degrees of freedom (20 batches). */
const T_19 = 2.093;
const BATCHES = 20;
const MAX_CALLS = 20_000_000;

export function simulateQueue(input: SimulationInput): SimulationResult {
  const { agents, arrivalRatePerSecond: lambda, ahtSeconds, targetSeconds } = input;
  if (!Number.isInteger(agents) || agents < 1 || agents > STAFFING_LIMITS.maxAgents) {
    throw new StaffingInputError('agents', `Die Zahl der Agenten muss eine ganze Zahl von 1 bis ${STAFFING_LIMITS.maxAgents} sein.`);
  }
  requireFinite('arrivalRatePerSecond', lambda, { min: 0, minExclusive: true });
  requireFinite('ahtSeconds', ahtSeconds, { min: 0, minExclusive: true });
  requireFinite('targetSeconds', targetSeconds, { min: 0 });
  if (input.patienceSeconds !== undefined) requireFinite('patienceSeconds', input.patienceSeconds, { min: 0, minExclusive: true });
  if (!Number.isInteger(input.calls) || input.calls < BATCHES * 10 || input.calls > MAX_CALLS) {
    throw new StaffingInputError('calls', `Bitte zwischen ${BATCHES * 10} und ${MAX_CALLS} Anrufe simulieren.`);
  }
  if (input.patienceSeconds === undefined && lambda * ahtSeconds >= agents) {
    throw new StaffingInputError('agents', 'Ohne Abbrüche und mit Auslastung ≥ 100 % wächst die Warteschlange ohne Ende.');
  }
  const handling = input.handlingSeconds;
  if (handling && (handling.length === 0 || handling.some((h) => !(h >= 0) || !Number.isFinite(h)))) {
    throw new StaffingInputError('handlingSeconds', 'Die Bearbeitungszeiten müssen nicht-negative Zahlen sein.');
  }

  const random = seededRandom(input.seed);
  const meanInterarrival = 1 / lambda;
  const patience = input.patienceSeconds;
  const drawHandling = handling ? () => handling[Math.floor(random.next() * handling.length)]! : () => random.exponential(ahtSeconds);

  // Min-heap of agent free times.
  const heap = new Float64Array(agents);
  const warmUp = Math.floor(input.calls * (input.warmUpShare ?? 0.05));
  const measured = input.calls - warmUp;
  const batchSize = Math.floor(measured / BATCHES);
  const batchWithin = new Float64Array(BATCHES);
  let counted = 0;
  let waited = 0;
  let withinTarget = 0;
  let abandoned = 0;
  let waitSum = 0;
  let busySeconds = 0;
  let clock = 0;
  let firstMeasuredArrival = 0;
  let lastArrival = 0;

  for (let i = 0; i < input.calls; i++) {
    clock += random.exponential(meanInterarrival);
    const freeAt = heap[0]!;
    const answerAt = freeAt > clock ? freeAt : clock;
    const offeredWait = answerAt - clock;
    const ownPatience = patience === undefined ? Infinity : random.exponential(patience);
    const hangsUp = offeredWait > ownPatience;
    const service = hangsUp ? 0 : drawHandling();
    if (!hangsUp) siftDownRoot(heap, answerAt + service);

    if (i < warmUp) continue;
    if (i === warmUp) firstMeasuredArrival = clock;
    lastArrival = clock;
    const batch = Math.min(BATCHES - 1, Math.floor(counted / batchSize));
    counted++;
    if (offeredWait > 0) waited++;
    if (hangsUp) {
      abandoned++;
      waitSum += ownPatience;
    } else {
      waitSum += offeredWait;
      busySeconds += service;
      if (offeredWait <= targetSeconds) {
        withinTarget++;
        batchWithin[batch]!++;
      }
    }
  }

  const serviceLevel = withinTarget / counted;
  // Batch means: the last batch takes the remainder.
  const means: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const size = b === BATCHES - 1 ? counted - batchSize * (BATCHES - 1) : batchSize;
    means.push(batchWithin[b]! / size);
  }
  const mean = means.reduce((s, m) => s + m, 0) / BATCHES;
  const variance = means.reduce((s, m) => s + (m - mean) ** 2, 0) / (BATCHES - 1);
  const half = T_19 * Math.sqrt(variance / BATCHES);
  const span = lastArrival - firstMeasuredArrival;
  return {
    calls: counted,
    serviceLevel,
    serviceLevelLow: Math.max(0, serviceLevel - half),
    serviceLevelHigh: Math.min(1, serviceLevel + half),
    probWait: waited / counted,
    asaSeconds: waitSum / counted,
    abandonRate: abandoned / counted,
    occupancy: span > 0 ? Math.min(1, busySeconds / (agents * span)) : 0,
  };
}

/** Replace the smallest free time (the root) with a later one and restore the heap. */
function siftDownRoot(heap: Float64Array, value: number): void {
  const n = heap.length;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const child = r < n && heap[r]! < heap[l]! ? r : l;
    if (heap[child]! >= value) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = value;
}
