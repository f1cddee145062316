import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Category } from './knowledge.categories.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { CsvFormatError, csvRecords, writeCsv } from '../../platform/csv/csv.js';
import { ALL_TENANTS } from '../../platform/db/database.js';
import { AppError, type FieldIssue } from '../../platform/http/app-error.js';
import type { ImportProcessor } from '../../platform/imports/imports.service.js';
import { storeLocalRecords, storeSharedRecords, type LocalRecord, type SharedRecord } from './catalogue-store.js';
import { leikaKeySchema, localFieldsSchema, sharedFieldsSchema } from './knowledge.contract.js';
import { knowledgePolicy } from './knowledge.policy.js';
import * as repo from './knowledge.repository.js';
import type { KnowledgePart } from './knowledge.schema.js';
import { tenantsWithLocalPart } from './responsibility.js';
import { knowledgeTenants } from './search.service.js';
import { buildXzufi } from './transfer/xzufi.js';
import { importXzufi } from './transfer/xzufi-import.js';

export type TransferFormat = 'csv' | 'xzufi';

/** CSV columns (snake_case) ↔ fields. Keywords are separated by "|". */
export const sharedColumns = [
  ['leika_key', 'leikaKey'],
  ['title', 'title'],
  ['category', 'category'],
  ['responsibility', 'responsibility'],
  ['ozg_id', 'ozgId'],
  ['short_text', 'shortText'],
  ['full_text', 'fullText'],
  ['eligibility', 'eligibility'],
  ['required_documents', 'requiredDocuments'],
  ['fees', 'fees'],
  ['deadlines', 'deadlines'],
  ['processing_time', 'processingTime'],
  ['procedure', 'procedure'],
  ['legal_basis', 'legalBasis'],
  ['forms', 'forms'],
  ['online_service_url', 'onlineServiceUrl'],
  ['notes', 'notes'],
  ['keywords', 'keywords'],
] as const;
export const localColumns = [
  ['leika_key', 'leikaKey'],
  ['unit_name', 'unitName'],
  ['street', 'street'],
  ['postal_code', 'postalCode'],
  ['city', 'city'],
  ['opening_hours', 'openingHours'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['web', 'web'],
  ['local_fees', 'localFees'],
  ['local_notes', 'localNotes'],
] as const;

const sharedRowSchema = sharedFieldsSchema.extend({ leikaKey: leikaKeySchema });
const localRowSchema = localFieldsSchema.extend({ leikaKey: leikaKeySchema });

const emptyToNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);

function readCsv(content: string, columns: string[]) {
  try {
    return csvRecords(content, columns);
  } catch (e) {
    if (e instanceof CsvFormatError)
      throw new AppError('VALIDATION_FAILED', e.message, { issues: [{ field: '(Datei)', message: e.message }] });
    throw e;
  }
}

/** Raw rows from the file, in field names, before validation. */
function readRows(part: KnowledgePart, content: string): { rows: Record<string, unknown>[]; issues: FieldIssue[]; labels?: string[] } {
  const columns = part === 'shared' ? sharedColumns : localColumns;
  const { header, unknown, records, lines } = readCsv(
    content,
    columns.map(([c]) => c),
  );
  const issues: FieldIssue[] = unknown.map((u) => ({ field: '(Kopfzeile)', message: `Unbekannte Spalte „${u}“.` }));
  if (!header.includes('leika_key')) issues.push({ field: '(Kopfzeile)', message: 'Die Spalte „leika_key“ fehlt.' });
  if (records.length === 0) issues.push({ field: '(Datei)', message: 'Die Datei enthält keine Datenzeilen.' });
  const rows = records.map((r) =>
    Object.fromEntries(
      columns.map(([col, field]) => [
        field,
        field === 'keywords'
          ? (r[col] ?? '')
              .split('|')
              .map((k) => k.trim())
              .filter(Boolean)
          : emptyToNull(r[col]),
      ]),
    ),
  );
  return { rows, issues, labels: lines.map((l) => `Zeile ${l}`) };
}

/**
 * Imports services (shared texts, central editors) or local parts (a tenant's
 * editors) from CSV: everything is validated first; any bad row stops the import
 * with every reason listed, and nothing is written. XZuFi (shared texts with the
 * responsible units): per record, see transfer/xzufi-import.ts (decision 0124).
 */
export async function importKnowledge(
  ctx: UseCaseContext,
  input: { part: KnowledgePart; format: TransferFormat; content: string; category?: Category; signal?: AbortSignal },
) {
  if (input.format === 'xzufi') {
    if (input.part === 'local')
      throw new AppError('BAD_REQUEST', 'XZuFi bringt die örtlichen Teile mit den Leistungen: bitte mit part=shared importieren.');
    return importXzufi(ctx, { content: input.content, category: input.category, signal: input.signal });
  }
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  const owner = knowledgePolicy.ownerTenantOf(ctx.actor, input.part, host.id);
  const { rows, issues, labels } = readRows(input.part, input.content);
  const rowLabel = (i: number) => labels?.[i] ?? `Leistung ${i + 1}`;
  const schema = input.part === 'shared' ? sharedRowSchema : localRowSchema;
  const valid: z.infer<typeof schema>[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ field: `${rowLabel(i)}.${issue.path.join('.')}`, message: issue.message });
      return;
    }
    const key = parsed.data.leikaKey;
    if (seen.has(key))
      issues.push({ field: `${rowLabel(i)}.leikaKey`, message: `LeiKa-Schlüssel ${key} steht schon in ${rowLabel(seen.get(key)!)}.` });
    seen.set(key, i);
    valid.push(parsed.data);
  });
  return ctx.database.scoped(input.part === 'shared' ? ALL_TENANTS : { kind: 'tenants', tenantIds: [owner] }, async (tx) => {
    const services = new Map(
      (
        await repo.listServicesByKeys(
          tx,
          valid.map((v) => v.leikaKey),
        )
      ).map((s) => [s.leikaKey, s]),
    );
    if (input.part === 'local') {
      valid.forEach((v) => {
        const service = services.get(v.leikaKey);
        const i = seen.get(v.leikaKey)!;
        if (!service) issues.push({ field: `${rowLabel(i)}.leikaKey`, message: `Zu ${v.leikaKey} gibt es keine Leistung.` });
        else if (!tenantsWithLocalPart(service.responsibility, tenants).some((t) => t.id === owner)) {
          issues.push({ field: `${rowLabel(i)}.leikaKey`, message: `Für „${service.title}“ ist eine andere Verwaltungsebene zuständig.` });
        }
      });
    }
    if (issues.length > 0) {
      throw new AppError('VALIDATION_FAILED', `Der Import wurde nicht ausgeführt: ${issues.length} Fehler. Es wurde nichts übernommen.`, {
        issues,
      });
    }
    const by = ctx.actor.displayName;
    const result =
      input.part === 'shared'
        ? await storeSharedRecords(tx, {
            records: valid as SharedRecord[],
            ownerTenantId: host.id,
            by,
            source: 'import',
            now: ctx.clock.now(),
          })
        : await storeLocalRecords(tx, {
            tenantId: owner,
            records: (valid as (LocalRecord & { leikaKey: string })[]).map(({ leikaKey, ...f }) => ({
              ...f,
              serviceId: services.get(leikaKey)!.id,
            })),
            by,
            source: 'import',
            now: ctx.clock.now(),
          });
    input.signal?.throwIfAborted();
    await recordAudit(tx, ctx.actor, {
      action: 'knowledge.imported',
      tenantId: owner,
      entityType: 'knowledge_catalogue',
      details: { part: input.part, format: 'csv', rows: valid.length, created: result.created, updated: result.updated },
    });
    return { rows: valid.length, created: result.created, updated: result.updated };
  });
}

/** The upload endpoint's processor (decision 0126): the same import, run in the background, cancellable. */
export function knowledgeImportProcessor(
  ctx: UseCaseContext,
  input: { part: KnowledgePart; format: TransferFormat; category?: Category },
): ImportProcessor {
  return async (task) => {
    task.progress({ phase: 'Datei lesen' });
    const content = await task.text();
    task.progress({ phase: 'Prüfen und speichern' });
    const result = await importKnowledge(ctx, { ...input, content, signal: task.signal });
    if (input.format === 'xzufi') {
      const report = result as Awaited<ReturnType<typeof importXzufi>>;
      return {
        rowsRead: report.rows + report.refused.length,
        rowsAccepted: report.rows,
        refused: report.refused.map((r) => ({ row: r.record, reason: r.reason })),
        result: { ...report, refused: report.refused.length },
      };
    }
    return { rowsRead: result.rows, rowsAccepted: result.rows, refused: [], result };
  };
}

/** Exports the shared texts (CSV or XZuFi) or the actor's tenant's local parts (CSV). */
export async function exportKnowledge(ctx: UseCaseContext, input: { part: KnowledgePart; format: TransferFormat; tenantId?: string }) {
  knowledgePolicy.assertCanSearch(ctx.actor);
  if (input.part === 'shared') {
    const services = await ctx.database.scoped(ALL_TENANTS, (tx) => repo.listAllServices(tx));
    if (input.format === 'xzufi') {
      return buildXzufi(
        services.map((s) => ({
          leikaKey: s.leikaKey,
          keywords: s.keywords,
          texts: {
            title: s.title,
            shortText: s.shortText,
            fullText: s.fullText,
            requiredDocuments: s.requiredDocuments,
            eligibility: s.eligibility,
            fees: s.fees,
            procedure: s.procedure,
            processingTime: s.processingTime,
            deadlines: s.deadlines,
            notes: s.notes,
            legalBasis: s.legalBasis,
            forms: s.forms,
            onlineServiceUrl: s.onlineServiceUrl,
          },
        })),
        { messageId: randomUUID(), createdAt: ctx.clock.now() },
      );
    }
    return writeCsv([
      sharedColumns.map(([c]) => c),
      ...services.map((s) =>
        sharedColumns.map(([, f]) => (f === 'keywords' ? s.keywords.join('|') : ((s as Record<string, unknown>)[f] as string | null))),
      ),
    ]);
  }
  if (input.format === 'xzufi') throw new AppError('BAD_REQUEST', 'Örtliche Teile werden als CSV ausgetauscht, nicht als XZuFi.');
  const tenantId = ctx.actor.tenantId ?? input.tenantId;
  if (!tenantId) throw new AppError('VALIDATION_FAILED', 'Bitte den Mandanten angeben (tenantId).');
  const rows = await inActorScope(ctx, async (tx) => {
    const parts = await repo.listLocalPartsOfTenant(tx, tenantId);
    const keys = new Map((await repo.listAllServices(tx)).map((s) => [s.id, s.leikaKey]));
    return parts.map((p) => ({ ...p, leikaKey: keys.get(p.serviceId)! })).sort((a, b) => a.leikaKey.localeCompare(b.leikaKey));
  });
  return writeCsv([
    localColumns.map(([c]) => c),
    ...rows.map((r) => localColumns.map(([, f]) => (r as Record<string, unknown>)[f] as string | null)),
  ]);
}
