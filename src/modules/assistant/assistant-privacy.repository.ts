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

/** The retention rule: conversations without a message since the cutoff go, with their messages (cascade); restricted ones stay. */
export async function purgeInactiveConversations(tx: Tx, cutoff: Date, restricted: readonly string[]): Promise<RetentionOutcome> {
  const kept = await restrictedDue(tx, sql`select id from assistant_conversations where last_message_at < ${cutoff}`, restricted);
  const changed = await countOf(
    tx,
    sql`delete from assistant_conversations where last_message_at < ${cutoff} and ${notRestricted(sql`id`, restricted)} returning 1`,
  );
  return { changed, kept };
}

export interface SubjectConversationRow {
  id: string;
  tenant_id: string;
  last_message_at: Date;
  handover_reference: string | null;
  email_hit: boolean;
  phone_hit: boolean;
  code_hit: boolean;
  messages: { author: string; body: string; at: string }[];
}

/**
 * Conversations in which the citizen wrote the subject's e-mail address or phone number, or whose handover
 * reference is the one asked for: the assistant keeps no name or address of its own.
 */
export async function findConversationsOfSubject(tx: Tx, subject: DataSubject): Promise<SubjectConversationRow[]> {
  const email = subject.email ? `%${subject.email.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const phone = subject.phone ? phoneDigits(subject.phone) : null;
  const code = subject.referenceCode ?? null;
  return queryRows<SubjectConversationRow>(
    tx,
    sql`with hits as (
          select c.id, c.tenant_id, c.last_message_at, c.handover_reference,
                 bool_or(${email}::text is not null and lower(m.body) like ${email}) as email_hit,
                 bool_or(${phone}::text is not null and regexp_replace(m.body, '\\D', '', 'g') like '%' || ${phone} || '%') as phone_hit,
                 bool_or(${code}::text is not null and c.handover_reference = ${code}) as code_hit
            from assistant_conversations c join assistant_messages m on m.conversation_id = c.id and m.author = 'citizen'
           group by c.id)
        select h.*, (select coalesce(json_agg(json_build_object('author', m.author, 'body', m.body, 'at', m.created_at) order by m.created_at), '[]')
                       from assistant_messages m where m.conversation_id = h.id) as messages
          from hits h where h.email_hit or h.phone_hit or h.code_hit
         order by h.last_message_at desc limit 200`,
  );
}

export const deleteConversation = (tx: Tx, id: string) =>
  countOf(tx, sql`delete from assistant_conversations where id = ${id} returning 1`);
