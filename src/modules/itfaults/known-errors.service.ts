import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { hasRole } from '../../platform/auth/actor.js';
import { listTenantsInTx } from '../tenancy/index.js';
import { knownErrorView } from './fault-view.js';
import type { KnownErrorInput } from './itfaults.contract.js';
import { itFaultsPolicy } from './itfaults.policy.js';
import * as repo from './itfaults.repository.js';
import { coverage, normalizedQuery, searchTextOf, symptomTsquery, symptomWords } from './known-error-text.js';

/**
 * Known errors: what first level reads out while the caller is on the line (symptom,
 * workaround, status, link to IT's ticket). Searched by the caller's own words.
 */
export async function searchKnownErrors(ctx: UseCaseContext, query: string) {
  itFaultsPolicy.assertCanRead(ctx.actor);
  const includeProposed = hasRole(ctx.actor, 'itdesk', 'supervisor');
  return inActorScope(ctx, async (tx) => {
    const counts = await repo.countFaultsPerKnownError(tx);
    if (!query.trim()) {
      const rows = await repo.listKnownErrors(tx, includeProposed);
      return { query, items: rows.map((r) => ({ ...knownErrorView(r, counts.get(r.id) ?? 0), score: 0 })) };
    }
    const words = symptomWords(query);
    const normalized = normalizedQuery(query);
    if (words.length === 0 && !normalized) return { query, items: [] };
    const candidates = await repo.searchKnownErrorCandidates(tx, { tsquery: symptomTsquery(words), normalized, includeProposed });
    const items = candidates
      .map((c) => ({
        row: c,
        score: coverage(query, c.searchText) + 0.3 * c.similarity + Math.min(c.rank, 0.5) - (c.status === 'fixed' ? 0.2 : 0),
      }))
      .filter((c) => c.score >= 0.3)
      .sort((a, b) => b.score - a.score)
      .slice(0, 10)
      .map((c) => ({ ...knownErrorView(c.row, counts.get(c.row.id) ?? 0), score: Math.round(c.score * 1000) / 1000 }));
    return { query, items };
  });
}

export async function createKnownError(ctx: UseCaseContext, input: KnownErrorInput & { tenantId?: string }) {
  itFaultsPolicy.assertCanManage(ctx.actor, input.tenantId);
  return inActorScope(ctx, async (tx) => {
    const tenants = await listTenantsInTx(tx);
    const tenant = input.tenantId ? tenants.find((t) => t.id === input.tenantId) : (tenants.find((t) => t.isHost) ?? tenants[0]);
    if (!tenant) throw notFound('Der Mandant');
    const keywords = input.keywords ?? '';
    const row = await repo.insertKnownError(tx, {
      tenantId: tenant.id,
      title: input.title,
      symptom: input.symptom,
      keywords,
      workaround: input.workaround ?? '',
      category: input.category,
      status: input.status,
      itTicketNumber: input.itTicketNumber ?? null,
      itTicketUrl: input.itTicketUrl ?? null,
      searchText: searchTextOf(input.title, input.symptom, keywords),
      createdByName: ctx.actor.displayName,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'it_known_error.created',
      tenantId: row.tenantId,
      entityType: 'it_known_error',
      entityId: row.id,
      details: { title: row.title, status: row.status },
    });
    return knownErrorView(row);
  });
}

/** Changes a known error (also confirms a proposal: status proposed → workaround). Optimistic lock by version. */
export async function updateKnownError(ctx: UseCaseContext, id: string, input: Partial<KnownErrorInput> & { version: number }) {
  itFaultsPolicy.assertCanManage(ctx.actor);
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findKnownError(tx, id, true);
    if (!row) throw notFound('Der bekannte Fehler');
    itFaultsPolicy.assertCanManage(ctx.actor, row.tenantId);
    if (row.version !== input.version) throw new AppError('CONFLICT');
    const { version: _v, ...changes } = input;
    const merged = { ...row, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    const updated = await repo.updateKnownError(
      tx,
      id,
      {
        title: merged.title,
        symptom: merged.symptom,
        keywords: merged.keywords ?? '',
        workaround: merged.workaround ?? '',
        category: merged.category,
        status: merged.status,
        itTicketNumber: merged.itTicketNumber ?? null,
        itTicketUrl: merged.itTicketUrl ?? null,
        searchText: searchTextOf(merged.title, merged.symptom, merged.keywords ?? ''),
      },
      now,
    );
    await recordAudit(tx, ctx.actor, {
      action: row.status === 'proposed' && updated.status !== 'proposed' ? 'it_known_error.confirmed' : 'it_known_error.updated',
      tenantId: row.tenantId,
      entityType: 'it_known_error',
      entityId: row.id,
      details: { fields: Object.keys(changes), status: updated.status },
    });
    const counts = await repo.countFaultsPerKnownError(tx);
    return knownErrorView(updated, counts.get(updated.id) ?? 0);
  });
}
