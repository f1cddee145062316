import type { Tx } from '../../platform/db/database.js';
import * as tenancy from '../tenancy/index.js';
import type { ServiceHours } from '../tenancy/index.js';
import type { WorkingCalendar } from './deadline.js';
import { listClosingDays } from './tickets.repository.js';

/**
 * What the second level reads from the tenancy module (departments, agreement,
 * coordinator), read-only and always inside the caller's transaction and scope,
 * through tenancy's public entry.
 */
export const findDepartment = tenancy.findDepartmentInTx;
export const findTenant = tenancy.findTenantInTx;

export async function loadAgreementTerms(tx: Tx, tenantId: string): Promise<{ budgetHours: number; serviceHours: ServiceHours }> {
  const agreement = await tenancy.findAgreementInTx(tx, tenantId);
  return {
    budgetHours: agreement?.replyWithinWorkingHours ?? 24,
    serviceHours: agreement?.serviceHours ?? {
      '1': [{ from: '08:00', to: '18:00' }],
      '2': [{ from: '08:00', to: '18:00' }],
      '3': [{ from: '08:00', to: '18:00' }],
      '4': [{ from: '08:00', to: '18:00' }],
      '5': [{ from: '08:00', to: '18:00' }],
      '6': [],
      '7': [],
    },
  };
}

/** The tenant's working calendar; closing days from a year back (long pauses) onward. */
export async function loadCalendar(tx: Tx, tenantId: string, timeZone: string, now: Date): Promise<WorkingCalendar> {
  const from = new Date(+now - 366 * 24 * 3_600_000).toISOString().slice(0, 10);
  const days = await listClosingDays(tx, tenantId, from);
  return { timeZone, closingDays: new Set(days.map((d) => d.day)) };
}

export function coordinatorEmails(tx: Tx, tenantId: string): Promise<string[]> {
  return tenancy.listCoordinatorEmailsInTx(tx, tenantId);
}
