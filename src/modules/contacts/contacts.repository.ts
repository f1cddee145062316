import { and, desc, eq, gte, isNotNull, ne, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { tenants } from '../tenancy/tenancy.schema.js';
import { contacts } from './contacts.schema.js';
import { calls } from './telephony.schema.js';

export type ContactRow = typeof contacts.$inferSelect;
export type ContactInsert = typeof contacts.$inferInsert;

export async function findContact(tx: Tx, id: string): Promise<ContactRow | undefined> {
  const [row] = await tx.select().from(contacts).where(eq(contacts.id, id));
  return row;
}

export async function findContactByWorkItem(tx: Tx, workItemId: string): Promise<ContactRow | undefined> {
  const [row] = await tx.select().from(contacts).where(eq(contacts.workItemId, workItemId));
  return row;
}

export async function insertContact(tx: Tx, values: ContactInsert): Promise<ContactRow> {
  const [row] = await tx.insert(contacts).values(values).returning();
  return row!;
}

/** Documents an open contact; undefined when it was documented meanwhile or the version is stale. */
export async function documentContact(tx: Tx, id: string, expectedVersion: number, values: Partial<ContactInsert>) {
  const [row] = await tx
    .update(contacts)
    .set({ ...values, status: 'documented', updatedAt: new Date(), version: sql`${contacts.version} + 1` })
    .where(and(eq(contacts.id, id), eq(contacts.version, expectedVersion)))
    .returning();
  return row;
}

const contactWithCall = {
  contact: contacts,
  call: {
    id: calls.id,
    dialledNumber: calls.dialledNumber,
    queueName: calls.queueName,
    offeredAt: calls.offeredAt,
    answeredAt: calls.answeredAt,
    endedAt: calls.endedAt,
    waitSeconds: calls.waitSeconds,
    status: calls.status,
  },
  tenantName: tenants.name,
};

/** The agent's undocumented contacts, newest first (the screen pop is the first). */
export const listOpenContactsOfAgent = (tx: Tx, userId: string) =>
  tx
    .select(contactWithCall)
    .from(contacts)
    .leftJoin(calls, eq(calls.id, contacts.callId))
    .leftJoin(tenants, eq(tenants.id, contacts.tenantId))
    .where(and(eq(contacts.agentUserId, userId), eq(contacts.status, 'open')))
    .orderBy(desc(contacts.startedAt))
    .limit(20);

/** Every undocumented contact whose conversation ended before `endedBefore` (or never ended), oldest first. */
export const listUndocumented = (tx: Tx, startedBefore: Date) =>
  tx
    .select(contactWithCall)
    .from(contacts)
    .leftJoin(calls, eq(calls.id, contacts.callId))
    .leftJoin(tenants, eq(tenants.id, contacts.tenantId))
    .where(and(eq(contacts.status, 'open'), sql`${contacts.startedAt} < ${startedBefore}`))
    .orderBy(contacts.startedAt)
    .limit(500);

/** Earlier documented contacts of the same caller number since `since`, newest first. */
export const listEarlierContacts = (tx: Tx, callerNumber: string, exceptId: string, since: Date) =>
  tx
    .select({
      id: contacts.id,
      tenantName: tenants.name,
      channel: contacts.channel,
      startedAt: contacts.startedAt,
      serviceTitle: contacts.serviceTitle,
      leikaKey: contacts.leikaKey,
      outcome: contacts.outcome,
      note: contacts.note,
    })
    .from(contacts)
    .leftJoin(tenants, eq(tenants.id, contacts.tenantId))
    .where(
      and(eq(contacts.callerNumber, callerNumber), ne(contacts.id, exceptId), gte(contacts.startedAt, since), isNotNull(contacts.outcome)),
    )
    .orderBy(desc(contacts.startedAt))
    .limit(10);

/** Documented contacts of the day per tenant, for first-contact resolution. */
export async function countDocumented(tx: Tx, from: Date) {
  return tx
    .select({
      tenantId: contacts.tenantId,
      documented: sql<number>`count(*)::int`,
      firstLevel: sql<number>`(count(*) filter (where ${contacts.outcome} = 'answered_first_level'))::int`,
    })
    .from(contacts)
    .where(and(eq(contacts.status, 'documented'), gte(contacts.startedAt, from)))
    .groupBy(contacts.tenantId);
}

/** The services this center documented most in the 30 days before `now` (an agent's empty service search). */
export function mostDocumentedServices(tx: Tx, limit: number, now: Date) {
  return queryRows<{ leikaKey: string; title: string; answerText: null }>(
    tx,
    sql`select leika_key as "leikaKey", max(service_title) as title, null as "answerText" from contacts
        where leika_key is not null and service_title is not null and started_at > ${now.toISOString()}::timestamptz - interval '30 days'
        group by leika_key order by count(*) desc limit ${limit}`,
  );
}
