/**
 * Public entry of the staffing module (Personalbedarf): Erlang C / Erlang A, the queue simulation,
 * the forecast from history and the staffing plan. Other modules import only this file.
 */
export { staffingRoutes } from './staffing.routes.js';
export {
  erlangC,
  erlangCRequiredAgents,
  erlangB,
  offeredLoad,
  type QueueFigures,
  type QueueLoad,
  type StaffingTarget,
} from './erlang-c.js';
export { erlangA, erlangARequiredAgents, type ErlangAInput } from './erlang-a.js';
export { simulateQueue, type SimulationInput, type SimulationResult } from './simulation.js';
export { positionsFor, fteFor, costFor } from './positions.js';
export { estimatePatienceSeconds } from './patience.js';
export { computeErlang } from './staffing.service.js';
export { computePlan, type PlanSettings, type SlotDemand, type StaffingPlan } from './plan.js';
export { forecastIntervals, backtestForecast, type HistoryInterval } from './forecast.js';
export { runWhatIf } from './what-if.js';
