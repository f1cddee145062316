import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import type { ServiceHours } from '../tenancy/tenancy.schema.js';
import * as tenancy from '../tenancy/tenancy.repository.js';
import type { WorkingCalendar } from './deadline.js';
import { listClosingDays } from './tickets.repository.js';

/**
 * What the second level reads from the tenancy module (departments, agreement,
 * coordinator), read-only and always inside the caller's transaction and scope.
 */
export const findDepartment = tenancy.findDepartment;
export const findTenant = tenancy.findTenant;

export async function loadAgreementTerms(tx: Tx, tenantId: string): Promise<{ budgetHours: number; serviceHours: ServiceHours }> {
  const agreement = await tenancy.findAgreement(tx, tenantId);
  return {
    budgetHours: agreement?.replyWithinWorkingHours ?? 24,
    serviceHours: agreement?.serviceHours ?? {
      '1': [{ from: '08:00', to: '18:00' }], '2': [{ from: '08:00', to: '18:00' }], '3': [{ from: '08:00', to: '18:00' }],
      '4': [{ from: '08:00', to: '18:00' }], '5': [{ from: '08:00', to: '18:00' }], '6': [], '7': [],
    },
  };
}

/** The tenant's working calendar; closing days from a year back (long pauses) onward. */
export async function loadCalendar(tx: Tx, tenantId: string, timeZone: string, now: Date): Promise<WorkingCalendar> {
  const from = new Date(+now - 366 * 24 * 3_600_000).toISOString().slice(0, 10);
  const days = await listClosingDays(tx, tenantId, from);
  return { timeZone, closingDays: new Set(days.map((d) => d.day)) };
}

export async function coordinatorEmails(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await queryRows<{ email: string }>(
    tx,
    sql`select email from tenant_contacts where tenant_id = ${tenantId}::uuid and function = 'coordinator' and email is not null`,
  );
  return rows.map((r) => r.email);
}
