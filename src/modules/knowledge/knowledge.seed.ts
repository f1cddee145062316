import { recordAudit } from '../../platform/audit/audit.service.js';
import type { UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS } from '../../platform/db/database.js';
import { listTenants } from '../tenancy/index.js';
import { addMonths, insertFreshLocalRecords, storeSharedRecords, todayIso } from './catalogue-store.js';
import { demoServices } from './demo/demo-catalogue.js';
import { deriveLocalPart } from './demo/local-parts.data.js';
import { demoSynonyms, synonymPinKey } from './demo/synonyms.data.js';
import * as repo from './knowledge.repository.js';
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
    if ((await repo.countServices(tx)) > 0) return;
    const seeds = demoServices();
    await searchRepo.insertSynonyms(
      tx,
      demoSynonyms.map((s) => ({ term: s.term, expansion: s.expansion, leikaKey: synonymPinKey(s.pin), createdBy: 'redaktion.zentral' })),
    );
    const verifiedAt = new Date(ctx.clock.now().getTime() - 40 * 24 * 3600 * 1000);
    const { serviceIds } = await storeSharedRecords(tx, {
      now: ctx.clock.now(),
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
        en: s.en ?? null,
      })),
      ownerTenantId: host.id,
      by: 'Zora Zentralredaktion',
      source: 'seed',
      verifiedAt,
    });
    // Popularity is a ranking prior, not an editable text: set it directly.
    for (const s of seeds.filter((x) => x.popularity && x.popularity !== 1)) {
      await repo.setServicePopularity(tx, s.leikaKey, s.popularity!);
    }
    const idByKey = await repo.serviceIdsByLeikaKey(tx);
    const today = todayIso(ctx.clock.now());
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
    await repo.markDemoSharedTextsOverdue(tx, addMonths(today, -2));
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.seeded',
      tenantId: host.id,
      entityType: 'knowledge_catalogue',
      details: { services: serviceIds.length, localParts: rows.length, synonyms: demoSynonyms.length },
    });
  });
}
