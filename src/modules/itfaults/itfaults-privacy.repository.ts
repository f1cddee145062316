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

/** IT faults closed before the cutoff: reporter's name, room, number and address removed; times and priority stay. */
export async function anonymiseFaults(tx: Tx, cutoff: Date, restricted: readonly string[]): Promise<RetentionOutcome> {
  const due = sql`closed_at < ${cutoff} and reporter_name <> ${ERASED}`;
  const kept = await restrictedDue(tx, sql`select id from it_faults where ${due}`, restricted);
  const changed = await countOf(
    tx,
    sql`update it_faults set reporter_name = ${ERASED}, reporter_room = null, reporter_phone = null, reporter_email = null
        where ${due} and ${notRestricted(sql`id`, restricted)} returning 1`,
  );
  return { changed, kept };
}

export const findFaultsOfSubject = (tx: Tx, s: DataSubject) =>
  queryRows<{
    id: string;
    tenant_id: string;
    reference: string;
    reported_at: Date;
    reporter_name: string;
    reporter_phone: string | null;
    reporter_email: string | null;
    description: string;
    email_hit: boolean;
    phone_hit: boolean;
    name_hit: boolean;
    code_hit: boolean;
  }>(
    tx,
    sql`select * from (
          select id, tenant_id, reference, reported_at, reporter_name, reporter_phone, reporter_email, description,
                 lower(coalesce(reporter_email, '')) = ${s.email?.toLowerCase() ?? null} as email_hit,
                 regexp_replace(coalesce(reporter_phone, ''), '\\D', '', 'g') = ${s.phone ? phoneDigits(s.phone) : null} as phone_hit,
                 lower(reporter_name) = ${s.name?.toLowerCase() ?? null} as name_hit,
                 upper(reference) = ${s.referenceCode?.toUpperCase() ?? null} as code_hit
          from it_faults) x
        where email_hit or phone_hit or name_hit or code_hit order by reported_at`,
  );

export const eraseFault = (tx: Tx, id: string) =>
  countOf(
    tx,
    sql`update it_faults set reporter_name = ${ERASED}, reporter_room = null, reporter_phone = null, reporter_email = null
        where id = ${id} returning 1`,
  );
