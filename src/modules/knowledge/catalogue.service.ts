import { recordAudit } from '../../platform/audit/audit.service.js';
import { systemActor } from '../../platform/auth/actor.js';
import type { UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import type { Clock } from '../../platform/time/clock.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { composeAnswerText } from './answer-text.js';
import type { SynonymCreate } from './knowledge.contract.js';
import { knowledgePolicy } from './knowledge.policy.js';
import * as repo from './knowledge.repository.js';
import { resolveMunicipality } from './municipality.js';
import { reindexServices } from './search/search-engine.js';
import * as searchRepo from './search/search.repository.js';
import { knowledgeTenants, presentUnit, responsibleFor, tenantRef } from './search.service.js';
import { todayIso } from './catalogue-store.js';

/**
 * For other modules (contacts, tickets, chatbot): a service by its LeiKa key, inside
 * the caller's transaction. Shared texts are not tenant-owned, so any scope sees them.
 */
export async function findServiceByLeikaKey(tx: Tx, leikaKey: string): Promise<repo.ServiceView | undefined> {
  if (!/^[0-9]{14}$/.test(leikaKey)) return undefined;
  return repo.findServiceByLeikaKey(tx, leikaKey);
}

/** One service with the responsible unit for a municipality (AGS, postal code or name). */
export async function getServiceDetail(ctx: UseCaseContext, leikaKey: string, municipalityInput?: string) {
  knowledgePolicy.assertCanSearch(ctx.actor);
  const tenants = await knowledgeTenants(ctx);
  const municipality = municipalityInput ? resolveMunicipality(tenants, municipalityInput) : null;
  return ctx.database.scoped(ALL_TENANTS, async (tx) => {
    const service = await repo.findServiceByLeikaKey(tx, leikaKey);
    if (service?.status !== 'published') throw notFound('Die Leistung');
    const tenant = responsibleFor(service.responsibility, municipality, tenants);
    const unit = presentUnit(tenant ? await repo.findLocalPart(tx, tenant.id, service.id) : undefined, todayIso(ctx.clock.now()));
    return {
      service,
      municipality: municipality ? tenantRef(municipality) : null,
      tenant: tenant ? tenantRef(tenant) : null,
      responsibleUnit: unit,
      answerText: composeAnswerText({ ...service, unit }),
    };
  });
}

export async function getServiceDetailPublic(database: Database, clock: Clock, leikaKey: string, municipality?: string) {
  return getServiceDetail({ database, actor: systemActor('public-knowledge'), clock }, leikaKey, municipality);
}

/** English title and short text per LeiKa key, where editors supplied them (the portal's English search, decision 0163). */
export async function englishTitlesFor(database: Database, leikaKeys: string[]) {
  const rows = await database.scoped(ALL_TENANTS, (tx) => repo.listEnglishByKeys(tx, leikaKeys));
  return new Map(rows.map((r) => [r.leikaKey, r.en ? { title: r.en.title ?? null, shortText: r.en.shortText ?? null } : null]));
}

export async function listCatalogue(ctx: UseCaseContext, filter: { category?: string; limit: number; offset: number }) {
  knowledgePolicy.assertCanSearch(ctx.actor);
  return ctx.database.scoped(ALL_TENANTS, (tx) => repo.listServices(tx, filter));
}

export async function listSynonyms(ctx: UseCaseContext) {
  knowledgePolicy.assertCanSearch(ctx.actor);
  return ctx.database.scoped(ALL_TENANTS, (tx) => searchRepo.listSynonyms(tx));
}

/** Central editors add colloquial terms; the search vocabulary is rebuilt in the same transaction. */
export async function createSynonym(ctx: UseCaseContext, input: SynonymCreate) {
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  knowledgePolicy.assertCanManageSynonyms(ctx.actor, host.id);
  return ctx.database.scoped(ALL_TENANTS, async (tx) => {
    if (input.leikaKey && !(await repo.findServiceByLeikaKey(tx, input.leikaKey))) {
      throw new AppError('VALIDATION_FAILED', 'Zu diesem LeiKa-Schlüssel gibt es keine Leistung.', {
        issues: [{ field: 'leikaKey', message: 'Unbekannter LeiKa-Schlüssel.' }],
      });
    }
    const [row] = await searchRepo.insertSynonyms(tx, [{ ...input, leikaKey: input.leikaKey ?? null, createdBy: ctx.actor.username }]);
    if (!row) throw new AppError('CONFLICT', `Den Begriff „${input.term}“ gibt es schon.`);
    await searchRepo.rebuildVocabulary(tx);
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.synonym_created',
      tenantId: host.id,
      entityType: 'knowledge_synonym',
      entityId: row.id,
      details: { term: row.term },
    });
    return { id: row.id, term: row.term, expansion: row.expansion, leikaKey: row.leikaKey };
  });
}

export async function deleteSynonym(ctx: UseCaseContext, id: string) {
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  knowledgePolicy.assertCanManageSynonyms(ctx.actor, host.id);
  await ctx.database.scoped(ALL_TENANTS, async (tx) => {
    if (!(await searchRepo.deleteSynonym(tx, id))) throw notFound('Der Begriff');
    await searchRepo.rebuildVocabulary(tx);
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.synonym_deleted',
      tenantId: host.id,
      entityType: 'knowledge_synonym',
      entityId: id,
    });
  });
}

/** After changing search internals (e.g. the compound rules), rebuild every document. */
export async function rebuildSearchIndex(ctx: UseCaseContext) {
  const tenants = await knowledgeTenants(ctx);
  knowledgePolicy.assertCanManageSynonyms(ctx.actor, tenants.find((t) => t.isHost)!.id);
  await ctx.database.scoped(ALL_TENANTS, (tx) => reindexServices(tx));
}
