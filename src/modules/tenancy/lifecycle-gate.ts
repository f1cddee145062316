import type { UseCaseContext } from '../../platform/context.js';
import type { Database, Tx } from '../../platform/db/database.js';

/** One readiness check of a tenant (GET /api/v1/tenants/{id}/readiness, decision 0170). */
export interface ReadinessCheck {
  key: string;
  mandatory: boolean;
  ok: boolean;
  detail: string;
}

/**
 * Computes a tenant's readiness checks inside the caller's transaction. Tenancy is the bottom of the
 * module graph and knows no module that owns the data the checks read (hotlines, knowledge, billing …),
 * so the onboarding module registers its gate here per database (like routing's inbound-mail claims).
 */
export type LifecycleGate = (tx: Tx, ctx: UseCaseContext, tenantId: string) => Promise<ReadinessCheck[]>;

const gates = new WeakMap<Database, LifecycleGate>();

export function registerLifecycleGate(database: Database, gate: LifecycleGate): () => void {
  gates.set(database, gate);
  return () => {
    if (gates.get(database) === gate) gates.delete(database);
  };
}

export const lifecycleGateOf = (database: Database): LifecycleGate | undefined => gates.get(database);

/**
 * Called inside tenancy's transaction right after a tenant entered operation (by hand or by the scheduled
 * go-live), so the owner of the schedule can clear a go-live date that would otherwise fire later
 * (onboarding, decision 0172).
 */
export type EnteredOperationHook = (tx: Tx, ctx: UseCaseContext, tenantId: string, lifecycle: 'pilot' | 'live') => Promise<void>;

const enteredHooks = new WeakMap<Database, EnteredOperationHook>();

export function registerEnteredOperationHook(database: Database, hook: EnteredOperationHook): () => void {
  enteredHooks.set(database, hook);
  return () => {
    if (enteredHooks.get(database) === hook) enteredHooks.delete(database);
  };
}

export const enteredOperationHookOf = (database: Database): EnteredOperationHook | undefined => enteredHooks.get(database);

/** A tenant enters operation when it moves to pilot or live from planned or ended; only that step is gated. */
export function entersOperation(from: string, to: string | undefined): boolean {
  return (to === 'pilot' || to === 'live') && (from === 'planned' || from === 'ended');
}
