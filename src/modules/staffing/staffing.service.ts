/**
 * Staffing use cases. The math is pure (erlang-c.ts, erlang-a.ts, simulation.ts, forecast.ts, plan.ts);
 * this file checks the role and turns the math's input errors into the one AppError (400 problem).
 */
import { AppError } from '../../platform/http/app-error.js';
import { hasRole } from '../../platform/auth/actor.js';
import type { UseCaseContext } from '../../platform/context.js';
import { erlangA, erlangARequiredAgents } from './erlang-a.js';
import { erlangC, erlangCRequiredAgents, type QueueFigures } from './erlang-c.js';
import type { ErlangRequest, ErlangResponse } from './staffing.contract.js';
import { StaffingInputError } from './staffing-input-error.js';

const staffingRoles = ['supervisor', 'admin'] as const;

export function requireStaffingRole(ctx: UseCaseContext): void {
  if (!hasRole(ctx.actor, ...staffingRoles)) throw new AppError('FORBIDDEN');
}

/** Field names of the math mapped to the API's. */
const apiField: Record<string, string> = { arrivalRatePerSecond: 'callsPerInterval' };

/** Runs pure staffing math; a StaffingInputError becomes a 400 problem naming the field. */
export function withStaffingErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof StaffingInputError) {
      const field = apiField[error.field] ?? error.field;
      throw new AppError('VALIDATION_FAILED', error.userMessage, { issues: [{ field, message: error.userMessage }], cause: error });
    }
    throw error;
  }
}

/** The figures for given agents, or the smallest staff meeting the target. */
export function computeErlang(input: ErlangRequest): ErlangResponse {
  const load = { arrivalRatePerSecond: input.callsPerInterval / input.intervalSeconds, ahtSeconds: input.ahtSeconds };
  const figures: QueueFigures = withStaffingErrors(() => {
    if (input.model === 'erlang-c') {
      return input.agents !== undefined
        ? erlangC(load, input.agents, input.targetSeconds)
        : erlangCRequiredAgents(load, { serviceLevelTarget: input.serviceLevelTarget!, targetSeconds: input.targetSeconds });
    }
    const withPatience = { ...load, patienceSeconds: input.patienceSeconds! };
    return input.agents !== undefined
      ? erlangA(withPatience, input.agents, input.targetSeconds)
      : erlangARequiredAgents(withPatience, { serviceLevelTarget: input.serviceLevelTarget!, targetSeconds: input.targetSeconds });
  });
  for (const [name, value] of Object.entries(figures)) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new AppError('VALIDATION_FAILED', 'Für diese Eingaben lässt sich kein endliches Ergebnis berechnen.', {
        issues: [{ field: name, message: 'nicht endlich' }],
      });
    }
  }
  return figures;
}

export function calculateErlang(ctx: UseCaseContext, input: ErlangRequest): ErlangResponse {
  requireStaffingRole(ctx);
  return computeErlang(input);
}
