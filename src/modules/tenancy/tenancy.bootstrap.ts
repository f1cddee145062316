import type { Database } from '../../platform/db/database.js';
import { countTenants } from './tenancy.repository.js';

/** How many tenants exist: 0 means a fresh installation (start-up decides on demo data). */
export function listTenantsCount(database: Database): Promise<number> {
  return countTenants(database.db);
}
