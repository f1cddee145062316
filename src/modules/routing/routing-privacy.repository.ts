import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import {
  countOf,
  type DataSubject,
  ERASED,
  notRestricted,
  type RetentionOutcome,
  restrictedDue,
} from '../../platform/privacy/personal-data.js';

/** Chat transcripts of chats finished before the cutoff: messages deleted, the item keeps channel, times, subject. */
/** A restricted chat (work item) keeps its messages and sender. */
export async function purgeChatTranscripts(tx: Tx, cutoff: Date, restricted: readonly string[]): Promise<RetentionOutcome> {
  const kept = await restrictedDue(
    tx,
    sql`select w.id from work_items w where w.channel = 'chat' and coalesce(w.done_at, w.enqueued_at) < ${cutoff}
          and (w.from_name is not null or w.from_address is not null or w.body is not null
               or exists (select 1 from chat_messages m where m.work_item_id = w.id))`,
    restricted,
  );
  const changed = await countOf(
    tx,
    sql`delete from chat_messages m using work_items w
        where w.id = m.work_item_id and w.channel = 'chat' and coalesce(w.done_at, w.enqueued_at) < ${cutoff}
          and ${notRestricted(sql`w.id`, restricted)} returning 1`,
  );
  await tx.execute(
    sql`update work_items set from_name = null, from_address = null, body = null
        where channel = 'chat' and coalesce(done_at, enqueued_at) < ${cutoff} and (from_name is not null or from_address is not null or body is not null)
          and ${notRestricted(sql`id`, restricted)}`,
  );
  return { changed, kept };
}

/** E-mails and contact forms finished before the cutoff: sender and text removed; restricted ones kept. */
export async function anonymiseMessages(tx: Tx, cutoff: Date, restricted: readonly string[]): Promise<RetentionOutcome> {
  const due = sql`channel in ('email', 'web_form') and status in ('done', 'cancelled') and coalesce(done_at, enqueued_at) < ${cutoff}
          and (from_name is not null or from_address is not null or body is not null)`;
  const kept = await restrictedDue(tx, sql`select id from work_items where ${due}`, restricted);
  const changed = await countOf(
    tx,
    sql`update work_items set from_name = null, from_address = null, body = null, payload = '{}'::jsonb
        where ${due} and ${notRestricted(sql`id`, restricted)} returning 1`,
  );
  return { changed, kept };
}

export interface WorkItemOfSubject {
  id: string;
  tenant_id: string | null;
  channel: string;
  enqueued_at: Date;
  subject: string;
  from_name: string | null;
  from_address: string | null;
  body: string | null;
  reference_code: string | null;
  email_hit: boolean;
  name_hit: boolean;
  code_hit: boolean;
}

export const findWorkItemsOfSubject = (tx: Tx, s: DataSubject) =>
  queryRows<WorkItemOfSubject>(
    tx,
    sql`select * from (
          select id, tenant_id, channel, enqueued_at, subject, from_name, from_address, body, reference_code,
                 lower(coalesce(from_address, '')) = ${s.email?.toLowerCase() ?? null} as email_hit,
                 lower(coalesce(from_name, '')) = ${s.name?.toLowerCase() ?? null} as name_hit,
                 upper(coalesce(reference_code, '')) = ${s.referenceCode?.toUpperCase() ?? null} as code_hit
          from work_items) x
        where email_hit or name_hit or code_hit order by enqueued_at`,
  );

export const chatMessagesOf = (tx: Tx, id: string) =>
  queryRows<{ at: Date; author: string; body: string }>(
    tx,
    sql`select at, author, body from chat_messages where work_item_id = ${id} order by at, id`,
  );

export const eraseWorkItem = async (tx: Tx, id: string) => {
  await tx.execute(sql`delete from chat_messages where work_item_id = ${id}`);
  return countOf(
    tx,
    sql`update work_items set from_name = null, from_address = null, body = null, payload = '{}'::jsonb, subject = ${ERASED}
        where id = ${id} returning 1`,
  );
};
