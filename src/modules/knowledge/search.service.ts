import { systemActor } from '../../platform/auth/actor.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import type { Clock } from '../../platform/time/clock.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { listTenants, municipalitiesForPostalCode } from '../tenancy/index.js';
import { composeAnswerText } from './answer-text.js';
import { todayIso } from './catalogue-store.js';
import type { PublicSearchQuery, SearchQuery } from './knowledge.contract.js';
import { knowledgePolicy } from './knowledge.policy.js';
import * as repo from './knowledge.repository.js';
import { resolveMunicipality, type TenantWithKeys } from './municipality.js';
import { responsibleTenant, type TenantRef } from './responsibility.js';
import { englishToGerman } from './search/english-glossary.js';
import { highlight } from './search/highlight.js';
import { runSearch } from './search/search-engine.js';
import * as searchRepo from './search/search.repository.js';

/** Tenants as the knowledge module needs them (read through the tenancy module, before our transaction). */
const tenantCache = new WeakMap<Database, { at: number; tenants: TenantWithKeys[] }>();
/** Tenants change rarely (onboarding); searches reuse the list for a few seconds instead of a query each. */
const TENANT_CACHE_MS = 10_000;

export async function knowledgeTenants(ctx: UseCaseContext): Promise<TenantWithKeys[]> {
  const cached = tenantCache.get(ctx.database);
  if (cached && Date.now() - cached.at < TENANT_CACHE_MS) return cached.tenants;
  const rows = await listTenants({ ...ctx, actor: systemActor('knowledge') });
  const tenants = rows.map((t) => ({
    id: t.id,
    slug: t.slug,
    name: t.name,
    officialName: t.officialName,
    kind: t.kind,
    isHost: t.isHost,
    ags: t.ags,
    postalCodes: t.postalCodes,
  }));
  tenantCache.set(ctx.database, { at: Date.now(), tenants });
  return tenants;
}

export const tenantRef = (t: TenantRef) => ({ id: t.id, slug: t.slug, name: t.name, officialName: t.officialName });

export function presentUnit(lp: repo.LocalPartRow | undefined, today: string) {
  if (!lp) return null;
  return {
    unitName: lp.unitName,
    street: lp.street,
    postalCode: lp.postalCode,
    city: lp.city,
    openingHours: lp.openingHours,
    phone: lp.phone,
    email: lp.email,
    web: lp.web,
    localFees: lp.localFees,
    localNotes: lp.localNotes,
    verifiedBy: lp.verifiedBy,
    verifiedAt: lp.verifiedAt,
    reviewDue: lp.reviewDue,
    isOverdue: lp.reviewDue < today,
    version: lp.version,
  };
}

/** Which tenant answers for a service, given the caller's municipality (null: unknown). */
export function responsibleFor(level: repo.ServiceView['responsibility'], municipality: TenantWithKeys | null, tenants: TenantWithKeys[]) {
  const region = tenants.find((t) => t.kind === 'region')!;
  if (municipality) return responsibleTenant(level, municipality, region);
  return level === 'region' ? region : null;
}

/** Below this share of the best hit's score (or of its word coverage) a hit is the irrelevant tail. */
const TAIL_CUT = 0.5;

/**
 * Shows fewer, better hits: drops every hit scoring under half the best one or covering
 * under half as much of what the caller said as the best one (weighted words), so that a question
 * nothing fits ends with few or no results instead of a long random list.
 */
export function cutTail<T extends { score: number; matchShare: number }>(items: T[]): T[] {
  const best = items[0];
  if (!best) return items;
  return items.filter((i) => i.score >= best.score * TAIL_CUT && i.matchShare >= best.matchShare * TAIL_CUT);
}

interface SearchOptions {
  /** Log the search for knowledge gaps (agent searches: yes; public channels: no). */
  record: boolean;
}

async function search(ctx: UseCaseContext, tx: Tx, query: SearchQuery, tenants: TenantWithKeys[], options: SearchOptions) {
  const municipality = query.municipality ? resolveMunicipality(tenants, query.municipality) : null;
  const { plan, rows } = await runSearch(tx, query.q, query.limit * 2);
  const responsible = rows.map((r) => responsibleFor(r.responsibility, municipality, tenants));
  const localParts = await repo.findLocalPartsFor(
    tx,
    rows.flatMap((r, i) => (responsible[i] ? [{ tenantId: responsible[i]!.id, serviceId: r.id }] : [])),
  );
  const partOf = new Map(localParts.map((lp) => [`${lp.tenantId}:${lp.serviceId}`, lp]));
  const today = todayIso(ctx.clock.now());
  const ranked = rows
    .map((r, i) => {
      const tenant = responsible[i] ?? null;
      const lp = tenant ? partOf.get(`${tenant.id}:${r.id}`) : undefined;
      // The caller's municipality's own version first: services it offers rank above ones it does not.
      const score = r.score + (municipality ? (lp ? 0.1 : -0.3) : 0);
      const unit = presentUnit(lp, today);
      return {
        serviceId: r.id,
        leikaKey: r.leikaKey,
        title: r.title,
        category: r.category,
        responsibility: r.responsibility,
        score: Math.round(score * 1000) / 1000,
        matchShare: Math.round(r.matchShare * 1000) / 1000,
        shortText: r.shortText,
        tenant: tenant ? tenantRef(tenant) : null,
        responsibleUnit: unit,
        highlights: { title: highlight(r.title, plan.highlightTerms), shortText: highlight(r.shortText, plan.highlightTerms) },
        verifiedBy: r.verifiedBy,
        verifiedAt: r.verifiedAt,
        reviewDue: r.reviewDue,
        answerText: composeAnswerText({ ...r, unit }),
      };
    })
    .sort((a, b) => b.score - a.score);
  const items = cutTail(ranked).slice(0, query.limit);
  let searchId: string | null = null;
  if (options.record) {
    const host = tenants.find((t) => t.isHost)!;
    searchId = await searchRepo.logSearch(
      tx,
      {
        tenantId: municipality?.id ?? host.id,
        actorUserId: ctx.actor.userId,
        query: query.q.trim(),
        resultCount: items.length,
        topLeikaKeys: items.map((i) => i.leikaKey),
      },
      ctx.clock.now(),
    );
  }
  return { searchId, municipality: municipality ? tenantRef(municipality) : null, corrections: plan.corrections, items };
}

/** Agent search: ranked services with the responsible unit for the caller's municipality; logged for gap analysis. */
export async function searchKnowledge(ctx: UseCaseContext, query: SearchQuery) {
  knowledgePolicy.assertCanSearch(ctx.actor);
  const tenants = await knowledgeTenants(ctx);
  // Searching reads shared, public texts; the log row belongs to the caller's municipality,
  // which a tenant-bound editor may not own: search in the all-tenant scope.
  return ctx.database.scoped(ALL_TENANTS, (tx) => search(ctx, tx, query, tenants, { record: !!ctx.actor.userId }));
}

/** Public channels (portal, chatbot): the same search, nothing logged. */
export async function searchKnowledgePublic(database: Database, clock: Clock, query: SearchQuery) {
  const ctx: UseCaseContext = { database, actor: systemActor('public-knowledge'), clock };
  const tenants = await knowledgeTenants(ctx);
  return database.scoped(ALL_TENANTS, (tx) => search(ctx, tx, query, tenants, { record: false }));
}

/**
 * The portal's search: as searchKnowledgePublic, but a postal code shared by several municipalities
 * (30669: Hannover and Langenhagen) is not resolved to one of them; the answer names them, the citizen
 * chooses, and the results are the ones without a town until then.
 */
export async function searchKnowledgeForCitizens(
  database: Database,
  clock: Clock,
  asked: SearchQuery & Partial<Pick<PublicSearchQuery, 'language'>>,
) {
  // English questions meet a German catalogue: 'identity card' is searched as 'Personalausweis'.
  const { language, ...german } = asked;
  const query: SearchQuery = language === 'en' ? { ...german, q: englishToGerman(german.q) } : german;
  const code = query.municipality?.trim() ?? '';
  const shared = /^[0-9]{5}$/.test(code) ? municipalitiesForPostalCode(code) : [];
  if (shared.length < 2) return { ...(await searchKnowledgePublic(database, clock, query)), municipalityChoices: null };
  const tenants = await knowledgeTenants({ database, actor: systemActor('public-knowledge'), clock });
  const municipalityChoices = shared
    .map((ags) => tenants.find((t) => t.ags === ags))
    .filter((t) => t !== undefined)
    .map((t) => ({ id: t.id, slug: t.slug, name: t.name, officialName: t.officialName }));
  const { municipality: _asked, ...withoutTown } = query;
  return { ...(await searchKnowledgePublic(database, clock, withoutTown)), municipalityChoices };
}

/** The agent opened a result: the search was useful. */
export async function recordSearchClick(ctx: UseCaseContext, searchId: string, leikaKey: string) {
  knowledgePolicy.assertCanSearch(ctx.actor);
  await ctx.database.scoped(ALL_TENANTS, async (tx) => {
    if (!(await searchRepo.recordClick(tx, searchId, leikaKey, ctx.clock.now()))) throw notFound('Die Suche');
  });
}

/**
 * For the contacts module: an agent documented a contact with this service. Links it
 * to the search it came from (`searchId`, or the actor's latest search within 30
 * minutes); when the search did not offer the service, it shows up as a knowledge gap.
 * Runs in the caller's transaction. Returns whether a search was found to link.
 */
export async function noteDocumentedService(
  tx: Tx,
  input: { leikaKey: string; searchId?: string; actorUserId?: string | null; at: Date },
): Promise<boolean> {
  if (!/^[0-9]{14}$/.test(input.leikaKey)) throw new AppError('VALIDATION_FAILED', 'Der LeiKa-Schlüssel hat genau 14 Ziffern.');
  if (!input.searchId && !input.actorUserId) return false;
  return searchRepo.recordDocumented(tx, input);
}

/** Knowledge gaps: own tenant for tenant editors; all tenants for central editors and the center's staff. */
export async function listKnowledgeGaps(ctx: UseCaseContext) {
  knowledgePolicy.assertCanSeeFreshness(ctx.actor);
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  const seesAll = !ctx.actor.tenantId || knowledgePolicy.isCentralEditor(ctx.actor, host.id);
  const run = (tx: Tx) => searchRepo.listGaps(tx, seesAll ? null : ctx.actor.tenantId);
  const gaps = seesAll ? await ctx.database.scoped(ALL_TENANTS, run) : await inActorScope(ctx, run);
  const byId = new Map(tenants.map((t) => [t.id, t]));
  return gaps.map((g) => ({ ...g, tenant: tenantRef(byId.get(g.tenantId)!) }));
}

export async function resolveKnowledgeGap(ctx: UseCaseContext, tenantId: string, query: string) {
  knowledgePolicy.assertCanSeeFreshness(ctx.actor);
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  const seesAll = !ctx.actor.tenantId || knowledgePolicy.isCentralEditor(ctx.actor, host.id);
  if (!seesAll && ctx.actor.tenantId !== tenantId) throw notFound('Die Wissenslücke');
  const run = (tx: Tx) => searchRepo.resolveGap(tx, tenantId, query);
  const count = seesAll ? await ctx.database.scoped(ALL_TENANTS, run) : await inActorScope(ctx, run);
  if (count === 0) throw notFound('Die Wissenslücke');
  return { resolved: count };
}

/**
 * For the assistant: a question it could not answer (or handed over) becomes a knowledge gap for the
 * editors, like an agent's search nobody clicked. In the caller's transaction (all-tenant scope).
 */
export async function recordKnowledgeGapInTx(
  tx: Tx,
  entry: { tenantId: string; query: string; topLeikaKeys: string[] },
  now: Date,
): Promise<void> {
  await searchRepo.logSearch(
    tx,
    {
      tenantId: entry.tenantId,
      actorUserId: null,
      query: entry.query.trim().slice(0, 500),
      resultCount: entry.topLeikaKeys.length,
      topLeikaKeys: entry.topLeikaKeys,
    },
    now,
  );
}
