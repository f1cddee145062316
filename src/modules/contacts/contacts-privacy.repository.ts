import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { countOf, phoneDigits, type DataSubject } from '../../platform/privacy/personal-data.js';

/** Contact notes older than the cutoff removed; coding (service, outcome, tenant) stays for the statistics. */
export const purgeContactNotes = (tx: Tx, cutoff: Date) =>
  countOf(tx, sql`update contacts set note = null where note is not null and started_at < ${cutoff} returning 1`);

/** Caller numbers older than the cutoff removed from contacts, calls and raw events; figures come from the rollups. */
export const purgeCallerNumbers = async (tx: Tx, cutoff: Date) =>
  (await countOf(
    tx,
    sql`update contacts set caller_number = null where caller_number is not null and started_at < ${cutoff} returning 1`,
  )) +
  (await countOf(tx, sql`update calls set caller_number = null where caller_number is not null and offered_at < ${cutoff} returning 1`)) +
  (await countOf(
    tx,
    sql`update call_events set caller_number = null where caller_number is not null and occurred_at < ${cutoff} returning 1`,
  ));

export const findContactsOfSubject = (tx: Tx, s: DataSubject) =>
  s.phone
    ? queryRows<{
        id: string;
        tenant_id: string | null;
        started_at: Date;
        channel: string;
        caller_number: string;
        note: string | null;
        service_title: string | null;
      }>(
        tx,
        sql`select id, tenant_id, started_at, channel, caller_number, note, service_title from contacts
            where regexp_replace(coalesce(caller_number, ''), '\\D', '', 'g') = ${phoneDigits(s.phone)} order by started_at`,
      )
    : Promise.resolve([]);

export const eraseContact = async (tx: Tx, id: string) => {
  await tx.execute(
    sql`update calls set caller_number = null where id = (select call_id from contacts where id = ${id}) and caller_number is not null`,
  );
  return countOf(tx, sql`update contacts set caller_number = null, note = null where id = ${id} returning 1`);
};
