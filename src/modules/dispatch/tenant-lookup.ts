import type { Tx } from '../../platform/db/database.js';
import { listTenantsInTx } from '../tenancy/index.js';

/** The tenant of a municipality key (AGS), read through tenancy's public entry in the caller's transaction. */
export async function findTenantByAgs(tx: Tx, ags: string): Promise<{ id: string; name: string } | undefined> {
  const tenant = (await listTenantsInTx(tx)).find((t) => t.ags === ags);
  return tenant ? { id: tenant.id, name: tenant.name } : undefined;
}

/** The tenant running the DialogCenter and the SOD (Hannover). */
export async function findHostTenantId(tx: Tx): Promise<string | undefined> {
  return (await listTenantsInTx(tx)).find((t) => t.isHost)?.id;
}
