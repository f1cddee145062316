import { createHash } from 'node:crypto';
import { requireRole, requireTenantAccess, systemActor } from '../../platform/auth/actor.js';
import { diffFields, recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { localDate } from '../../platform/time/berlin-time.js';
import type { Clock } from '../../platform/time/clock.js';
import { appointmentSetupInTx } from '../appointments/index.js';
import { listBillingKeyVersionsInTx } from '../billing/index.js';
import { telephonyReadinessInTx } from '../contacts/index.js';
import { localPartCoverageInTx } from '../knowledge/index.js';
import { listTrainedAgentsInTx } from '../routing/index.js';
import {
  eraseTenantContactsInTx,
  findAgreementInTx,
  findTenantInTx,
  isValidLeitwegId,
  listContactsInTx,
  listDepartmentsInTx,
  listTenantsInTx,
  updateTenant,
  type ReadinessCheck,
  type Tenant,
} from '../tenancy/index.js';
import { listTenantClosingDaysInTx } from '../tickets/index.js';
import type { OnboardingUpdate, StepUpdate } from './onboarding.contract.js';
import * as repo from './onboarding.repository.js';
import { onboardingStepKeys, type OnboardingStepKey, type StepOwner } from './onboarding.schema.js';
import { evaluateReadiness, isReady, type ReadinessSettings } from './readiness.js';

const staleWrite = () => new AppError('CONFLICT', 'Der Eintrag wurde inzwischen von jemand anderem geändert. Bitte neu laden.');

/** Who usually owns each step of the purpose agreement (editable per tenant). */
const defaultOwners: Record<OnboardingStepKey, StepOwner> = {
  tasks: 'center',
  technical: 'center',
  data_protection: 'municipality',
  cost_refund: 'municipality',
  term: 'center',
};

function addDaysIso(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonthsIso(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

function assertAdmin(ctx: UseCaseContext, tenantId: string) {
  requireRole(ctx.actor, 'admin');
  requireTenantAccess(ctx.actor, tenantId);
}

async function tenantOrThrow(tx: Tx, tenantId: string): Promise<Tenant> {
  const tenant = await findTenantInTx(tx, tenantId);
  if (!tenant) throw notFound('Der Mandant');
  return tenant;
}

/** The onboarding record as the API shows it; defaults (version 0) while nothing was saved. */
function viewOf(tenantId: string, row: repo.OnboardingRow | undefined) {
  return (
    row ?? {
      tenantId,
      answeredCategories: [],
      forwardedServices: null,
      includesBookings: false,
      bookedServices: null,
      technicalNotes: null,
      processingAgreementSignedOn: null,
      noticeMonths: null,
      retentionMonths: 6,
      goLiveOn: null,
      goLiveLifecycle: null,
      goLiveOverrideReason: null,
      goLiveCheckedAt: null,
      goLiveOutcome: null,
      leavingOn: null,
      exportedAt: null,
      deletionDueOn: null,
      deletedAt: null,
      updatedAt: null,
      version: 0,
    }
  );
}

// --- Readiness ---------------------------------------------------------------------------------

/**
 * The readiness checks of a tenant, computed from the data through each owning module's public entry,
 * inside the caller's transaction (tenancy's lifecycle gate calls this in its own update transaction).
 */
export async function readinessInTx(tx: Tx, tenantId: string, today: string, now: Date, settings: ReadinessSettings) {
  const tenant = await tenantOrThrow(tx, tenantId);
  const agreement = await findAgreementInTx(tx, tenantId);
  const onboarding = viewOf(tenantId, await repo.findOnboarding(tx, tenantId));
  const telephony = await telephonyReadinessInTx(tx, tenantId, now);
  const departments = await listDepartmentsInTx(tx, tenantId);
  // Only the link to a department is read here, no personal data is shown: no audit record.
  const contacts = await listContactsInTx(tx, tenantId);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const knowledge = await localPartCoverageInTx(tx, tenant, onboarding.answeredCategories, today);
  const offices = await appointmentSetupInTx(tx, tenantId);
  const keys = await listBillingKeyVersionsInTx(tx, [tenantId]);
  const trained = await listTrainedAgentsInTx(tx, tenantId);
  const closingDays = await listTenantClosingDaysInTx(tx, [tenantId], today, addDaysIso(today, 730));
  const hours = agreement?.serviceHours ?? {};
  const checks = evaluateReadiness(
    {
      hotlines: telephony.hotlines,
      connectedSystems: telephony.connectedSystems,
      departments,
      departmentContacts: contacts
        .filter((c) => c.departmentId && (c.email || c.phone) && departmentName.has(c.departmentId))
        .map((c) => ({ departmentName: departmentName.get(c.departmentId!)! })),
      knowledge,
      includesBookings: onboarding.includesBookings,
      offices,
      isHost: tenant.isHost,
      billing: {
        leitwegId: agreement?.leitwegId ?? null,
        leitwegIdValid: !!agreement?.leitwegId && isValidLeitwegId(agreement.leitwegId),
        addressComplete: !!(agreement?.billingStreet && agreement.billingPostalCode && agreement.billingCity),
        contactComplete: !!(agreement?.billingContactName && agreement.billingContactEmail),
        keyVersions: keys.length,
      },
      trainedAgents: trained.map((a) => a.displayName),
      serviceHoursDays: Object.values(hours).filter((list) => Array.isArray(list) && list.length > 0).length,
      closingDaysAhead: closingDays.length,
      processingAgreementSignedOn: onboarding.processingAgreementSignedOn,
    },
    settings,
  );
  return { ready: isReady(checks), checks };
}

export async function getReadiness(ctx: UseCaseContext, tenantId: string, settings: ReadinessSettings) {
  assertAdmin(ctx, tenantId);
  const now = ctx.clock.now();
  return inActorScope(ctx, (tx) => readinessInTx(tx, tenantId, localDate(now), now, settings));
}

/** The gate tenancy asks before a tenant enters operation (registered by the route plugin). */
export const readinessGate =
  (settings: ReadinessSettings) =>
  async (tx: Tx, ctx: UseCaseContext, tenantId: string): Promise<ReadinessCheck[]> => {
    const now = ctx.clock.now();
    return (await readinessInTx(tx, tenantId, localDate(now), now, settings)).checks;
  };

// --- The onboarding record and its steps -------------------------------------------------------

function stepsOf(rows: repo.StepRow[]) {
  return onboardingStepKeys.map((key) => {
    const row = rows.find((r) => r.stepKey === key);
    return row
      ? { stepKey: key, owner: row.owner, status: row.status, dueOn: row.dueOn, doneOn: row.doneOn, note: row.note, version: row.version }
      : { stepKey: key, owner: defaultOwners[key], status: 'open' as const, dueOn: null, doneOn: null, note: null, version: 0 };
  });
}

export async function getOnboarding(ctx: UseCaseContext, tenantId: string) {
  assertAdmin(ctx, tenantId);
  return inActorScope(ctx, async (tx) => {
    await tenantOrThrow(tx, tenantId);
    return {
      onboarding: viewOf(tenantId, await repo.findOnboarding(tx, tenantId)),
      steps: stepsOf(await repo.listSteps(tx, tenantId)),
      documents: await repo.listDocuments(tx, tenantId),
    };
  });
}

export async function updateOnboarding(ctx: UseCaseContext, tenantId: string, input: OnboardingUpdate) {
  assertAdmin(ctx, tenantId);
  const today = localDate(ctx.clock.now());
  return inActorScope(ctx, async (tx) => {
    const tenant = await tenantOrThrow(tx, tenantId);
    const before = viewOf(tenantId, await repo.findOnboarding(tx, tenantId));
    const { version, ...changes } = input;
    const merged = { ...before, ...changes };
    const issues: { field: string; message: string }[] = [];
    if ((merged.goLiveOn === null) !== (merged.goLiveLifecycle === null)) {
      issues.push({ field: merged.goLiveOn ? 'goLiveLifecycle' : 'goLiveOn', message: 'Termin und Betriebsart gehören zusammen.' });
    }
    if (changes.goLiveOn && changes.goLiveOn !== before.goLiveOn && changes.goLiveOn < today) {
      issues.push({ field: 'goLiveOn', message: 'Der Start kann nicht in der Vergangenheit liegen.' });
    }
    if (changes.goLiveOn && (tenant.lifecycle === 'pilot' || tenant.lifecycle === 'live') && merged.goLiveLifecycle === tenant.lifecycle) {
      issues.push({ field: 'goLiveLifecycle', message: 'Der Mandant ist schon in dieser Betriebsart.' });
    }
    if (changes.leavingOn && changes.leavingOn !== before.leavingOn && changes.leavingOn < today) {
      issues.push({ field: 'leavingOn', message: 'Das Ende kann nicht in der Vergangenheit liegen.' });
    }
    if (merged.leavingOn && merged.goLiveOn && merged.leavingOn < merged.goLiveOn) {
      issues.push({ field: 'leavingOn', message: 'Das Ende muss nach dem Start liegen.' });
    }
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', undefined, { issues });
    // A new go-live date starts a new attempt.
    const rescheduled = changes.goLiveOn !== undefined && changes.goLiveOn !== before.goLiveOn;
    const after = await repo.saveOnboarding(
      tx,
      tenantId,
      version,
      { ...changes, ...(rescheduled ? { goLiveCheckedAt: null, goLiveOutcome: null } : {}) },
      ctx.clock.now(),
    );
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'onboarding.updated',
      tenantId,
      entityType: 'tenant_onboarding',
      entityId: tenantId,
      details: { changes: diffFields(before, after) },
    });
    return after;
  });
}

export async function updateStep(ctx: UseCaseContext, tenantId: string, stepKey: OnboardingStepKey, input: StepUpdate) {
  assertAdmin(ctx, tenantId);
  const issues: { field: string; message: string }[] = [];
  if (input.status === 'done' && !input.doneOn)
    issues.push({ field: 'doneOn', message: 'Für einen erledigten Schritt bitte das Datum angeben.' });
  if (input.status !== 'done' && input.doneOn)
    issues.push({ field: 'doneOn', message: 'Ein Erledigt-Datum nur bei erledigten Schritten.' });
  if (input.doneOn && input.doneOn > localDate(ctx.clock.now()))
    issues.push({ field: 'doneOn', message: 'Das Erledigt-Datum kann nicht in der Zukunft liegen.' });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', undefined, { issues });
  return inActorScope(ctx, async (tx) => {
    await tenantOrThrow(tx, tenantId);
    const before = await repo.findStep(tx, tenantId, stepKey);
    const { version, ...values } = input;
    const after = await repo.saveStep(tx, tenantId, stepKey, version, values, ctx.clock.now());
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'onboarding.step_updated',
      tenantId,
      entityType: 'onboarding_step',
      entityId: tenantId,
      details: { stepKey, changes: before ? diffFields(before, after) : values },
    });
    return stepsOf([after])[onboardingStepKeys.indexOf(stepKey)]!;
  });
}

// --- Documents ---------------------------------------------------------------------------------

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export async function uploadDocument(
  ctx: UseCaseContext,
  tenantId: string,
  input: { stepKey: OnboardingStepKey; fileName: string; content: Buffer },
) {
  assertAdmin(ctx, tenantId);
  if (input.content.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Die Datei ist leer.', { issues: [{ field: 'file', message: 'Die Datei ist leer.' }] });
  if (input.content.length > MAX_DOCUMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'Höchstens 5 MB je Dokument.');
  if (input.content.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new AppError('VALIDATION_FAILED', 'Bitte ein PDF hochladen.', {
      issues: [{ field: 'file', message: 'Die Datei ist kein PDF.' }],
    });
  }
  const fileName = input.fileName.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 150) || 'dokument.pdf';
  return inActorScope(ctx, async (tx) => {
    await tenantOrThrow(tx, tenantId);
    const row = await repo.insertDocument(tx, {
      tenantId,
      stepKey: input.stepKey,
      fileName: fileName.toLowerCase().endsWith('.pdf') ? fileName : `${fileName}.pdf`,
      sizeBytes: input.content.length,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      contentBase64: input.content.toString('base64'),
      uploadedBy: ctx.actor.displayName,
      createdAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx.actor, {
      action: 'onboarding.document_uploaded',
      tenantId,
      entityType: 'onboarding_document',
      entityId: row.id,
      details: { stepKey: row.stepKey, fileName: row.fileName, sizeBytes: row.sizeBytes, sha256: row.sha256 },
    });
    return row;
  });
}

export async function downloadDocument(ctx: UseCaseContext, tenantId: string, id: string) {
  assertAdmin(ctx, tenantId);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findDocument(tx, tenantId, id);
    if (!row) throw notFound('Das Dokument');
    return { fileName: row.fileName, content: Buffer.from(row.contentBase64, 'base64') };
  });
}

export async function deleteDocument(ctx: UseCaseContext, tenantId: string, id: string) {
  assertAdmin(ctx, tenantId);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.deleteDocument(tx, tenantId, id);
    if (!row) throw notFound('Das Dokument');
    await recordAudit(tx, ctx.actor, {
      action: 'onboarding.document_deleted',
      tenantId,
      entityType: 'onboarding_document',
      entityId: id,
      details: { fileName: row.fileName, sha256: row.sha256 },
    });
  });
}

// --- Leaving: the export for the municipality --------------------------------------------------

/** What the center hands the municipality when it leaves: its agreement, departments, contacts, onboarding record. */
export async function exportTenantData(ctx: UseCaseContext, tenantId: string) {
  assertAdmin(ctx, tenantId);
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => {
    const tenant = await tenantOrThrow(tx, tenantId);
    const contacts = await listContactsInTx(tx, tenantId);
    const data = {
      exportedAt: now.toISOString(),
      tenant: {
        slug: tenant.slug,
        name: tenant.officialName,
        ags: tenant.ags,
        lifecycle: tenant.lifecycle,
        pilotStart: tenant.pilotStart,
        liveStart: tenant.liveStart,
        endedOn: tenant.endedOn,
      },
      agreement: (await findAgreementInTx(tx, tenantId)) ?? null,
      departments: await listDepartmentsInTx(tx, tenantId),
      contacts,
      onboarding: viewOf(tenantId, await repo.findOnboarding(tx, tenantId)),
      steps: stepsOf(await repo.listSteps(tx, tenantId)),
      documents: await repo.listDocuments(tx, tenantId),
    };
    const row = await repo.findOnboarding(tx, tenantId);
    if (row) await repo.saveOnboarding(tx, tenantId, row.version, { exportedAt: now }, now);
    await recordAudit(tx, ctx.actor, {
      action: 'onboarding.exported',
      tenantId,
      entityType: 'tenant',
      entityId: tenantId,
      details: { contacts: contacts.length, departments: data.departments.length, documents: data.documents.length },
    });
    return { fileName: `dialogcenter-${tenant.slug}-${localDate(now)}.json`, data };
  });
}

// --- Agents' banner ----------------------------------------------------------------------------

/** Tenants that joined or left in the last 14 days or join in the next 14: what the agents' desktop banner tells. */
export async function listAnnouncements(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'agent', 'supervisor', 'admin');
  const today = localDate(ctx.clock.now());
  const from = addDaysIso(today, -14);
  const until = addDaysIso(today, 14);
  return inActorScope(ctx, async (tx) => {
    const tenants = await listTenantsInTx(tx);
    const schedules = new Map((await repo.listOnboardings(tx)).map((o) => [o.tenantId, o]));
    const items: {
      tenantId: string;
      tenantName: string;
      kind: 'joined' | 'joins' | 'left';
      lifecycle: Tenant['lifecycle'];
      day: string;
    }[] = [];
    for (const t of tenants) {
      const started = t.lifecycle === 'pilot' ? t.pilotStart : t.lifecycle === 'live' ? (t.liveStart ?? t.pilotStart) : null;
      if (started && started >= from && started <= today)
        items.push({ tenantId: t.id, tenantName: t.name, kind: 'joined', lifecycle: t.lifecycle, day: started });
      if (t.lifecycle === 'ended' && t.endedOn && t.endedOn >= from && t.endedOn <= today)
        items.push({ tenantId: t.id, tenantName: t.name, kind: 'left', lifecycle: t.lifecycle, day: t.endedOn });
      const s = schedules.get(t.id);
      if (s?.goLiveOn && s.goLiveOn > today && s.goLiveOn <= until && (t.lifecycle === 'planned' || t.lifecycle === 'ended'))
        items.push({ tenantId: t.id, tenantName: t.name, kind: 'joins', lifecycle: t.lifecycle, day: s.goLiveOn });
    }
    return items.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.tenantName.localeCompare(b.tenantName)));
  });
}

// --- The scheduled go-live and leaving (job) ---------------------------------------------------

export interface ScheduleRunResult {
  wentLive: string[];
  refused: string[];
  ended: string[];
  erased: string[];
}

/**
 * Tenancy calls this in its transaction when a tenant entered operation. A go-live date still scheduled
 * is used up: cleared (with its override reason), so it cannot fire later, e.g. after the tenant left
 * again; the audit trail records what was cleared and whether by hand or by the job (decision 0172).
 */
export async function clearScheduledGoLiveInTx(tx: Tx, ctx: UseCaseContext, tenantId: string, lifecycle: 'pilot' | 'live') {
  const row = await repo.findOnboarding(tx, tenantId);
  if (!row?.goLiveOn) return;
  const saved = await repo.saveOnboarding(
    tx,
    tenantId,
    row.version,
    { goLiveOn: null, goLiveLifecycle: null, goLiveOverrideReason: null },
    ctx.clock.now(),
  );
  if (!saved) throw new AppError('CONFLICT', 'Der Onboarding-Stand wurde inzwischen geändert. Bitte neu laden.');
  const byJob = ctx.actor.userId === null && ctx.actor.username === 'onboarding-job';
  await recordAudit(tx, ctx.actor, {
    action: 'onboarding.go_live_schedule_cleared',
    tenantId,
    entityType: 'tenant',
    entityId: tenantId,
    details: {
      goLiveOn: row.goLiveOn,
      scheduledLifecycle: row.goLiveLifecycle,
      enteredLifecycle: lifecycle,
      by: byJob ? 'schedule' : 'manual',
      hadOverrideReason: row.goLiveOverrideReason !== null,
    },
  });
}

/**
 * The onboarding job (src/jobs.ts): on a scheduled go-live day it moves the tenant into operation
 * through tenancy's use case (so the readiness gate, audit and the term for billing apply; the stored
 * override reason counts as the admin's decision); on a leaving day it ends the tenant (hotline stops
 * routing, billing ends with the month) and sets the deletion date; after the retention period it erases
 * the tenant's contacts and documents. Idempotent: what is done is not done again.
 */
export async function runOnboardingSchedule(database: Database, clock: Clock): Promise<ScheduleRunResult> {
  const now = clock.now();
  const today = localDate(now);
  const actor = systemActor('onboarding-job');
  const ctx: UseCaseContext = { database, actor, clock };
  const result: ScheduleRunResult = { wentLive: [], refused: [], ended: [], erased: [] };
  const due = await database.scoped(ALL_TENANTS, (tx) => repo.listDueSchedules(tx, today));
  for (const schedule of due) {
    const tenant = await database.scoped(ALL_TENANTS, (tx) => findTenantInTx(tx, schedule.tenantId));
    if (!tenant) continue;
    if (
      schedule.goLiveOn &&
      schedule.goLiveLifecycle &&
      schedule.goLiveOn <= today &&
      (tenant.lifecycle === 'planned' || tenant.lifecycle === 'ended')
    ) {
      const day = schedule.goLiveOn;
      try {
        await updateTenant(ctx, tenant.id, {
          version: tenant.version,
          lifecycle: schedule.goLiveLifecycle,
          ...(schedule.goLiveLifecycle === 'pilot' ? { pilotStart: day } : { liveStart: day }),
          endedOn: null,
          ...(schedule.goLiveOverrideReason ? { readinessOverride: { reason: schedule.goLiveOverrideReason } } : {}),
        });
        await noteGoLive(
          database,
          ctx,
          tenant.id,
          `Gestartet am ${day} (${schedule.goLiveLifecycle === 'pilot' ? 'Pilotbetrieb' : 'Regelbetrieb'}).`,
          now,
          schedule,
        );
        result.wentLive.push(tenant.slug);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const failing = (error.extensions?.checks as ReadinessCheck[] | undefined)?.map((c) => c.key).join(', ');
        await noteGoLive(database, ctx, tenant.id, `Nicht gestartet: ${error.userMessage}${failing ? ` (${failing})` : ''}`, now, schedule);
        result.refused.push(tenant.slug);
      }
    }
    const fresh = await database.scoped(ALL_TENANTS, (tx) => findTenantInTx(tx, schedule.tenantId));
    if (fresh && schedule.leavingOn && schedule.leavingOn <= today && fresh.lifecycle !== 'ended') {
      await updateTenant(ctx, fresh.id, { version: fresh.version, lifecycle: 'ended', endedOn: schedule.leavingOn });
      await database.scoped(ALL_TENANTS, async (tx) => {
        const row = await repo.findOnboarding(tx, fresh.id);
        if (!row) return;
        const deletionDueOn = addMonthsIso(schedule.leavingOn!, row.retentionMonths);
        await repo.saveOnboarding(
          tx,
          fresh.id,
          row.version,
          { deletionDueOn, goLiveOn: null, goLiveLifecycle: null, goLiveOverrideReason: null },
          now,
        );
        await recordAudit(tx, actor, {
          action: 'onboarding.left',
          tenantId: fresh.id,
          entityType: 'tenant',
          entityId: fresh.id,
          details: { endedOn: schedule.leavingOn, deletionDueOn, exported: row.exportedAt !== null },
        });
      });
      result.ended.push(fresh.slug);
    }
    if (schedule.deletionDueOn && schedule.deletionDueOn <= today && !schedule.deletedAt && fresh?.lifecycle === 'ended') {
      await database.scoped(ALL_TENANTS, async (tx) => {
        const row = await repo.findOnboarding(tx, fresh.id);
        if (!row || row.deletedAt) return;
        const contacts = await eraseTenantContactsInTx(tx, actor, fresh.id);
        const documents = await repo.deleteDocumentsOfTenant(tx, fresh.id);
        await repo.saveOnboarding(tx, fresh.id, row.version, { deletedAt: now }, now);
        await recordAudit(tx, actor, {
          action: 'onboarding.data_erased',
          tenantId: fresh.id,
          entityType: 'tenant',
          entityId: fresh.id,
          details: { contacts, documents, retentionMonths: row.retentionMonths },
        });
      });
      result.erased.push(fresh.slug);
    }
  }
  return result;
}

/** The outcome of a go-live attempt; recorded (audited) only when it differs from the last one, so a daily retry does not flood the trail. */
async function noteGoLive(
  database: Database,
  ctx: UseCaseContext,
  tenantId: string,
  outcome: string,
  now: Date,
  schedule: { goLiveOn: string | null; goLiveLifecycle: string | null },
) {
  await database.scoped(ALL_TENANTS, async (tx) => {
    const row = await repo.findOnboarding(tx, tenantId);
    if (!row) return;
    const changed = row.goLiveOutcome !== outcome;
    await repo.saveOnboarding(tx, tenantId, row.version, { goLiveCheckedAt: now, goLiveOutcome: outcome }, now);
    if (changed) {
      await recordAudit(tx, ctx.actor, {
        action: outcome.startsWith('Gestartet') ? 'onboarding.went_live' : 'onboarding.go_live_refused',
        tenantId,
        entityType: 'tenant',
        entityId: tenantId,
        // The schedule as it was due (a successful start has cleared it by now).
        details: { goLiveOn: schedule.goLiveOn, lifecycle: schedule.goLiveLifecycle, outcome },
      });
    }
  });
}
