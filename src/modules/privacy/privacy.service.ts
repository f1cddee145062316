import { auditPersonalData } from '../../platform/audit/audit.privacy.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit/audit.service.js';
import { requireRole, type Actor } from '../../platform/auth/actor.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import { mailPersonalData } from '../../platform/mail/mail.privacy.js';
import { purgeMailsOf } from '../../platform/mail/outbox.js';
import { AppError } from '../../platform/http/app-error.js';
import type { DataSubject, FoundRecord, PersonalDataProvider, RetentionRule } from '../../platform/privacy/personal-data.js';
import type { Clock } from '../../platform/time/clock.js';
import { appointmentsPersonalData } from '../appointments/index.js';
import { assistantPersonalData } from '../assistant/index.js';
import { contactsPersonalData } from '../contacts/index.js';
import { dispatchPersonalData } from '../dispatch/index.js';
import { itFaultsPersonalData } from '../itfaults/index.js';
import { knowledgePersonalData } from '../knowledge/index.js';
import { routingPersonalData } from '../routing/index.js';
import { ticketsPersonalData } from '../tickets/index.js';
import * as repo from './privacy.repository.js';

/**
 * Data protection across the modules (decision 0137): every module's personal-data provider in
 * one list; retention per kind of data (set by the administration, lawful defaults), the daily
 * retention job, citizens' requests (find, export, erase, restrict) and the records of processing.
 */
export const providers: readonly PersonalDataProvider[] = [
  contactsPersonalData,
  routingPersonalData,
  ticketsPersonalData,
  appointmentsPersonalData,
  dispatchPersonalData,
  itFaultsPersonalData,
  knowledgePersonalData,
  assistantPersonalData,
  mailPersonalData,
  auditPersonalData,
];

const rules = (): (RetentionRule & { module: string })[] => providers.flatMap((p) => p.retention.map((r) => ({ ...r, module: p.module })));
const DAY = 86_400_000;
const MAX_DAYS = 3650;

/** Center-wide work: only the center's own staff (no tenant binding). */
function requireCenterRole(actor: Actor, ...roles: Parameters<typeof requireRole>[1][]) {
  requireRole(actor, ...roles);
  if (actor.tenantId !== null) throw new AppError('FORBIDDEN');
}

async function currentDays(ctx: UseCaseContext) {
  const rows = await inActorScope(ctx, (tx) => repo.listRetentionSettings(tx));
  return new Map(rows.map((r) => [r.kind, r]));
}

export async function getRetention(ctx: UseCaseContext) {
  requireCenterRole(ctx.actor, 'admin', 'privacy_officer', 'auditor');
  const set = await currentDays(ctx);
  return rules().map((r) => ({
    kind: r.kind,
    module: r.module,
    label: r.label,
    action: r.action,
    basis: r.basis,
    restrictable: 'recordKinds' in r.restriction,
    restrictionNote: 'none' in r.restriction ? r.restriction.none : null,
    defaultDays: r.defaultDays,
    minDays: r.minDays,
    maxDays: MAX_DAYS,
    days: set.get(r.kind)?.days ?? r.defaultDays,
    updatedAt: set.get(r.kind)?.updatedAt ?? null,
    updatedBy: set.get(r.kind)?.updatedBy ?? null,
    version: set.get(r.kind)?.version ?? 0,
  }));
}

/**
 * The administration sets the days per kind; every value is checked first, nothing is stored on any error.
 * Each item names the version it changes (optimistic locking): one moved on in between refuses all (409).
 */
export async function setRetention(ctx: UseCaseContext, items: { kind: string; days: number; version: number }[]) {
  requireCenterRole(ctx.actor, 'admin');
  const known = new Map(rules().map((r) => [r.kind, r]));
  const issues = items.flatMap((item, i) => {
    const rule = known.get(item.kind);
    if (!rule) return [{ field: `items.${i}.kind`, message: 'Diese Datenart gibt es nicht.' }];
    if (item.days < rule.minDays || item.days > MAX_DAYS)
      return [{ field: `items.${i}.days`, message: `Erlaubt sind ${rule.minDays} bis ${MAX_DAYS} Tage.` }];
    return [];
  });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', undefined, { issues });
  const now = ctx.clock.now();
  const before = await currentDays(ctx);
  await inActorScope(ctx, async (tx) => {
    for (const item of items) {
      const saved = await repo.saveRetentionSetting(
        tx,
        { kind: item.kind, days: item.days, updatedAt: now, updatedBy: ctx.actor.username },
        item.version,
      );
      if (!saved) throw new AppError('CONFLICT', `Die Frist „${known.get(item.kind)!.label}“ wurde inzwischen geändert. Bitte neu laden.`);
    }
    await recordAudit(tx, ctx.actor, {
      action: 'privacy.retention_changed',
      entityType: 'retention_settings',
      details: {
        changes: items.map((i) => ({ kind: i.kind, from: before.get(i.kind)?.days ?? known.get(i.kind)!.defaultDays, to: i.days })),
      },
    });
  });
  return getRetention(ctx);
}

/**
 * The retention run: per kind, what ended before now − days is deleted or anonymised, all in one
 * transaction over every tenant, recorded with its counts (retention_runs + audit). Statistics
 * survive: rollups and anonymised rows keep times, codes and counts.
 */
export async function runRetention(options: { database: Database; clock: Clock; actor: Actor; trigger: 'job' | 'manual' }) {
  const now = options.clock.now();
  return options.database.scoped(ALL_TENANTS, async (tx) => {
    const set = new Map((await repo.listRetentionSettings(tx)).map((r) => [r.kind, r.days]));
    const restrictions = await repo.listRestrictions(tx);
    const counts: Record<string, number> = {};
    const cutoffs: Record<string, string> = {};
    const kept: Record<string, number> = {};
    const keptIds = new Set<string>();
    for (const rule of rules()) {
      const cutoff = new Date(now.getTime() - (set.get(rule.kind) ?? rule.defaultDays) * DAY);
      cutoffs[rule.kind] = cutoff.toISOString();
      // Art. 18: the rule keeps the restricted records of the kinds it names (decision 0137).
      const kinds = 'recordKinds' in rule.restriction ? rule.restriction.recordKinds : [];
      const restricted = restrictions.filter((r) => kinds.includes(r.kind)).map((r) => r.recordId);
      const outcome = await rule.apply(tx, cutoff, restricted, now);
      counts[rule.kind] = outcome.changed;
      if (outcome.kept.length > 0) kept[rule.kind] = outcome.kept.length;
      for (const id of outcome.kept) keptIds.add(id);
    }
    await repo.markRetentionDue(tx, [...keptIds], now);
    const run = await repo.insertRetentionRun(tx, {
      ranAt: now,
      trigger: options.trigger,
      actorName: options.actor.username,
      counts,
      cutoffs,
      kept,
    });
    await recordAudit(tx, options.actor, {
      action: 'privacy.retention_run',
      entityType: 'retention_run',
      entityId: run.id,
      details: { counts, keptRestricted: kept },
    });
    return run;
  });
}

export async function runRetentionNow(ctx: UseCaseContext) {
  requireCenterRole(ctx.actor, 'admin');
  return runRetention({ database: ctx.database, clock: ctx.clock, actor: ctx.actor, trigger: 'manual' });
}

export async function listRetentionRuns(ctx: UseCaseContext) {
  requireCenterRole(ctx.actor, 'admin', 'auditor', 'privacy_officer');
  return inActorScope(ctx, (tx) => repo.listRetentionRuns(tx, 100));
}

// Citizens' requests

function checkSubject(subject: DataSubject): DataSubject {
  const clean: DataSubject = {};
  for (const key of ['email', 'phone', 'name', 'birthDate', 'referenceCode'] as const) {
    const v = subject[key]?.trim();
    if (v) clean[key] = v;
  }
  if (clean.name && !clean.birthDate)
    throw new AppError('VALIDATION_FAILED', undefined, {
      issues: [{ field: 'subject.birthDate', message: 'Bei der Suche nach dem Namen bitte auch das Geburtsdatum angeben.' }],
    });
  if (!clean.email && !clean.phone && !clean.name && !clean.referenceCode)
    throw new AppError('VALIDATION_FAILED', undefined, {
      issues: [{ field: 'subject', message: 'Bitte E-Mail-Adresse, Telefonnummer, Name mit Geburtsdatum oder Referenznummer angeben.' }],
    });
  if (clean.phone && clean.phone.replace(/\D/g, '').length < 5)
    throw new AppError('VALIDATION_FAILED', undefined, { issues: [{ field: 'subject.phone', message: 'Die Telefonnummer ist zu kurz.' }] });
  return clean;
}

export interface SubjectRecord extends FoundRecord {
  restricted: boolean;
  /** Restricted and kept by a retention run although due since then (Art. 18); null otherwise. */
  retentionDueSince: Date | null;
}

async function findAll(ctx: UseCaseContext, subject: DataSubject): Promise<SubjectRecord[]> {
  return inActorScope(ctx, async (tx) => {
    const found: FoundRecord[] = [];
    for (const p of providers) found.push(...(await p.find(tx, subject)));
    const restricted = await repo.restrictedAmong(
      tx,
      found.map((f) => f.id),
    );
    return found.map((f) => ({ ...f, restricted: restricted.has(f.id), retentionDueSince: restricted.get(f.id) ?? null }));
  });
}

/** Finds everything about one person (data-protection staff only); the search itself is audited. */
export async function findSubject(ctx: UseCaseContext, input: { subject: DataSubject; reason: string }) {
  requireCenterRole(ctx.actor, 'privacy_officer');
  const subject = checkSubject(input.subject);
  const records = await findAll(ctx, subject);
  await inActorScope(ctx, (tx) =>
    recordPersonalDataRead(tx, ctx.actor, {
      entityType: 'data_subject',
      count: records.length,
      details: { reason: input.reason, modules: [...new Set(records.map((r) => r.module))] },
    }),
  );
  return records;
}

const ref = (r: FoundRecord) => ({ module: r.module, kind: r.kind, id: r.id, tenantId: r.tenantId });

/** Art. 15: the export, recorded as a request (who, why, which records). */
export async function exportSubject(ctx: UseCaseContext, input: { subject: DataSubject; reason: string }) {
  requireCenterRole(ctx.actor, 'privacy_officer');
  const subject = checkSubject(input.subject);
  const records = await findAll(ctx, subject);
  const request = await inActorScope(ctx, async (tx) => {
    const row = await repo.insertPrivacyRequest(tx, {
      at: ctx.clock.now(),
      kind: 'access',
      subject: { ...subject },
      reason: input.reason,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.username,
      recordCount: records.length,
      records: records.map(ref),
    });
    await recordAudit(tx, ctx.actor, {
      action: 'privacy.access_exported',
      entityType: 'privacy_request',
      entityId: row.id,
      details: { count: records.length },
    });
    await recordPersonalDataRead(tx, ctx.actor, { entityType: 'data_subject', entityId: row.id, count: records.length });
    return row;
  });
  return { request, records };
}

function selected(records: SubjectRecord[], ids: string[] | undefined) {
  return ids && ids.length > 0 ? records.filter((r) => ids.includes(r.id)) : records;
}

/** Art. 17: erases (anonymises) the person's records, except restricted ones; recorded with the reason. */
export async function eraseSubject(ctx: UseCaseContext, input: { subject: DataSubject; reason: string; recordIds?: string[] }) {
  requireCenterRole(ctx.actor, 'privacy_officer');
  const subject = checkSubject(input.subject);
  const records = selected(await findAll(ctx, subject), input.recordIds);
  const toErase = records.filter((r) => !r.restricted);
  return inActorScope(ctx, async (tx) => {
    let erased = 0;
    for (const r of toErase) {
      const provider = providers.find((p) => p.module === r.module);
      if (provider && (await provider.erase(tx, r))) erased++;
      // The record's mails in the outbox carry the same data: their recipients and text go with it.
      await purgeMailsOf(tx, r.id, ctx.clock.now());
    }
    const row = await repo.insertPrivacyRequest(tx, {
      at: ctx.clock.now(),
      kind: 'erasure',
      subject: { ...subject },
      reason: input.reason,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.username,
      recordCount: erased,
      records: toErase.map(ref),
    });
    await recordAudit(tx, ctx.actor, {
      action: 'privacy.erased',
      entityType: 'privacy_request',
      entityId: row.id,
      details: { erased, keptRestricted: records.length - toErase.length },
    });
    return { request: row, erased, keptRestricted: records.length - toErase.length };
  });
}

/** Art. 18: marks the records as restricted (kept, not erased by requests); recorded with the reason. */
export async function restrictSubject(ctx: UseCaseContext, input: { subject: DataSubject; reason: string; recordIds?: string[] }) {
  requireCenterRole(ctx.actor, 'privacy_officer');
  const subject = checkSubject(input.subject);
  const records = selected(await findAll(ctx, subject), input.recordIds);
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => {
    const row = await repo.insertPrivacyRequest(tx, {
      at: now,
      kind: 'restriction',
      subject: { ...subject },
      reason: input.reason,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.username,
      recordCount: records.length,
      records: records.map(ref),
    });
    await repo.insertRestrictions(
      tx,
      records.map((r) => ({ recordId: r.id, kind: r.kind, requestId: row.id, createdAt: now })),
    );
    await recordAudit(tx, ctx.actor, {
      action: 'privacy.restricted',
      entityType: 'privacy_request',
      entityId: row.id,
      details: { count: records.length },
    });
    return { request: row, restricted: records.length };
  });
}

/** The record of requests: data-protection staff and auditors. */
export async function listPrivacyRequests(ctx: UseCaseContext) {
  requireCenterRole(ctx.actor, 'privacy_officer', 'auditor');
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.listPrivacyRequests(tx, 200);
    await recordPersonalDataRead(tx, ctx.actor, { entityType: 'privacy_request_list', count: rows.length });
    return rows;
  });
}

/** Art. 30: the records of processing activities, from what the modules declare, with today's retention. */
export async function processingActivities(ctx: UseCaseContext) {
  requireCenterRole(ctx.actor, 'admin', 'privacy_officer', 'auditor');
  const retention = new Map((await getRetention(ctx)).map((r) => [r.kind, r]));
  return providers.flatMap((p) =>
    p.activities.map((a) => ({
      module: p.module,
      name: a.name,
      purpose: a.purpose,
      legalBasis: a.legalBasis,
      dataSubjects: a.dataSubjects,
      dataKinds: a.dataKinds,
      recipients: a.recipients,
      retention: a.retentionKinds.map((k) => {
        const r = retention.get(k)!;
        return { kind: k, label: r.label, days: r.days, action: r.action };
      }),
    })),
  );
}
