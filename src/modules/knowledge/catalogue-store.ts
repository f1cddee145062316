import { diffFields } from '../../platform/audit/audit.service.js';
import type { Tx } from '../../platform/db/database.js';
import type { LocalFields, SharedFields } from './knowledge.contract.js';
import * as repo from './knowledge.repository.js';
import { localDate } from '../../platform/time/berlin-time.js';
import { reindexServices } from './search/search-engine.js';

/**
 * Writing published content in bulk, with a version row per change: used by
 * publishing a draft, by imports and by the demo seeder. Callers authorise and
 * audit; this only writes, inside the caller's transaction.
 */
export type SharedRecord = SharedFields & { leikaKey: string };
export type LocalRecord = LocalFields & { serviceId: string };

export function addMonths(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The business calendar day of `now` (the caller's clock), YYYY-MM-DD. */
export const todayIso = (now: Date) => localDate(now);

/** The shared fields of a stored service, in the shape drafts and versions use. */
export function sharedContent(s: repo.ServiceView): Record<string, unknown> {
  return {
    title: s.title,
    category: s.category,
    responsibility: s.responsibility,
    ozgId: s.ozgId,
    shortText: s.shortText,
    fullText: s.fullText,
    eligibility: s.eligibility,
    requiredDocuments: s.requiredDocuments,
    fees: s.fees,
    deadlines: s.deadlines,
    processingTime: s.processingTime,
    procedure: s.procedure,
    legalBasis: s.legalBasis,
    forms: s.forms,
    onlineServiceUrl: s.onlineServiceUrl,
    notes: s.notes,
    keywords: s.keywords,
    reviewIntervalMonths: s.reviewIntervalMonths,
    // Only when present: an import that carries no English texts neither shows nor clears them.
    ...(s.en ? { en: s.en } : {}),
  };
}

export function localContent(l: repo.LocalPartRow): Record<string, unknown> {
  return {
    unitName: l.unitName,
    street: l.street,
    postalCode: l.postalCode,
    city: l.city,
    openingHours: l.openingHours,
    phone: l.phone,
    email: l.email,
    web: l.web,
    localFees: l.localFees,
    localNotes: l.localNotes,
  };
}

const nullify = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === undefined ? null : v])) as T;

/**
 * Inserts new services and updates existing ones (by LeiKa key); every write adds a
 * version of the shared part owned by `ownerTenantId` (the host). Returns counts.
 */
export async function storeSharedRecords(
  tx: Tx,
  input: {
    records: SharedRecord[];
    ownerTenantId: string;
    by: string;
    source: 'draft' | 'import' | 'seed';
    draftId?: string;
    verifiedAt?: Date;
    now: Date;
  },
): Promise<{ created: number; updated: number; serviceIds: string[] }> {
  const today = todayIso(input.now);
  const existing = new Map(
    (
      await repo.listServicesByKeys(
        tx,
        input.records.map((r) => r.leikaKey),
      )
    ).map((s) => [s.leikaKey, s]),
  );
  const fresh = input.records.filter((r) => !existing.has(r.leikaKey));
  const versions: repo.VersionInsert[] = [];
  const inserted = await repo.insertServices(
    tx,
    fresh.map((r) => ({
      ...nullify(r),
      keywords: r.keywords ?? [],
      reviewIntervalMonths: r.reviewIntervalMonths ?? 12,
      reviewDue: addMonths(today, r.reviewIntervalMonths ?? 12),
      verifiedBy: input.by,
      verifiedAt: input.verifiedAt ?? input.now,
    })),
  );
  const byKey = new Map(fresh.map((r) => [r.leikaKey, r]));
  for (const row of inserted) {
    const { leikaKey: _k, ...content } = byKey.get(row.leikaKey)!;
    versions.push({
      tenantId: input.ownerTenantId,
      serviceId: row.id,
      part: 'shared',
      versionNo: 1,
      content: nullify(content),
      diff: {},
      source: input.source,
      draftId: input.draftId,
      publishedBy: input.by,
    });
  }
  const ids = inserted.map((r) => r.id);
  let updated = 0;
  for (const record of input.records.filter((r) => existing.has(r.leikaKey))) {
    const before = existing.get(record.leikaKey)!;
    const { leikaKey: _k, ...content } = record;
    const diff = diffFields(sharedContent(before), nullify(content)) as Record<string, { from: unknown; to: unknown }>;
    if (Object.keys(diff).length === 0) continue;
    const after = await repo.updateService(tx, before.id, null, {
      ...nullify(content),
      keywords: record.keywords ?? [],
      reviewDue: addMonths(today, record.reviewIntervalMonths ?? before.reviewIntervalMonths),
      verifiedBy: input.by,
      verifiedAt: input.now,
    });
    versions.push({
      tenantId: input.ownerTenantId,
      serviceId: before.id,
      part: 'shared',
      versionNo: (await repo.latestVersionNo(tx, input.ownerTenantId, before.id, 'shared')) + 1,
      content: nullify(content),
      diff,
      source: input.source,
      draftId: input.draftId,
      publishedBy: input.by,
    });
    ids.push(after!.id);
    updated++;
  }
  await repo.insertVersions(tx, versions);
  if (ids.length > 0) await reindexServices(tx, input.source === 'seed' ? undefined : ids);
  return { created: inserted.length, updated, serviceIds: ids };
}

/** Upserts local parts of one tenant, with a version row for each change. */
export async function storeLocalRecords(
  tx: Tx,
  input: { tenantId: string; records: LocalRecord[]; by: string; source: 'draft' | 'import' | 'seed'; draftId?: string; now: Date },
): Promise<{ created: number; updated: number }> {
  const today = todayIso(input.now);
  let created = 0;
  let updated = 0;
  const versions: repo.VersionInsert[] = [];
  for (const record of input.records) {
    const { serviceId, ...fields } = record;
    const before = await repo.findLocalPart(tx, input.tenantId, serviceId);
    const content = nullify(fields) as Record<string, unknown>;
    const diff = before ? (diffFields(localContent(before), content) as Record<string, { from: unknown; to: unknown }>) : {};
    if (before && Object.keys(diff).length === 0) continue;
    await repo.upsertLocalPart(tx, {
      ...nullify(fields),
      tenantId: input.tenantId,
      serviceId,
      reviewDue: addMonths(today, 12),
      verifiedBy: input.by,
      verifiedAt: input.now,
    });
    versions.push({
      tenantId: input.tenantId,
      serviceId,
      part: 'local',
      versionNo: before ? (await repo.latestVersionNo(tx, input.tenantId, serviceId, 'local')) + 1 : 1,
      content,
      diff,
      source: input.source,
      draftId: input.draftId,
      publishedBy: input.by,
    });
    if (before) updated++;
    else created++;
  }
  await repo.insertVersions(tx, versions);
  return { created, updated };
}

/** Bulk path for a fresh catalogue (seeding, benchmarks): multi-row inserts, version 1 each. */
export async function insertFreshLocalRecords(
  tx: Tx,
  input: {
    rows: (LocalRecord & { tenantId: string; reviewDue: string; verifiedBy: string; verifiedAt: Date })[];
    by: string;
    source: 'seed' | 'import';
  },
): Promise<void> {
  await repo.insertLocalParts(
    tx,
    input.rows.map((r) => nullify(r)),
  );
  await repo.insertVersions(
    tx,
    input.rows.map(({ tenantId, serviceId, reviewDue: _d, verifiedBy: _b, verifiedAt: _a, ...fields }) => ({
      tenantId,
      serviceId,
      part: 'local' as const,
      versionNo: 1,
      content: nullify(fields) as Record<string, unknown>,
      diff: {},
      source: input.source,
      publishedBy: input.by,
    })),
  );
}
