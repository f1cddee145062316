import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import {
  countOf,
  type DataSubject,
  ERASED,
  notRestricted,
  phoneDigits,
  type RetentionOutcome,
  restrictedDue,
} from '../../platform/privacy/personal-data.js';

/**
 * Appointments that ended before the cutoff: name and contact data removed; counts per day and service stay.
 * Restricted appointments are kept; waiting-list rows are found by no request, so none is restricted.
 */
export async function anonymiseAppointments(tx: Tx, cutoff: Date, restricted: readonly string[]): Promise<RetentionOutcome> {
  const due = sql`ends_at < ${cutoff} and name <> ${ERASED}`;
  const kept = await restrictedDue(tx, sql`select id from appointments where ${due}`, restricted);
  const changed =
    (await countOf(
      tx,
      sql`update appointments set name = ${ERASED}, email = null, phone = null
          where ${due} and ${notRestricted(sql`id`, restricted)} returning 1`,
    )) +
    (await countOf(
      tx,
      sql`delete from appointment_waitlist where created_at < ${cutoff} and status in ('booked', 'expired', 'withdrawn') returning 1`,
    ));
  return { changed, kept };
}

export const findAppointmentsOfSubject = (tx: Tx, s: DataSubject) =>
  queryRows<{
    id: string;
    tenant_id: string;
    starts_at: Date;
    reference: string;
    status: string;
    name: string;
    email: string | null;
    phone: string | null;
    email_hit: boolean;
    phone_hit: boolean;
    name_hit: boolean;
    code_hit: boolean;
  }>(
    tx,
    sql`select * from (
          select id, tenant_id, starts_at, reference, status, name, email, phone,
                 lower(coalesce(email, '')) = ${s.email?.toLowerCase() ?? null} as email_hit,
                 regexp_replace(coalesce(phone, ''), '\\D', '', 'g') = ${s.phone ? phoneDigits(s.phone) : null} as phone_hit,
                 lower(name) = ${s.name?.toLowerCase() ?? null} as name_hit,
                 upper(reference) = ${s.referenceCode?.toUpperCase() ?? null} as code_hit
          from appointments) x
        where email_hit or phone_hit or name_hit or code_hit order by starts_at`,
  );

export const eraseAppointment = (tx: Tx, id: string) =>
  countOf(tx, sql`update appointments set name = ${ERASED}, email = null, phone = null where id = ${id} returning 1`);
