import type { Tx } from '../../platform/db/database.js';
import * as repo from './knowledge.repository.js';

export interface KnowledgeBasis {
  tenantId: string;
  localParts: number;
  /** Local parts with phone, e-mail and opening hours. */
  complete: number;
  /** Verified and their review date not passed. */
  verifiedInInterval: number;
  overdue: number;
  openGaps: number;
  closedGaps: number;
}

/**
 * The knowledge base's state per tenant and its monthly activity, for the reporting
 * module's data basis (Datenbasis). Readers inside the caller's transaction (its
 * scope decides which tenants are seen); `today` and the range come from the caller's clock.
 */
export async function knowledgeBasisInTx(tx: Tx, today: string): Promise<KnowledgeBasis[]> {
  const state = await repo.knowledgeBasisByTenant(tx, today);
  const gaps = new Map((await repo.knowledgeGapCounts(tx)).map((g) => [g.tenantId, g]));
  const ids = new Set([...state.map((s) => s.tenantId), ...gaps.keys()]);
  return [...ids].map((tenantId) => {
    const s = state.find((x) => x.tenantId === tenantId);
    const g = gaps.get(tenantId);
    return {
      tenantId,
      localParts: s?.localParts ?? 0,
      complete: s?.complete ?? 0,
      verifiedInInterval: s?.verifiedInInterval ?? 0,
      overdue: s?.overdue ?? 0,
      openGaps: g?.open ?? 0,
      closedGaps: g?.closed ?? 0,
    };
  });
}

export type { KnowledgeTrendRow } from './knowledge.repository.js';
export const knowledgeTrendInTx = repo.knowledgeTrendByTenantMonth;
/** Shared service texts in the catalogue (published or archived). */
export const catalogueServicesInTx = repo.countServices;

/** Responsibility levels a tenant keeps local parts for (responsibility.ts `tenantsWithLocalPart`). */
function levelsOf(tenant: { kind: 'stadt' | 'gemeinde' | 'region'; isHost: boolean }): string[] {
  if (tenant.kind === 'region') return ['region', 'region_or_host'];
  return tenant.isHost ? ['municipality', 'region_or_host'] : ['municipality'];
}

export type LocalPartCoverage = repo.LocalPartCoverageRow;

/**
 * How far a tenant's local parts cover the services the center answers for it (onboarding readiness):
 * `categories` empty means every category. In the caller's transaction; `today` from its clock.
 */
export function localPartCoverageInTx(
  tx: Tx,
  tenant: { id: string; kind: 'stadt' | 'gemeinde' | 'region'; isHost: boolean },
  categories: string[],
  today: string,
): Promise<LocalPartCoverage> {
  return repo.localPartCoverage(tx, tenant.id, levelsOf(tenant), categories, today);
}
