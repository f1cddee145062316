import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { businessZoneSql } from '../../platform/db/business-zone.js';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { knowledgeDrafts, knowledgeLocalParts, knowledgeServices, knowledgeVersions } from './knowledge.schema.js';

export type ServiceRow = typeof knowledgeServices.$inferSelect;
export type ServiceInsert = typeof knowledgeServices.$inferInsert;
export type LocalPartRow = typeof knowledgeLocalParts.$inferSelect;
export type LocalPartInsert = typeof knowledgeLocalParts.$inferInsert;
export type DraftRow = typeof knowledgeDrafts.$inferSelect;
export type DraftInsert = typeof knowledgeDrafts.$inferInsert;
export type VersionInsert = typeof knowledgeVersions.$inferInsert;

/** Columns of a service without the search internals (vector, folded text). */
const serviceColumns = {
  id: knowledgeServices.id,
  leikaKey: knowledgeServices.leikaKey,
  ozgId: knowledgeServices.ozgId,
  title: knowledgeServices.title,
  category: knowledgeServices.category,
  responsibility: knowledgeServices.responsibility,
  shortText: knowledgeServices.shortText,
  fullText: knowledgeServices.fullText,
  eligibility: knowledgeServices.eligibility,
  requiredDocuments: knowledgeServices.requiredDocuments,
  fees: knowledgeServices.fees,
  deadlines: knowledgeServices.deadlines,
  processingTime: knowledgeServices.processingTime,
  procedure: knowledgeServices.procedure,
  legalBasis: knowledgeServices.legalBasis,
  forms: knowledgeServices.forms,
  onlineServiceUrl: knowledgeServices.onlineServiceUrl,
  notes: knowledgeServices.notes,
  en: knowledgeServices.en,
  keywords: knowledgeServices.keywords,
  popularity: knowledgeServices.popularity,
  status: knowledgeServices.status,
  reviewIntervalMonths: knowledgeServices.reviewIntervalMonths,
  reviewDue: knowledgeServices.reviewDue,
  verifiedBy: knowledgeServices.verifiedBy,
  verifiedAt: knowledgeServices.verifiedAt,
  createdAt: knowledgeServices.createdAt,
  updatedAt: knowledgeServices.updatedAt,
  version: knowledgeServices.version,
};
export type ServiceView = Omit<ServiceRow, 'searchVector' | 'searchText' | 'compoundParts'>;

export async function findServiceByLeikaKey(tx: Tx, leikaKey: string): Promise<ServiceView | undefined> {
  const [row] = await tx.select(serviceColumns).from(knowledgeServices).where(eq(knowledgeServices.leikaKey, leikaKey));
  return row;
}

/** English title and short text of published services by LeiKa key (the public search's English view). */
export async function listEnglishByKeys(tx: Tx, leikaKeys: string[]) {
  if (leikaKeys.length === 0) return [];
  return tx
    .select({ leikaKey: knowledgeServices.leikaKey, en: knowledgeServices.en })
    .from(knowledgeServices)
    .where(inArray(knowledgeServices.leikaKey, leikaKeys));
}

export async function findServiceById(tx: Tx, id: string): Promise<ServiceView | undefined> {
  const [row] = await tx.select(serviceColumns).from(knowledgeServices).where(eq(knowledgeServices.id, id));
  return row;
}

export const listServices = (tx: Tx, filter: { category?: string; limit: number; offset: number }) =>
  tx
    .select(serviceColumns)
    .from(knowledgeServices)
    .where(filter.category ? eq(knowledgeServices.category, filter.category) : undefined)
    .orderBy(asc(knowledgeServices.title))
    .limit(filter.limit)
    .offset(filter.offset);

export const listAllServices = (tx: Tx) => tx.select(serviceColumns).from(knowledgeServices).orderBy(asc(knowledgeServices.leikaKey));

export async function listServicesByKeys(tx: Tx, keys: string[]): Promise<ServiceView[]> {
  if (keys.length === 0) return [];
  return tx.select(serviceColumns).from(knowledgeServices).where(inArray(knowledgeServices.leikaKey, keys));
}

/** Multi-row insert in chunks (PostgreSQL allows 65535 parameters per statement). */
export async function insertServices(tx: Tx, rows: ServiceInsert[]): Promise<{ id: string; leikaKey: string }[]> {
  const out: { id: string; leikaKey: string }[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    out.push(
      ...(await tx.insert(knowledgeServices).values(chunk).returning({ id: knowledgeServices.id, leikaKey: knowledgeServices.leikaKey })),
    );
  }
  return out;
}

export async function updateService(
  tx: Tx,
  id: string,
  expectedVersion: number | null,
  values: Partial<ServiceInsert>,
): Promise<ServiceView | undefined> {
  const [row] = await tx
    .update(knowledgeServices)
    .set({ ...values, updatedAt: new Date(), version: sql`${knowledgeServices.version} + 1` })
    .where(
      expectedVersion === null
        ? eq(knowledgeServices.id, id)
        : and(eq(knowledgeServices.id, id), eq(knowledgeServices.version, expectedVersion)),
    )
    .returning(serviceColumns);
  return row;
}

export async function setServiceVerified(tx: Tx, id: string, by: string, reviewDue: string, at: Date): Promise<void> {
  await tx.update(knowledgeServices).set({ verifiedBy: by, verifiedAt: at, reviewDue }).where(eq(knowledgeServices.id, id));
}

export async function findLocalPart(tx: Tx, tenantId: string, serviceId: string): Promise<LocalPartRow | undefined> {
  const [row] = await tx
    .select()
    .from(knowledgeLocalParts)
    .where(and(eq(knowledgeLocalParts.tenantId, tenantId), eq(knowledgeLocalParts.serviceId, serviceId)));
  return row;
}

/** Local parts for (tenant, service) pairs in one query: the search shows each result's responsible unit. */
export async function findLocalPartsFor(tx: Tx, pairs: { tenantId: string; serviceId: string }[]): Promise<LocalPartRow[]> {
  if (pairs.length === 0) return [];
  const serviceIds = [...new Set(pairs.map((p) => p.serviceId))];
  const tenantIds = [...new Set(pairs.map((p) => p.tenantId))];
  const rows = await tx
    .select()
    .from(knowledgeLocalParts)
    .where(and(inArray(knowledgeLocalParts.serviceId, serviceIds), inArray(knowledgeLocalParts.tenantId, tenantIds)));
  const wanted = new Set(pairs.map((p) => `${p.tenantId}:${p.serviceId}`));
  return rows.filter((r) => wanted.has(`${r.tenantId}:${r.serviceId}`));
}

export const listLocalPartsOfTenant = (tx: Tx, tenantId: string) =>
  tx.select().from(knowledgeLocalParts).where(eq(knowledgeLocalParts.tenantId, tenantId));

export async function insertLocalParts(tx: Tx, rows: LocalPartInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(knowledgeLocalParts).values(rows.slice(i, i + 1000));
}

export async function upsertLocalPart(tx: Tx, values: LocalPartInsert): Promise<LocalPartRow> {
  const { tenantId: _t, serviceId: _s, ...changes } = values;
  const [row] = await tx
    .insert(knowledgeLocalParts)
    .values(values)
    .onConflictDoUpdate({
      target: [knowledgeLocalParts.tenantId, knowledgeLocalParts.serviceId],
      set: { ...changes, updatedAt: new Date(), version: sql`${knowledgeLocalParts.version} + 1` },
    })
    .returning();
  return row!;
}

export async function setLocalPartVerified(tx: Tx, id: string, by: string, reviewDue: string, at: Date): Promise<void> {
  await tx.update(knowledgeLocalParts).set({ verifiedBy: by, verifiedAt: at, reviewDue }).where(eq(knowledgeLocalParts.id, id));
}

export async function insertDraft(tx: Tx, values: DraftInsert): Promise<DraftRow> {
  const [row] = await tx.insert(knowledgeDrafts).values(values).returning();
  return row!;
}

export async function findDraft(tx: Tx, id: string): Promise<DraftRow | undefined> {
  const [row] = await tx.select().from(knowledgeDrafts).where(eq(knowledgeDrafts.id, id));
  return row;
}

export const listDrafts = (tx: Tx, filter: { status?: DraftRow['status'] }) =>
  tx
    .select()
    .from(knowledgeDrafts)
    .where(filter.status ? eq(knowledgeDrafts.status, filter.status) : undefined)
    .orderBy(desc(knowledgeDrafts.updatedAt))
    .limit(200);

export async function updateDraft(
  tx: Tx,
  id: string,
  expectedVersion: number,
  values: Partial<DraftInsert>,
): Promise<DraftRow | undefined> {
  const [row] = await tx
    .update(knowledgeDrafts)
    .set({ ...values, updatedAt: new Date(), version: sql`${knowledgeDrafts.version} + 1` })
    .where(and(eq(knowledgeDrafts.id, id), eq(knowledgeDrafts.version, expectedVersion)))
    .returning();
  return row;
}

export async function insertVersions(tx: Tx, rows: VersionInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(knowledgeVersions).values(rows.slice(i, i + 500));
}

export async function latestVersionNo(tx: Tx, tenantId: string, serviceId: string, part: 'shared' | 'local'): Promise<number> {
  const [row] = await queryRows<{ n: number | null }>(
    tx,
    sql`select max(version_no)::int as n from knowledge_versions where tenant_id = ${tenantId} and service_id = ${serviceId} and part = ${part}`,
  );
  return row?.n ?? 0;
}

export const listVersions = (tx: Tx, serviceId: string) =>
  tx
    .select()
    .from(knowledgeVersions)
    .where(eq(knowledgeVersions.serviceId, serviceId))
    .orderBy(desc(knowledgeVersions.publishedAt), desc(knowledgeVersions.versionNo))
    .limit(200);

/** Freshness of one tenant's local parts: overdue, due soon, and missing contact fields. */
export async function localFreshness(tx: Tx, tenantId: string, today: string) {
  return queryRows<{
    id: string;
    leikaKey: string;
    title: string;
    reviewDue: string;
    verifiedBy: string | null;
    verifiedAt: Date | null;
    missing: string[];
  }>(
    tx,
    sql`select lp.id, s.leika_key as "leikaKey", s.title, lp.review_due::text as "reviewDue",
               lp.verified_by as "verifiedBy", lp.verified_at as "verifiedAt",
               array_remove(array[
                 case when coalesce(lp.phone, '') = '' then 'phone' end,
                 case when coalesce(lp.email, '') = '' then 'email' end,
                 case when coalesce(lp.opening_hours, '') = '' then 'openingHours' end,
                 case when coalesce(lp.street, '') = '' then 'street' end
               ], null) as missing
          from knowledge_local_parts lp join knowledge_services s on s.id = lp.service_id
         where lp.tenant_id = ${tenantId} and s.status = 'published'
           and (lp.review_due <= (${today}::date + 30) or coalesce(lp.phone, '') = '' or coalesce(lp.email, '') = ''
                or coalesce(lp.opening_hours, '') = '' or coalesce(lp.street, '') = '')
         order by lp.review_due, s.title
         limit 500`,
  );
}

/** Freshness of the shared texts (for the central editors). */
export async function sharedFreshness(tx: Tx, today: string) {
  return queryRows<{
    id: string;
    leikaKey: string;
    title: string;
    reviewDue: string;
    verifiedBy: string | null;
    verifiedAt: Date | null;
    missing: string[];
  }>(
    tx,
    sql`select s.id, s.leika_key as "leikaKey", s.title, s.review_due::text as "reviewDue",
               s.verified_by as "verifiedBy", s.verified_at as "verifiedAt",
               array_remove(array[
                 case when coalesce(s.required_documents, '') = '' then 'requiredDocuments' end,
                 case when coalesce(s.fees, '') = '' then 'fees' end,
                 case when coalesce(s.legal_basis, '') = '' then 'legalBasis' end,
                 case when coalesce(s.procedure, '') = '' then 'procedure' end
               ], null) as missing
          from knowledge_services s
         where s.status = 'published'
           and (s.review_due <= (${today}::date + 30) or coalesce(s.required_documents, '') = '' or coalesce(s.fees, '') = ''
                or coalesce(s.legal_basis, '') = '' or coalesce(s.procedure, '') = '')
         order by s.review_due, s.title
         limit 500`,
  );
}

/** Per-tenant counts for the center's overview and for reminders. */
export async function freshnessCounts(tx: Tx, today: string) {
  return queryRows<{ tenantId: string; total: number; overdue: number; dueSoon: number; incomplete: number }>(
    tx,
    sql`select lp.tenant_id as "tenantId", count(*)::int as total,
               count(*) filter (where lp.review_due < ${today}::date)::int as overdue,
               count(*) filter (where lp.review_due >= ${today}::date and lp.review_due <= ${today}::date + 30)::int as "dueSoon",
               count(*) filter (where coalesce(lp.phone, '') = '' or coalesce(lp.email, '') = '' or coalesce(lp.opening_hours, '') = '')::int as incomplete
          from knowledge_local_parts lp
         group by lp.tenant_id`,
  );
}

/** How many shared service texts exist (0: a fresh knowledge base). */
export async function countServices(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(knowledgeServices);
  return row?.n ?? 0;
}

/** Popularity is a ranking prior, not an editable text: set directly (demo data, imports of usage figures). */
export async function setServicePopularity(tx: Tx, leikaKey: string, popularity: number): Promise<void> {
  await tx.update(knowledgeServices).set({ popularity }).where(eq(knowledgeServices.leikaKey, leikaKey));
}

/** Service id by LeiKa key, for every shared service text. */
export async function serviceIdsByLeikaKey(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx.select({ id: knowledgeServices.id, leikaKey: knowledgeServices.leikaKey }).from(knowledgeServices);
  return new Map(rows.map((r) => [r.leikaKey, r.id]));
}

/** Demo data only: a handful of shared texts (LeiKa group 99, serial …13…000) made overdue for the freshness dashboard. */
export async function markDemoSharedTextsOverdue(tx: Tx, reviewDue: string): Promise<void> {
  await tx.execute(
    sql`update knowledge_services set review_due = ${reviewDue}::date where leika_key like '99%' and right(leika_key, 8) like '%13%000'`,
  );
}

export interface KnowledgeBasisRow {
  tenantId: string;
  localParts: number;
  complete: number;
  verifiedInInterval: number;
  overdue: number;
}

/**
 * The knowledge base's state per tenant (data basis of the pilot evaluation): local
 * parts, complete ones (phone, e-mail and opening hours filled), verified within
 * their review interval (review date not passed), overdue.
 */
export function knowledgeBasisByTenant(tx: Tx, today: string): Promise<KnowledgeBasisRow[]> {
  return queryRows<KnowledgeBasisRow>(
    tx,
    sql`select lp.tenant_id as "tenantId", count(*)::int as "localParts",
               count(*) filter (where coalesce(lp.phone, '') <> '' and coalesce(lp.email, '') <> '' and coalesce(lp.opening_hours, '') <> '')::int as complete,
               count(*) filter (where lp.review_due >= ${today}::date and lp.verified_at is not null)::int as "verifiedInInterval",
               count(*) filter (where lp.review_due < ${today}::date)::int as overdue
          from knowledge_local_parts lp
         group by lp.tenant_id`,
  );
}

export interface KnowledgeTrendRow {
  tenantId: string;
  month: string;
  verified: number;
  published: number;
  gapSearches: number;
  gapSearchesClosed: number;
}

/**
 * Per tenant and Berlin month: local parts verified, versions published, agent
 * searches that were knowledge gaps (no result, no click, or another service
 * documented) and how many of those are closed by now (by the month of the search:
 * the closing time is not recorded).
 */
export function knowledgeTrendByTenantMonth(tx: Tx, from: Date, to: Date): Promise<KnowledgeTrendRow[]> {
  const f = from.toISOString();
  const t = to.toISOString();
  const zone = businessZoneSql();
  return queryRows<KnowledgeTrendRow>(
    tx,
    sql`with v as (
          select tenant_id, to_char(verified_at at time zone ${zone}, 'YYYY-MM') as month, count(*)::int as n
            from knowledge_local_parts where verified_at >= ${f}::timestamptz and verified_at < ${t}::timestamptz group by 1, 2
        ), p as (
          select tenant_id, to_char(published_at at time zone ${zone}, 'YYYY-MM') as month, count(*)::int as n
            from knowledge_versions where tenant_id is not null and published_at >= ${f}::timestamptz and published_at < ${t}::timestamptz group by 1, 2
        ), g as (
          select tenant_id, to_char(created_at at time zone ${zone}, 'YYYY-MM') as month, count(*)::int as n,
                 (count(*) filter (where resolved))::int as closed
            from knowledge_searches
           where created_at >= ${f}::timestamptz and created_at < ${t}::timestamptz
             and (result_count = 0 or clicked_leika_key is null
                  or (documented_leika_key is not null and not (documented_leika_key = any(top_leika_keys[1:5]))))
           group by 1, 2
        ), k as (select tenant_id, month from v union select tenant_id, month from p union select tenant_id, month from g)
        select k.tenant_id as "tenantId", k.month, coalesce(v.n, 0) as verified, coalesce(p.n, 0) as published,
               coalesce(g.n, 0) as "gapSearches", coalesce(g.closed, 0) as "gapSearchesClosed"
          from k left join v using (tenant_id, month) left join p using (tenant_id, month) left join g using (tenant_id, month)`,
  );
}

/** Knowledge gaps now (as the editors' gap list groups them: tenant and lower-case query): open and closed. */
export function knowledgeGapCounts(tx: Tx): Promise<{ tenantId: string; open: number; closed: number }[]> {
  return queryRows(
    tx,
    sql`select tenant_id as "tenantId",
               (count(distinct lower(query)) filter (where not resolved))::int as open,
               (count(distinct lower(query)) filter (where resolved))::int as closed
          from knowledge_searches
         where result_count = 0 or clicked_leika_key is null
            or (documented_leika_key is not null and not (documented_leika_key = any(top_leika_keys[1:5])))
         group by tenant_id`,
  );
}

export interface LocalPartCoverageRow {
  services: number;
  withLocalPart: number;
  complete: number;
  verifiedInInterval: number;
  ready: number;
}

/**
 * Of the published services a tenant keeps a local part for (its responsibility levels, optionally
 * only some categories): how many have one, complete (phone, e-mail, opening hours), verified with the
 * review date not passed, and both (ready). Onboarding's readiness check (decision 0170).
 */
export async function localPartCoverage(tx: Tx, tenantId: string, levels: string[], categories: string[], today: string) {
  const [row] = await queryRows<LocalPartCoverageRow>(
    tx,
    sql`with needed as (
          select s.id from knowledge_services s
           where s.status = 'published' and s.responsibility = any(${`{${levels.join(',')}}`}::text[])
             and (${categories.length === 0} or s.category = any(${`{${categories.join(',')}}`}::text[]))
        ), parts as (
          select lp.*,
                 (coalesce(lp.phone, '') <> '' and coalesce(lp.email, '') <> '' and coalesce(lp.opening_hours, '') <> '') as is_complete,
                 (lp.verified_at is not null and lp.review_due >= ${today}::date) as is_verified
            from knowledge_local_parts lp join needed n on n.id = lp.service_id
           where lp.tenant_id = ${tenantId}
        )
        select (select count(*) from needed)::int as services,
               (select count(*) from parts)::int as "withLocalPart",
               (select count(*) from parts where is_complete)::int as complete,
               (select count(*) from parts where is_verified)::int as "verifiedInInterval",
               (select count(*) from parts where is_complete and is_verified)::int as ready`,
  );
  return row!;
}

/** Leika keys of a tenant's complete local parts whose verification is missing or overdue (demo: re-verify a few). */
export const completeLocalPartsDueForReview = async (tx: Tx, tenantId: string, today: string) =>
  (
    await queryRows<{ leikaKey: string }>(
      tx,
      sql`select s.leika_key as "leikaKey" from knowledge_local_parts lp join knowledge_services s on s.id = lp.service_id
           where lp.tenant_id = ${tenantId} and s.status = 'published'
             and coalesce(lp.phone, '') <> '' and coalesce(lp.email, '') <> '' and coalesce(lp.opening_hours, '') <> ''
             and (lp.verified_at is null or lp.review_due < ${today}::date)
           order by s.leika_key`,
    )
  ).map((r) => r.leikaKey);
