import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import {
  countOf,
  type DataSubject,
  notRestricted,
  phoneDigits,
  type RetentionOutcome,
  restrictedDue,
} from '../../platform/privacy/personal-data.js';

/** Contact notes older than the cutoff removed; coding (service, outcome, tenant) stays for the statistics. Restricted contacts keep theirs. */
export async function purgeContactNotes(tx: Tx, cutoff: Date, restricted: readonly string[]): Promise<RetentionOutcome> {
  const due = sql`note is not null and started_at < ${cutoff}`;
  const kept = await restrictedDue(tx, sql`select id from contacts where ${due}`, restricted);
  const changed = await countOf(
    tx,
    sql`update contacts set note = null where ${due} and ${notRestricted(sql`id`, restricted)} returning 1`,
  );
  return { changed, kept };
}

/**
 * Caller numbers older than the cutoff removed from contacts, calls and raw events; figures come from the rollups.
 * A restricted contact keeps its number, and so do its call and the call's raw events.
 */
export async function purgeCallerNumbers(tx: Tx, cutoff: Date, restricted: readonly string[]): Promise<RetentionOutcome> {
  const due = sql`caller_number is not null and started_at < ${cutoff}`;
  const kept = await restrictedDue(tx, sql`select id from contacts where ${due}`, restricted);
  const keptCalls =
    restricted.length === 0
      ? sql`true`
      : sql`not exists (select 1 from contacts k where k.call_id = calls.id and not ${notRestricted(sql`k.id`, restricted)})`;
  const keptEvents =
    restricted.length === 0
      ? sql`true`
      : sql`not exists (select 1 from contacts k join calls c on c.id = k.call_id
                        where c.telephone_system_id = call_events.telephone_system_id and c.external_call_id = call_events.call_id
                          and not ${notRestricted(sql`k.id`, restricted)})`;
  const changed =
    (await countOf(tx, sql`update contacts set caller_number = null where ${due} and ${notRestricted(sql`id`, restricted)} returning 1`)) +
    (await countOf(
      tx,
      sql`update calls set caller_number = null where caller_number is not null and offered_at < ${cutoff} and ${keptCalls} returning 1`,
    )) +
    (await countOf(
      tx,
      sql`update call_events set caller_number = null where caller_number is not null and occurred_at < ${cutoff} and ${keptEvents} returning 1`,
    ));
  return { changed, kept };
}

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
