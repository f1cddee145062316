/**
 * Raised by the pure staffing math when an input makes no sense (negative rate, unstable queue,
 * a computation that would not finish). Carries the field and a German sentence; the service turns
 * it into the one AppError (400 problem). Kept apart from AppError so the math imports nothing.
 */
export class StaffingInputError extends Error {
  constructor(
    readonly field: string,
    readonly userMessage: string,
  ) {
    super(userMessage);
    this.name = 'StaffingInputError';
  }
}

/** Upper bounds the math is built and tested for (see docs/metrics.md, "Staffing"). */
export const STAFFING_LIMITS = {
  maxAgents: 5000,
  maxOfferedLoadErlang: 2000,
} as const;

export function requireFinite(
  field: string,
  value: number,
  { min, max, minExclusive = false }: { min?: number; max?: number; minExclusive?: boolean } = {},
): void {
  if (!Number.isFinite(value)) throw new StaffingInputError(field, `${field}: Bitte eine Zahl angeben.`);
  if (min !== undefined && (minExclusive ? value <= min : value < min)) {
    throw new StaffingInputError(field, `${field} muss ${minExclusive ? 'größer als' : 'mindestens'} ${min} sein.`);
  }
  if (max !== undefined && value > max) throw new StaffingInputError(field, `${field} darf höchstens ${max} sein.`);
}
