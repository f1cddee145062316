/**
 * The pilot question (pure): which half hours of a period missed the promise, and how many agents would
 * have kept them. For each interval with calls whose measured service level was below the target, the
 * staff Erlang A (or C) needs for the measured calls and AHT, and the service level the model gives with
 * the agents the center had.
 */
import { erlangA } from './erlang-a.js';
import { erlangC } from './erlang-c.js';
import { requiredFigures, type StaffingModel } from './plan.js';

export interface MeasuredInterval {
  date: string;
  minute: number;
  offered: number;
  answeredWithinTarget: number;
  ahtSeconds: number | null;
}

export interface MissedInterval {
  date: string;
  minute: number;
  offered: number;
  measuredServiceLevel: number;
  ahtSeconds: number;
  /** Agents the model needs for the target at this load. */
  agentsNeeded: number;
  /** Service level the model gives with the agents the center had (null: Erlang C unstable). */
  modelServiceLevelWithAgents: number | null;
}

export function missedIntervals(
  measured: readonly MeasuredInterval[],
  options: {
    agents: number;
    serviceLevelTarget: number;
    targetSeconds: number;
    model: StaffingModel;
    patienceSeconds: number;
    intervalMinutes: 30;
    defaultAhtSeconds?: number;
  },
): MissedInterval[] {
  const out: MissedInterval[] = [];
  for (const m of measured) {
    if (m.offered <= 0) continue;
    const sl = m.answeredWithinTarget / m.offered;
    if (sl >= options.serviceLevelTarget) continue;
    const aht = m.ahtSeconds && m.ahtSeconds > 0 ? m.ahtSeconds : (options.defaultAhtSeconds ?? 180);
    const need = requiredFigures(options, m.offered, options.intervalMinutes, aht, options);
    const load = { arrivalRatePerSecond: m.offered / (options.intervalMinutes * 60), ahtSeconds: aht };
    let withAgents: number | null = null;
    if (options.model === 'erlang-a')
      withAgents = erlangA({ ...load, patienceSeconds: options.patienceSeconds }, options.agents, options.targetSeconds).serviceLevel;
    else if (load.arrivalRatePerSecond * aht < options.agents)
      withAgents = erlangC(load, options.agents, options.targetSeconds).serviceLevel;
    out.push({
      date: m.date,
      minute: m.minute,
      offered: m.offered,
      measuredServiceLevel: sl,
      ahtSeconds: aht,
      agentsNeeded: need.agents,
      modelServiceLevelWithAgents: withAgents,
    });
  }
  return out;
}
