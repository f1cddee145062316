import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS, queryRows } from '../../platform/db/database.js';
import { listTenants } from '../tenancy/tenancy.service.js';
import { addMonths, insertFreshLocalRecords, storeSharedRecords, todayIso } from './catalogue-store.js';
import { demoServices } from './demo/demo-catalogue.js';
import { deriveLocalPart } from './demo/local-parts.data.js';
import { demoSynonyms, synonymPinKey } from './demo/synonyms.data.js';
import { tenantsWithLocalPart } from './responsibility.js';
import * as searchRepo from './search/search.repository.js';

/**
 * Demo knowledge base: 300+ services with local parts for all 22 tenants and the
 * colloquial synonyms. Idempotent: does nothing when services exist. Some entries
 * are deliberately overdue or incomplete so the freshness dashboard has work.
 */
export async function seedKnowledgeBase(ctx: UseCaseContext): Promise<void> {
  const tenants = await listTenants(ctx);
  const host = tenants.find((t) => t.isHost);
  if (!host) return;
  await ctx.database.scoped(ALL_TENANTS, async (tx) => {
    const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from knowledge_services`);
    if ((row?.n ?? 0) > 0) return;
    const seeds = demoServices();
    await searchRepo.insertSynonyms(
      tx,
      demoSynonyms.map((s) => ({ term: s.term, expansion: s.expansion, leikaKey: synonymPinKey(s.pin), createdBy: 'redaktion.zentral' })),
    );
    const verifiedAt = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    const { serviceIds } = await storeSharedRecords(tx, {
      records: seeds.map((s) => ({
        leikaKey: s.leikaKey,
        title: s.title,
        category: s.category,
        responsibility: s.responsibility,
        ozgId: s.ozgId ?? null,
        shortText: s.shortText,
        fullText: s.fullText ?? null,
        eligibility: s.eligibility ?? null,
        requiredDocuments: s.requiredDocuments ?? null,
        fees: s.fees ?? null,
        deadlines: s.deadlines ?? null,
        processingTime: s.processingTime ?? null,
        procedure: s.procedure ?? null,
        legalBasis: s.legalBasis ?? null,
        forms: s.forms ?? null,
        onlineServiceUrl: s.onlineServiceUrl ?? null,
        notes: s.notes ?? null,
        keywords: s.keywords,
        reviewIntervalMonths: 12,
      })),
      ownerTenantId: host.id,
      by: 'Zora Zentralredaktion',
      source: 'seed',
      verifiedAt,
    });
    // Popularity is a ranking prior, not an editable text: set it directly.
    for (const s of seeds.filter((x) => x.popularity && x.popularity !== 1)) {
      await tx.execute(sql`update knowledge_services set popularity = ${s.popularity!} where leika_key = ${s.leikaKey}`);
    }
    const idByKey = new Map(
      (await queryRows<{ id: string; leika_key: string }>(tx, sql`select id, leika_key from knowledge_services`)).map((r) => [r.leika_key, r.id]),
    );
    const today = todayIso();
    const rows = [];
    let n = 0;
    for (const seed of seeds) {
      for (const tenant of tenantsWithLocalPart(seed.responsibility, tenants)) {
        n++;
        const part = deriveLocalPart(tenant, tenants.indexOf(tenant), seed);
        rows.push({
          ...part,
          // Every 17th entry is overdue, every 29th lacks a phone number: work for the dashboard.
          phone: n % 29 === 0 ? null : part.phone,
          tenantId: tenant.id,
          serviceId: idByKey.get(seed.leikaKey)!,
          reviewDue: n % 17 === 0 ? addMonths(today, -1) : addMonths(today, 1 + (n % 11)),
          verifiedBy: `Redaktion ${tenant.name}`,
          verifiedAt,
        });
      }
    }
    await insertFreshLocalRecords(tx, { rows, by: 'demo-seed', source: 'seed' });
    // A few shared texts overdue too.
    await tx.execute(sql`update knowledge_services set review_due = ${addMonths(today, -2)}::date where leika_key like '99%' and right(leika_key, 8) like '%13%000'`);
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.seeded',
      tenantId: host.id,
      entityType: 'knowledge_catalogue',
      details: { services: serviceIds.length, localParts: rows.length, synonyms: demoSynonyms.length },
    });
  });
}
