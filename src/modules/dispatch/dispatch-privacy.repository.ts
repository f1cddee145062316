import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { countOf, type DataSubject, phoneDigits, type RetentionOutcome, restrictedDue } from '../../platform/privacy/personal-data.js';
import { purgeCallbackNumbers } from './dispatch.repository.js';

/** Call-back numbers of incidents closed before the cutoff (and of their further callers); restricted incidents keep theirs. */
export async function purgeIncidentCallers(tx: Tx, cutoff: Date, restricted: readonly string[]): Promise<RetentionOutcome> {
  const kept = await restrictedDue(
    tx,
    sql`select id from dispatch_incidents where callback_number is not null and status in ('closed', 'merged')
          and coalesce(closed_at, updated_at) < ${cutoff}`,
    restricted,
  );
  return { changed: await purgeCallbackNumbers(tx, cutoff, cutoff, restricted), kept };
}

export const findIncidentsOfSubject = (tx: Tx, s: DataSubject) =>
  s.phone
    ? queryRows<{
        id: string;
        tenant_id: string;
        number: string;
        reported_at: Date;
        category: string;
        callback_number: string | null;
        description: string;
      }>(
        tx,
        sql`select distinct i.id, i.tenant_id, i.number, i.reported_at, i.category, i.callback_number, i.description
            from dispatch_incidents i left join dispatch_incident_callers c on c.incident_id = i.id
            where regexp_replace(coalesce(i.callback_number, ''), '\\D', '', 'g') = ${phoneDigits(s.phone)}
               or regexp_replace(coalesce(c.callback_number, ''), '\\D', '', 'g') = ${phoneDigits(s.phone)}
            order by i.reported_at`,
      )
    : Promise.resolve([]);

export const eraseIncidentCaller = async (tx: Tx, id: string) => {
  await tx.execute(sql`update dispatch_incident_callers set callback_number = null where incident_id = ${id}`);
  return countOf(tx, sql`update dispatch_incidents set callback_number = null where id = ${id} returning 1`);
};
