import { systemActor } from '../../platform/auth/actor.js';
import { diffFields, recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { addMonths, localContent, sharedContent, storeLocalRecords, storeSharedRecords, todayIso } from './catalogue-store.js';
import { localFieldsSchema, sharedFieldsSchema, type DraftCreate } from './knowledge.contract.js';
import { knowledgePolicy } from './knowledge.policy.js';
import * as repo from './knowledge.repository.js';
import type { KnowledgePart } from './knowledge.schema.js';
import { tenantsWithLocalPart } from './responsibility.js';
import { listTenants } from '../tenancy/index.js';
import { knowledgeTenants } from './search.service.js';

/**
 * Distributed editing: an editor writes a draft, submits it for review, and an
 * editor of the same tenant publishes or rejects it. Publishing writes the live
 * entry and a version with the diff, in one transaction with the audit record.
 */
const staleDraft = () => new AppError('CONFLICT', 'Der Entwurf wurde inzwischen geändert. Bitte neu laden.');
const staleEntry = () =>
  new AppError('CONFLICT', 'Der veröffentlichte Eintrag wurde seit Beginn des Entwurfs geändert. Bitte den Entwurf neu anlegen.');

async function hostAndOwner(ctx: UseCaseContext, part: KnowledgePart) {
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  return { tenants, host, owner: knowledgePolicy.ownerTenantOf(ctx.actor, part, host.id) };
}

async function liveVersion(tx: Tx, part: KnowledgePart, ownerTenantId: string, service: repo.ServiceView | undefined) {
  if (!service) return null;
  if (part === 'shared') return service.version;
  return (await repo.findLocalPart(tx, ownerTenantId, service.id))?.version ?? null;
}

export async function createDraft(ctx: UseCaseContext, input: DraftCreate) {
  const { tenants, owner } = await hostAndOwner(ctx, input.part);
  return inActorScope(ctx, async (tx) => {
    const service = await repo.findServiceByLeikaKey(tx, input.leikaKey);
    if (input.part === 'local') {
      if (!service) throw notFound('Die Leistung');
      const keepers = tenantsWithLocalPart(service.responsibility, tenants);
      if (!keepers.some((t) => t.id === owner)) {
        throw new AppError(
          'FORBIDDEN',
          'Für diese Leistung ist eine andere Verwaltungsebene zuständig; Ihre Kommune pflegt dafür keinen örtlichen Teil.',
        );
      }
    }
    const draft = await repo.insertDraft(tx, {
      tenantId: owner,
      serviceId: service?.id ?? null,
      leikaKey: input.leikaKey,
      part: input.part,
      content: input.content as Record<string, unknown>,
      baseVersion: await liveVersion(tx, input.part, owner, service),
      createdBy: ctx.actor.username,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.draft_created',
      tenantId: owner,
      entityType: 'knowledge_draft',
      entityId: draft.id,
      details: { leikaKey: input.leikaKey, part: input.part },
    });
    return draft;
  });
}

async function loadDraft(tx: Tx, id: string, allowed: repo.DraftRow['status'][]) {
  const draft = await repo.findDraft(tx, id);
  if (!draft) throw notFound('Der Entwurf');
  if (!allowed.includes(draft.status)) {
    throw new AppError('CONFLICT', `Der Entwurf hat den Status „${draft.status}“ und kann so nicht bearbeitet werden.`);
  }
  return draft;
}

export async function updateDraft(ctx: UseCaseContext, id: string, input: { version: number; content: Record<string, unknown> }) {
  return inActorScope(ctx, async (tx) => {
    const draft = await loadDraft(tx, id, ['draft', 'rejected']);
    knowledgePolicy.assertDraftEditor(ctx.actor, draft.tenantId);
    const content = (draft.part === 'shared' ? sharedFieldsSchema : localFieldsSchema).parse(input.content) as Record<string, unknown>;
    const after = await repo.updateDraft(tx, id, input.version, { content, status: 'draft' });
    if (!after) throw staleDraft();
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.draft_updated',
      tenantId: draft.tenantId,
      entityType: 'knowledge_draft',
      entityId: id,
      details: { changes: diffFields(draft.content, content) },
    });
    return after;
  });
}

export async function submitDraft(ctx: UseCaseContext, id: string) {
  return inActorScope(ctx, async (tx) => {
    const draft = await loadDraft(tx, id, ['draft', 'rejected']);
    knowledgePolicy.assertDraftEditor(ctx.actor, draft.tenantId);
    const after = await repo.updateDraft(tx, id, draft.version, {
      status: 'in_review',
      submittedBy: ctx.actor.username,
      submittedAt: ctx.clock.now(),
    });
    if (!after) throw staleDraft();
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.draft_submitted',
      tenantId: draft.tenantId,
      entityType: 'knowledge_draft',
      entityId: id,
    });
    return after;
  });
}

/**
 * Whether the tenant publishes only after a second editor's review. Read fresh (not from
 * the search's tenant cache), so the admin's switch applies to the very next publication.
 */
async function requiresFourEyes(ctx: UseCaseContext, tenantId: string) {
  const rows = await listTenants({ ...ctx, actor: systemActor('knowledge') });
  return rows.find((t) => t.id === tenantId)?.knowledgeFourEyes ?? true;
}

/** Review passed: the draft becomes the live entry, a new version with its diff is kept. */
export async function publishDraft(ctx: UseCaseContext, id: string, comment?: string) {
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  // Read before the transaction: on PGlite's single connection a second query from outside
  // the open transaction would wait for it forever. Only the actor's own tenant's drafts are
  // publishable (assertDraftEditor), so its switch is the one that applies.
  const fourEyes = ctx.actor.tenantId ? await requiresFourEyes(ctx, ctx.actor.tenantId) : true;
  return inActorScope(ctx, async (tx) => {
    const draft = await loadDraft(tx, id, ['in_review']);
    knowledgePolicy.assertDraftEditor(ctx.actor, draft.tenantId);
    if (fourEyes && knowledgePolicy.isOwnDraft(ctx.actor, draft)) {
      throw new AppError(
        'FOUR_EYES_REQUIRED',
        'Vier-Augen-Prinzip: Ein Entwurf wird von einer anderen Redakteurin oder einem anderen Redakteur derselben Verwaltung veröffentlicht, nicht von der Person, die ihn geschrieben oder zur Prüfung gegeben hat.',
      );
    }
    const service = await repo.findServiceByLeikaKey(tx, draft.leikaKey);
    if ((await liveVersion(tx, draft.part, draft.tenantId, service)) !== draft.baseVersion) throw staleEntry();
    const by = ctx.actor.displayName;
    let diff: Record<string, unknown>;
    if (draft.part === 'shared') {
      const content = sharedFieldsSchema.parse(draft.content);
      diff = service ? diffFields(sharedContent(service), content) : {};
      await storeSharedRecords(tx, {
        records: [{ ...content, leikaKey: draft.leikaKey }],
        ownerTenantId: host.id,
        by,
        source: 'draft',
        draftId: id,
        now: ctx.clock.now(),
      });
    } else {
      const content = localFieldsSchema.parse(draft.content);
      const before = await repo.findLocalPart(tx, draft.tenantId, service!.id);
      diff = before ? diffFields(localContent(before), content) : {};
      await storeLocalRecords(tx, {
        tenantId: draft.tenantId,
        records: [{ ...content, serviceId: service!.id }],
        by,
        source: 'draft',
        draftId: id,
        now: ctx.clock.now(),
      });
    }
    const after = await repo.updateDraft(tx, id, draft.version, {
      status: 'published',
      reviewedBy: ctx.actor.username,
      reviewedAt: ctx.clock.now(),
      reviewComment: comment ?? null,
    });
    if (!after) throw staleDraft();
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.published',
      tenantId: draft.tenantId,
      entityType: 'knowledge_service',
      entityId: draft.leikaKey,
      details: { part: draft.part, draftId: id, changes: diff },
    });
    return after;
  });
}

export async function rejectDraft(ctx: UseCaseContext, id: string, comment?: string) {
  const tenants = await knowledgeTenants(ctx);
  const _host = tenants.find((t) => t.isHost)!;
  return inActorScope(ctx, async (tx) => {
    const draft = await loadDraft(tx, id, ['in_review']);
    knowledgePolicy.assertDraftEditor(ctx.actor, draft.tenantId);
    const after = await repo.updateDraft(tx, id, draft.version, {
      status: 'rejected',
      reviewedBy: ctx.actor.username,
      reviewedAt: ctx.clock.now(),
      reviewComment: comment ?? null,
    });
    if (!after) throw staleDraft();
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.draft_rejected',
      tenantId: draft.tenantId,
      entityType: 'knowledge_draft',
      entityId: id,
      details: { comment },
    });
    return after;
  });
}

export async function listDrafts(ctx: UseCaseContext, status?: repo.DraftRow['status']) {
  knowledgePolicy.assertCanSeeFreshness(ctx.actor);
  return inActorScope(ctx, (tx) => repo.listDrafts(tx, { status }));
}

/** "Still correct": the editor confirms an entry without changes; the next review is due after the interval. */
export async function verifyEntry(ctx: UseCaseContext, leikaKey: string, part: KnowledgePart) {
  const { owner } = await hostAndOwner(ctx, part);
  return inActorScope(ctx, async (tx) => {
    const service = await repo.findServiceByLeikaKey(tx, leikaKey);
    if (!service) throw notFound('Die Leistung');
    const reviewDue = addMonths(todayIso(ctx.clock.now()), service.reviewIntervalMonths);
    if (part === 'shared') await repo.setServiceVerified(tx, service.id, ctx.actor.displayName, reviewDue, ctx.clock.now());
    else {
      const local = await repo.findLocalPart(tx, owner, service.id);
      if (!local) throw notFound('Der örtliche Teil');
      await repo.setLocalPartVerified(tx, local.id, ctx.actor.displayName, reviewDue, ctx.clock.now());
    }
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.verified',
      tenantId: owner,
      entityType: 'knowledge_service',
      entityId: leikaKey,
      details: { part, reviewDue },
    });
    return { leikaKey, part, verifiedBy: ctx.actor.displayName, reviewDue };
  });
}

/** Version history of a service: shared text versions and the local versions the actor may see. */
export async function listServiceVersions(ctx: UseCaseContext, leikaKey: string) {
  knowledgePolicy.assertCanSearch(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const service = await repo.findServiceByLeikaKey(tx, leikaKey);
    if (!service) throw notFound('Die Leistung');
    return repo.listVersions(tx, service.id);
  });
}
