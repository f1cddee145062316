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

/** Forwarded requests finished before the cutoff: citizen data, question, answer and notes anonymised; SLA times stay. */
/** A restricted request keeps everything (its trail and call-backs too). */
export async function anonymiseRequests(tx: Tx, cutoff: Date, restricted: readonly string[]): Promise<RetentionOutcome> {
  const due = sql`coalesce(r.closed_at, r.citizen_informed_at, r.answered_at) < ${cutoff} and r.citizen_name <> ${ERASED}`;
  const kept = await restrictedDue(tx, sql`select r.id from service_requests r where ${due}`, restricted);
  const changed = await countOf(
    tx,
    sql`update service_requests r set citizen_name = ${ERASED},
          citizen_email = case when citizen_email is null then null else 'geloescht@anonym.invalid' end,
          citizen_phone = case when citizen_phone is null then null else '0' end,
          question = ${ERASED}, answer = case when answer is null then null else ${ERASED} end
        where ${due} and ${notRestricted(sql`r.id`, restricted)}
        returning 1`,
  );
  return { changed, kept };
}

export const anonymiseRequestTrail = async (tx: Tx, cutoff: Date, restricted: readonly string[]) =>
  (await countOf(
    tx,
    sql`update service_request_events e set note = null from service_requests r
        where r.id = e.request_id and r.citizen_name = ${ERASED} and e.note is not null and e.at < ${cutoff} returning 1`,
  )) +
  (await countOf(
    tx,
    sql`update callback_tasks c set citizen_name = ${ERASED}, phone = '0', message = ${ERASED}, outcome_note = null
        where c.created_at < ${cutoff} and c.status <> 'open' and c.citizen_name <> ${ERASED}
          and (c.request_id is null or ${notRestricted(sql`c.request_id`, restricted)}) returning 1`,
  ));

export interface RequestOfSubject {
  id: string;
  tenant_id: string;
  reference_code: string;
  created_at: Date;
  service_title: string;
  question: string;
  citizen_name: string;
  citizen_email: string | null;
  citizen_phone: string | null;
  answer: string | null;
  status: string;
  email_hit: boolean;
  phone_hit: boolean;
  name_hit: boolean;
  code_hit: boolean;
}

export const findRequestsOfSubject = (tx: Tx, s: DataSubject) => {
  const email = s.email?.toLowerCase() ?? null;
  const phone = s.phone ? phoneDigits(s.phone) : null;
  const name = s.name?.toLowerCase() ?? null;
  const code = s.referenceCode?.toUpperCase() ?? null;
  return queryRows<RequestOfSubject>(
    tx,
    sql`select * from (
          select id, tenant_id, reference_code, created_at, service_title, question, citizen_name, citizen_email,
                 citizen_phone, answer, status,
                 lower(coalesce(citizen_email, '')) = ${email} as email_hit,
                 regexp_replace(coalesce(citizen_phone, ''), '\\D', '', 'g') = ${phone} as phone_hit,
                 lower(citizen_name) = ${name} as name_hit,
                 upper(reference_code) = ${code} as code_hit
          from service_requests) x
        where email_hit or phone_hit or name_hit or code_hit order by created_at`,
  );
};

export const eraseRequest = (tx: Tx, id: string) =>
  countOf(
    tx,
    sql`update service_requests set citizen_name = ${ERASED},
          citizen_email = case when citizen_email is null then null else 'geloescht@anonym.invalid' end,
          citizen_phone = case when citizen_phone is null then null else '0' end,
          question = ${ERASED}, answer = case when answer is null then null else ${ERASED} end
        where id = ${id} returning 1`,
  ).then(async (n) => {
    await tx.execute(sql`update service_request_events set note = null where request_id = ${id}`);
    await tx.execute(sql`update callback_tasks set citizen_name = ${ERASED}, phone = '0', message = ${ERASED} where request_id = ${id}`);
    return n;
  });
