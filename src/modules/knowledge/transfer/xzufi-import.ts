import { recordAudit } from '../../../platform/audit/audit.service.js';
import type { UseCaseContext } from '../../../platform/context.js';
import { ALL_TENANTS } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/app-error.js';
import {
  localContent,
  sharedContent,
  storeLocalRecords,
  storeSharedRecords,
  type LocalRecord,
  type SharedRecord,
} from '../catalogue-store.js';
import type { Category } from '../knowledge.categories.js';
import { leikaKeySchema, localFieldsSchema, sharedFieldsSchema } from '../knowledge.contract.js';
import { knowledgePolicy } from '../knowledge.policy.js';
import * as repo from '../knowledge.repository.js';
import type { ResponsibilityLevel } from '../knowledge.schema.js';
import { tenantsWithLocalPart } from '../responsibility.js';
import { knowledgeTenants } from '../search.service.js';
import { agsOf, parseXzufi, XzufiFormatError, type XzufiRefusal, type XzufiService } from './xzufi.js';

const sharedRowSchema = sharedFieldsSchema.extend({ leikaKey: leikaKeySchema });

export interface XzufiImportReport {
  xzufiVersion: string | null;
  /** Services read and stored (new + changed + unchanged). */
  rows: number;
  created: number;
  updated: number;
  localParts: { created: number; updated: number };
  /** Every record not taken, with its reason; the other records are imported all the same. */
  refused: XzufiRefusal[];
  /** What the message holds that is not mapped, and defaults we had to set (to check). */
  notes: string[];
}

/**
 * Imports an XZuFi message (decision 0124): services into the shared texts, the responsible
 * organisation units into the local parts of the tenants whose area (AGS) they cover. Per record:
 * a bad one is refused with its reason and nothing of it is written, the others are imported, in
 * one transaction. Fields XZuFi does not carry (category, responsibility, OZG id, local opening
 * hours, fees and notes) keep their stored values; a message without changes changes nothing.
 */
export async function importXzufi(
  ctx: UseCaseContext,
  input: { content: string; category?: Category; signal?: AbortSignal },
): Promise<XzufiImportReport> {
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  const owner = knowledgePolicy.ownerTenantOf(ctx.actor, 'shared', host.id);
  let message: ReturnType<typeof parseXzufi>;
  try {
    message = parseXzufi(input.content);
  } catch (e) {
    if (e instanceof XzufiFormatError)
      throw new AppError('VALIDATION_FAILED', e.message, { issues: [{ field: '(Datei)', message: e.message }] });
    throw e;
  }
  const refused = [...message.refused];
  const notes = [...message.unmapped.map((u) => `Nicht übernommen: ${u}`)];
  const tenantByAgs = new Map(tenants.map((t) => [t.ags, t]));
  const label = (s: XzufiService) => `Leistung ${s.leikaKey}${s.id !== s.leikaKey ? ` (id ${s.id})` : ''}`;

  // Which tenants each service's units cover: gives the responsibility level of a new service.
  const unitsOf = new Map<string, { unit: (typeof message.units)[number]; tenantIds: string[] }[]>();
  for (const unit of message.units) {
    for (const r of unit.responsibilities) {
      const tenantIds: string[] = [];
      for (const area of r.areas) {
        const ags = agsOf(area);
        const tenant = ags ? tenantByAgs.get(ags) : undefined;
        if (tenant) tenantIds.push(tenant.id);
        else notes.push(`Gebiet ${area} (${unit.name}) gehört zu keinem Mandanten: Zuständigkeit nicht übernommen.`);
      }
      const list = unitsOf.get(r.serviceId) ?? [];
      list.push({ unit, tenantIds });
      unitsOf.set(r.serviceId, list);
    }
  }
  const levelOf = (s: XzufiService): ResponsibilityLevel => {
    const covered = (unitsOf.get(s.id) ?? unitsOf.get(s.leikaKey) ?? []).flatMap((u) => u.tenantIds);
    const kinds = new Set(
      covered
        .map((id) => tenants.find((t) => t.id === id)!)
        .map((t) => (t.kind === 'region' ? 'region' : t.isHost ? 'host' : 'municipality')),
    );
    if (kinds.has('region') && kinds.has('municipality')) return 'municipality';
    if (kinds.has('region')) return kinds.has('host') ? 'region_or_host' : 'region';
    return 'municipality';
  };

  return ctx.database.scoped(ALL_TENANTS, async (tx) => {
    const seen = new Set<string>();
    const unique = message.services.filter((s) => {
      if (seen.has(s.leikaKey)) {
        refused.push({ record: label(s), reason: `LeiKa-Schlüssel ${s.leikaKey} steht schon weiter oben in der Datei.` });
        return false;
      }
      seen.add(s.leikaKey);
      return true;
    });
    const existing = new Map(
      (
        await repo.listServicesByKeys(
          tx,
          unique.map((s) => s.leikaKey),
        )
      ).map((s) => [s.leikaKey, s]),
    );
    const records: SharedRecord[] = [];
    for (const s of unique) {
      const before = existing.get(s.leikaKey);
      const base = before
        ? (sharedContent(before) as Partial<SharedRecord>)
        : { category: input.category ?? 'buergeramt', responsibility: levelOf(s), reviewIntervalMonths: 12 };
      if (!before) {
        notes.push(
          `${label(s)} ist neu: Themenbereich „${base.category}“${input.category ? '' : ' (vorläufig)'} und Zuständigkeitsebene „${base.responsibility}“ gesetzt (XZuFi kennt beides nicht), bitte prüfen.`,
        );
      }
      const row = {
        ...base,
        ...Object.fromEntries(Object.entries(s.texts).filter(([, v]) => v)),
        keywords: s.keywords.length > 0 ? s.keywords : (base.keywords ?? []),
        leikaKey: s.leikaKey,
      };
      const parsed = sharedRowSchema.safeParse(row);
      if (!parsed.success) {
        refused.push({
          record: label(s),
          reason: parsed.error.issues.map((i) => `${fieldName(String(i.path[0] ?? ''))}: ${i.message}`).join(' '),
        });
        continue;
      }
      records.push(parsed.data as SharedRecord);
    }
    const stored = await storeSharedRecords(tx, {
      records,
      ownerTenantId: owner,
      by: ctx.actor.displayName,
      source: 'import',
      now: ctx.clock.now(),
    });

    // Local parts: each unit's responsibility for a stored service, for each tenant it covers.
    const services = new Map(
      (
        await repo.listServicesByKeys(
          tx,
          records.map((r) => r.leikaKey),
        )
      ).map((s) => [s.leikaKey, s]),
    );
    const keyOfId = new Map(message.services.map((s) => [s.id, s.leikaKey]));
    const perTenant = new Map<string, LocalRecord[]>();
    for (const [serviceRef, list] of unitsOf) {
      const service = services.get(keyOfId.get(serviceRef) ?? serviceRef);
      if (!service) {
        notes.push(`Zuständigkeit für Leistung ${serviceRef}: diese Leistung ist nicht importiert, Zuständigkeit nicht übernommen.`);
        continue;
      }
      for (const { unit, tenantIds } of list) {
        for (const tenantId of tenantIds) {
          const tenant = tenants.find((t) => t.id === tenantId)!;
          if (!tenantsWithLocalPart(service.responsibility, tenants).some((t) => t.id === tenantId)) {
            notes.push(
              `${unit.name} für ${tenant.name}: bei „${service.title}“ ist eine andere Verwaltungsebene zuständig, nicht übernommen.`,
            );
            continue;
          }
          const before = (await repo.findLocalPart(tx, tenantId, service.id)) ?? null;
          const fields = {
            ...(before ? localContent(before) : {}),
            unitName: unit.name,
            ...Object.fromEntries(
              Object.entries({
                street: unit.street,
                postalCode: unit.postalCode,
                city: unit.city,
                phone: unit.phone,
                email: unit.email,
                web: unit.web,
              }).filter(([, v]) => v),
            ),
          };
          const parsed = localFieldsSchema.safeParse(fields);
          if (!parsed.success) {
            refused.push({
              record: `Organisationseinheit ${unit.id} für ${tenant.name}`,
              reason: parsed.error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`).join(' '),
            });
            continue;
          }
          const list2 = perTenant.get(tenantId) ?? [];
          list2.push({ ...parsed.data, serviceId: service.id });
          perTenant.set(tenantId, list2);
        }
      }
    }
    const localParts = { created: 0, updated: 0 };
    for (const [tenantId, list] of [...perTenant].sort(([a], [b]) => a.localeCompare(b))) {
      const r = await storeLocalRecords(tx, { tenantId, records: list, by: ctx.actor.displayName, source: 'import', now: ctx.clock.now() });
      localParts.created += r.created;
      localParts.updated += r.updated;
    }
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.imported',
      tenantId: owner,
      entityType: 'knowledge_catalogue',
      details: {
        part: 'shared',
        format: 'xzufi',
        xzufiVersion: message.version,
        rows: records.length,
        created: stored.created,
        updated: stored.updated,
        localParts,
        refused: refused.length,
      },
    });
    // A cancelled upload run rolls the whole message back (decision 0126).
    input.signal?.throwIfAborted();
    return {
      xzufiVersion: message.version,
      rows: records.length,
      created: stored.created,
      updated: stored.updated,
      localParts,
      refused,
      notes,
    };
  });
}

const fieldNames: Record<string, string> = {
  title: 'Leistungsbezeichnung (Textmodul 02)',
  shortText: 'Kurztext (Textmodul 05)',
  fullText: 'Volltext (Textmodul 06)',
  onlineServiceUrl: 'Onlinedienst-Link',
  keywords: 'Suchbegriffe (modulBegriffImKontext)',
};
const fieldName = (f: string) => fieldNames[f] ?? f;
