import { diffFields, recordAudit } from '../../platform/audit/audit.service.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import type {
  AgreementUpdate,
  ContactCreate,
  ContactUpdate,
  DepartmentCreate,
  DepartmentUpdate,
  TenantUpdate,
} from './tenancy.contract.js';
import { lifecycleDateIssues } from './lifecycle-dates.js';
import { enteredOperationHookOf, entersOperation, lifecycleGateOf, type ReadinessCheck } from './lifecycle-gate.js';
import { tenancyPolicy } from './tenancy.policy.js';
import * as repo from './tenancy.repository.js';
import { defaultServiceHours, type TenantSeed } from './tenants.data.js';

const staleWrite = () => new AppError('CONFLICT', 'Der Eintrag wurde inzwischen von jemand anderem geändert. Bitte neu laden.');

export async function listTenants(ctx: UseCaseContext) {
  return inActorScope(ctx, (tx) => repo.listTenants(tx));
}

/** Service agreements (targets, service hours) of all tenants in the actor's scope; no personal data. */
export async function listAgreements(ctx: UseCaseContext) {
  return inActorScope(ctx, (tx) => repo.listAgreements(tx));
}

/** The tenant with agreement, departments and contacts. Contacts are personal data: the read is audited. */
export async function getTenantDetail(ctx: UseCaseContext, tenantId: string) {
  tenancyPolicy.assertCanRead(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    const tenant = await repo.findTenant(tx, tenantId);
    if (!tenant) throw notFound('Der Mandant');
    const [agreement, departments, contacts] = [
      await repo.findAgreement(tx, tenantId),
      await repo.listDepartments(tx, tenantId),
      await repo.listContacts(tx, tenantId),
    ];
    if (contacts.length > 0) {
      await recordAudit(tx, ctx.actor, {
        action: 'personal_data.read',
        tenantId,
        entityType: 'tenant_contacts',
        entityId: tenantId,
        details: { count: contacts.length },
      });
    }
    return { tenant, agreement: agreement ?? null, departments, contacts };
  });
}

export async function updateTenant(ctx: UseCaseContext, tenantId: string, input: TenantUpdate) {
  tenancyPolicy.assertCanManage(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    const before = await repo.findTenant(tx, tenantId);
    if (!before) throw notFound('Der Mandant');
    const { version, readinessOverride, ...changes } = input;
    const issues = lifecycleDateIssues({ ...before, ...changes });
    if (issues.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Lebenszyklus und Daten passen nicht zusammen.', { issues });
    }
    // Entering operation is gated by the readiness checks, read in this same transaction (decision 0170).
    const entering = entersOperation(before.lifecycle, changes.lifecycle);
    const gate = entering ? lifecycleGateOf(ctx.database) : undefined;
    const failing: ReadinessCheck[] = gate ? (await gate(tx, ctx, tenantId)).filter((c) => c.mandatory && !c.ok) : [];
    if (failing.length > 0 && !readinessOverride) {
      throw new AppError(
        'NOT_READY',
        `${before.name} kann noch nicht in Betrieb gehen: ${failing.length} Pflichtprüfung(en) nicht erfüllt. Bitte die Voraussetzungen schaffen oder mit Begründung übersteuern.`,
        { extensions: { checks: failing } },
      );
    }
    const after = await repo.updateTenant(tx, tenantId, version, changes);
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'tenant.updated',
      tenantId,
      entityType: 'tenant',
      entityId: tenantId,
      details: { changes: diffFields(before, after) },
    });
    if (failing.length > 0 && readinessOverride) {
      await recordAudit(tx, ctx.actor, {
        action: 'tenant.readiness_overridden',
        tenantId,
        entityType: 'tenant',
        entityId: tenantId,
        details: {
          lifecycle: after.lifecycle,
          reason: readinessOverride.reason,
          failing: failing.map((c) => ({ key: c.key, detail: c.detail })),
        },
      });
    }
    await followTermWithLifecycle(tx, ctx, before, after);
    if (entering && (after.lifecycle === 'pilot' || after.lifecycle === 'live')) {
      await enteredOperationHookOf(ctx.database)?.(tx, ctx, tenantId, after.lifecycle);
    }
    return after;
  });
}

/**
 * Billing follows the agreement's term (pro rata by month, billing decision 0101): entering operation
 * starts an open term, leaving ends it with the month of the last day.
 */
async function followTermWithLifecycle(tx: Tx, ctx: UseCaseContext, before: repo.TenantRow, after: repo.TenantRow) {
  const agreement = await repo.findAgreement(tx, after.id);
  if (!agreement) return;
  let change: { termStart?: string; termEnd?: string | null } | undefined;
  if (entersOperation(before.lifecycle, after.lifecycle)) {
    const start = after.lifecycle === 'pilot' ? after.pilotStart : (after.liveStart ?? after.pilotStart);
    // A tenant coming back after it had ended starts a new term.
    if (start && agreement.termEnd && agreement.termEnd < start) change = { termStart: start, termEnd: null };
    else if (start && !agreement.termStart) change = { termStart: start };
  } else if (after.lifecycle === 'ended' && before.lifecycle !== 'ended' && after.endedOn) {
    const [y, m] = after.endedOn.split('-').map(Number) as [number, number];
    const monthEnd = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (!agreement.termEnd || agreement.termEnd > monthEnd) change = { termEnd: monthEnd };
  }
  if (!change) return;
  const updated = await repo.updateAgreement(tx, after.id, agreement.version, change);
  if (!updated) throw staleWrite();
  await recordAudit(tx, ctx.actor, {
    action: 'service_agreement.term_followed_lifecycle',
    tenantId: after.id,
    entityType: 'service_agreement',
    entityId: after.id,
    details: { lifecycle: after.lifecycle, changes: diffFields(agreement, updated) },
  });
}

export async function updateAgreement(ctx: UseCaseContext, tenantId: string, input: AgreementUpdate) {
  tenancyPolicy.assertCanManage(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    const before = await repo.findAgreement(tx, tenantId);
    if (!before) throw notFound('Die Servicevereinbarung');
    const { version, ...changes } = input;
    const after = await repo.updateAgreement(tx, tenantId, version, changes);
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'service_agreement.updated',
      tenantId,
      entityType: 'service_agreement',
      entityId: tenantId,
      details: { changes: diffFields(before, after) },
    });
    return after;
  });
}

async function assertTenantExists(tx: Tx, tenantId: string) {
  if (!(await repo.findTenant(tx, tenantId))) throw notFound('Der Mandant');
}

export async function listDepartments(ctx: UseCaseContext, tenantId: string) {
  tenancyPolicy.assertCanRead(ctx.actor, tenantId);
  return inActorScope(ctx, (tx) => repo.listDepartments(tx, tenantId));
}

export async function createDepartment(ctx: UseCaseContext, tenantId: string, input: DepartmentCreate) {
  tenancyPolicy.assertCanManage(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    await assertTenantExists(tx, tenantId);
    const row = await repo.insertDepartment(tx, { ...input, tenantId });
    await recordAudit(tx, ctx.actor, {
      action: 'department.created',
      tenantId,
      entityType: 'department',
      entityId: row.id,
      details: { name: row.name },
    });
    return row;
  });
}

export async function updateDepartment(ctx: UseCaseContext, tenantId: string, id: string, input: DepartmentUpdate) {
  tenancyPolicy.assertCanManage(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    const before = await repo.findDepartment(tx, tenantId, id);
    if (!before) throw notFound('Der Fachbereich');
    const { version, ...changes } = input;
    const after = await repo.updateDepartment(tx, tenantId, id, version, changes);
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'department.updated',
      tenantId,
      entityType: 'department',
      entityId: id,
      details: { changes: diffFields(before, after) },
    });
    return after;
  });
}

export async function createContact(ctx: UseCaseContext, tenantId: string, input: ContactCreate) {
  tenancyPolicy.assertCanManage(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    await assertTenantExists(tx, tenantId);
    if (input.departmentId && !(await repo.findDepartment(tx, tenantId, input.departmentId))) {
      throw new AppError('VALIDATION_FAILED', 'Der Fachbereich gehört nicht zu diesem Mandanten.', {
        issues: [{ field: 'departmentId', message: 'Unbekannter Fachbereich.' }],
      });
    }
    const row = await repo.insertContact(tx, { ...input, tenantId });
    await recordAudit(tx, ctx.actor, {
      action: 'tenant_contact.created',
      tenantId,
      entityType: 'tenant_contact',
      entityId: row.id,
    });
    return row;
  });
}

export async function updateContact(ctx: UseCaseContext, tenantId: string, id: string, input: ContactUpdate) {
  tenancyPolicy.assertCanManage(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.updateContact(tx, tenantId, id, input);
    if (!row) throw notFound('Die Ansprechperson');
    await recordAudit(tx, ctx.actor, {
      action: 'tenant_contact.updated',
      tenantId,
      entityType: 'tenant_contact',
      entityId: id,
      details: { fields: Object.keys(input) },
    });
    return row;
  });
}

export async function deleteContact(ctx: UseCaseContext, tenantId: string, id: string) {
  tenancyPolicy.assertCanManage(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.deleteContact(tx, tenantId, id);
    if (!row) throw notFound('Die Ansprechperson');
    await recordAudit(tx, ctx.actor, {
      action: 'tenant_contact.deleted',
      tenantId,
      entityType: 'tenant_contact',
      entityId: id,
    });
  });
}

/** Creates a tenant with its default service agreement (onboarding, demo data). Idempotent by slug. */
export async function onboardTenant(ctx: UseCaseContext, seed: TenantSeed) {
  if (ctx.actor.tenantId !== null || !ctx.actor.roles.includes('admin')) throw new AppError('FORBIDDEN');
  return inActorScope(ctx, async (tx) => {
    const existing = await repo.findTenantBySlug(tx, seed.slug);
    if (existing) return existing;
    const tenant = await repo.insertTenant(tx, {
      slug: seed.slug,
      name: seed.name,
      officialName: seed.officialName,
      ags: seed.ags,
      kind: seed.kind,
      lifecycle: seed.lifecycle,
      pilotStart: seed.pilotStart ?? null,
      liveStart: seed.liveStart ?? null,
      isHost: seed.isHost ?? false,
      postalCodes: seed.postalCodes,
    });
    await repo.insertAgreement(tx, { tenantId: tenant.id, serviceHours: defaultServiceHours });
    await recordAudit(tx, ctx.actor, {
      action: 'tenant.onboarded',
      tenantId: tenant.id,
      entityType: 'tenant',
      entityId: tenant.id,
      details: { slug: seed.slug },
    });
    return tenant;
  });
}

/**
 * Leaving, after the retention period (onboarding, decision 0170): the tenant's named people are
 * deleted, in the caller's transaction, with an audit record. Returns how many were deleted.
 */
export async function eraseTenantContactsInTx(tx: Tx, actor: UseCaseContext['actor'], tenantId: string): Promise<number> {
  const contacts = await repo.listContacts(tx, tenantId);
  for (const c of contacts) await repo.deleteContact(tx, tenantId, c.id);
  await recordAudit(tx, actor, {
    action: 'tenant_contact.erased_after_retention',
    tenantId,
    entityType: 'tenant',
    entityId: tenantId,
    details: { count: contacts.length },
  });
  return contacts.length;
}
