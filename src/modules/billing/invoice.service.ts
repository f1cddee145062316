/**
 * Invoices and credit notes (decision record 0102): drafts from the period's statements, then
 * draft -> checked -> approved by a second billing user (four-eyes) -> issued. Issuing takes the
 * next gapless number of the year (counter row locked in this transaction), freezes the XRechnung
 * XML and queues the mail with the XML attached. An issued document never changes (here and by a
 * database trigger); a correction is a credit note referring to the original.
 */
import { searchAuditEntries } from '../../platform/audit/audit.repository.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { addDays, localDate } from '../../platform/time/berlin-time.js';
import { findTenantInTx } from '../tenancy/index.js';
import type { InvoiceListItem, Statement } from './billing.contract.js';
import { canSeeInvoice, isBillingStaff, requireBillingReader, requireBillingStaff } from './billing.policy.js';
import * as repo from './billing.repository.js';
import { firstDayOf, lastDayOf, monthsOfPeriod, MONTH_RE, periodLabel, QUARTER_RE } from './billing-periods.js';
import { renderInvoicePdf } from './invoice-pdf.js';
import { totalsOf, vatRuleOf, type InvoiceLine, type InvoiceSnapshot, type MonthFigures, type Seller } from './invoice-model.js';
import { computePeriodInTx, missingBillingData } from './statement.service.js';
import { renderXRechnung } from './xrechnung.js';

const categoryLabels: Record<string, string> = {
  personnel: 'Personalkosten',
  material: 'Sachkosten',
  one_off: 'Einmalige Kosten',
  investment: 'Investitionen',
};
const keyLabels: Record<string, string> = {
  per_contact: 'nach bearbeiteten Kontakten',
  per_minute: 'nach Gesprächsminuten',
  per_inhabitant: 'nach Einwohnerzahl',
  base_plus_variable: 'Grundbetrag und Anteil nach Kontakten',
  fixed: 'Festbetrag',
};

export const invoiceNumber = (year: number, n: number) => `DC-${year}-${String(n).padStart(5, '0')}`;

type ListRow = Awaited<ReturnType<typeof repo.listInvoices>>[number];

async function present(
  tx: Tx,
  row: ListRow | repo.InvoiceRow,
  tenants = new Map<string, { ags: string; name: string }>(),
): Promise<InvoiceListItem> {
  let t = tenants.get(row.tenantId);
  if (!t) {
    const tenant = await findTenantInTx(tx, row.tenantId);
    t = { ags: tenant?.ags ?? '', name: tenant?.officialName ?? '' };
    tenants.set(row.tenantId, t);
  }
  return {
    id: row.id,
    number: row.number,
    tenantAgs: t.ags,
    tenantName: t.name,
    kind: row.kind,
    status: row.status,
    period: row.period,
    issueDate: row.issueDate,
    netTotal: row.netCents / 100,
    vatTotal: row.vatCents / 100,
    grossTotal: row.grossCents / 100,
    currency: row.currency,
    correctsInvoiceId: row.correctsInvoiceId,
    createdBy: row.createdBy,
    checkedBy: row.checkedBy,
    approvedBy: row.approvedBy,
    issuedBy: row.issuedBy,
    version: row.version,
  };
}

const sellerOf = (s: repo.SettingsRow): Seller => ({
  name: s.sellerName,
  street: s.sellerStreet,
  postalCode: s.sellerPostalCode,
  city: s.sellerCity,
  identifier: s.sellerIdentifier,
  taxNumber: s.taxNumber,
  vatId: s.vatId,
  iban: s.iban,
  bic: s.bic,
  accountName: s.accountName,
  contactName: s.contactName,
  contactPhone: s.contactPhone,
  contactEmail: s.contactEmail,
});

function linesOf(statement: Statement): InvoiceLine[] {
  const keys = [...new Set(statement.months.map((m) => m.keyKind))].map((k) => keyLabels[k] ?? k).join(', ');
  return statement.lines.map((l, i) => ({
    id: String(i + 1),
    name: `${categoryLabels[l.category]}: ${l.name}`,
    description:
      l.bearer === 'region'
        ? `Beteiligung der Regionsverwaltung, ${statement.periodLabel}`
        : `Anteil ${statement.periodLabel}${keys ? `, ${keys}` : ''}`,
    costItemId: l.costItemId,
    netCents: l.cents,
  }));
}

const figuresOf = (statement: Statement): MonthFigures[] =>
  statement.months.map((m) => ({
    month: m.month,
    keyKind: m.keyKind,
    contacts: m.contacts,
    talkMinutes: m.talkMinutes,
    inhabitants: m.inhabitants,
    inhabitantsAsOf: m.inhabitantsAsOf,
    basisUnit: m.basis.unit,
    basisOwn: m.basis.own,
    basisGroupTotal: m.basis.groupTotal,
    fixedCents: m.fixedCents,
    variableCents: m.variableCents,
    totalCents: m.totalCents,
  }));

/** Periods an invoice list for a month includes: the month and the quarter it lies in. */
function periodsFor(period: string): string[] {
  if (QUARTER_RE.test(period)) return [period];
  const q = Math.floor((Number(period.slice(5, 7)) - 1) / 3) + 1;
  return [period, `${period.slice(0, 4)}-Q${q}`];
}

/** Draft invoices for every tenant billed in this cadence with a non-zero statement and no open invoice. */
export function createInvoiceDrafts(ctx: UseCaseContext, period: string) {
  requireBillingStaff(ctx.actor);
  const cadence = MONTH_RE.test(period) ? 'month' : 'quarter';
  const today = localDate(ctx.clock.now());
  if (lastDayOf(period) >= today)
    throw new AppError('VALIDATION_FAILED', 'Abgerechnet werden nur abgeschlossene Zeiträume.', {
      issues: [{ field: 'period', message: `Der Zeitraum endet erst am ${lastDayOf(period)}.` }],
    });
  return inActorScope(ctx, async (tx) => {
    const settings = await repo.findSettings(tx);
    if (!settings) throw new AppError('VALIDATION_FAILED', 'Bitte zuerst die Rechnungsstellerdaten (Träger, Bankverbindung) erfassen.');
    const { preview, tenants } = await computePeriodInTx(tx, period);
    const created: InvoiceListItem[] = [];
    const skipped: { tenantId: string; tenantName: string; reason: string }[] = [];
    for (const statement of preview.statements) {
      const { tenant, agreement } = tenants.get(statement.tenantId)!;
      if (tenant.isHost || statement.totalCents === 0) continue;
      if ((agreement?.billingCadence ?? 'month') !== cadence) continue;
      const missing = missingBillingData(tenant, agreement);
      if (missing.length > 0) {
        skipped.push({ tenantId: tenant.id, tenantName: tenant.officialName, reason: `Es fehlen: ${missing.join(', ')}.` });
        continue;
      }
      if ((await repo.listOpenInvoicesOf(tx, tenant.id, period)).length > 0) {
        skipped.push({ tenantId: tenant.id, tenantName: tenant.officialName, reason: 'Für diesen Zeitraum gibt es schon eine Rechnung.' });
        continue;
      }
      const vat = vatRuleOf(agreement!.vatTreatment);
      const lines = linesOf(statement);
      const totals = totalsOf(lines, vat);
      const snapshot: InvoiceSnapshot = {
        kind: 'invoice',
        period,
        periodLabel: periodLabel(period),
        periodStart: firstDayOf(period),
        periodEnd: lastDayOf(period),
        seller: sellerOf(settings),
        buyer: {
          tenantId: tenant.id,
          ags: tenant.ags,
          name: tenant.officialName,
          leitwegId: agreement!.leitwegId!,
          street: agreement!.billingStreet!,
          postalCode: agreement!.billingPostalCode!,
          city: agreement!.billingCity!,
          contactName: agreement!.billingContactName,
          contactEmail: agreement!.billingContactEmail,
          contactPhone: agreement!.billingContactPhone,
        },
        vat,
        paymentTermDays: agreement!.paymentTermDays,
        lines,
        figures: figuresOf(statement),
        ...totals,
        preceding: null,
        note: `Kostenerstattung DialogCenter nach Zweckvereinbarung${agreement!.reference ? ` (${agreement!.reference})` : ''}`,
      };
      const row = await repo.insertInvoice(tx, {
        tenantId: tenant.id,
        kind: 'invoice',
        period,
        periodStart: snapshot.periodStart,
        periodEnd: snapshot.periodEnd,
        netCents: totals.netCents,
        vatCents: totals.vatCents,
        grossCents: totals.grossCents,
        snapshot,
        createdBy: ctx.actor.username,
      });
      await recordAudit(tx, ctx.actor, {
        action: 'billing.invoice.drafted',
        tenantId: tenant.id,
        entityType: 'billing_invoice',
        entityId: row.id,
        details: { period, netCents: totals.netCents, grossCents: totals.grossCents },
      });
      created.push(await present(tx, row));
    }
    return { created, skipped };
  });
}

async function loadForChange(tx: Tx, actor: Actor, id: string, version: number) {
  const row = await repo.findInvoice(tx, id);
  if (!row || !canSeeInvoice(actor, row)) throw notFound('Die Rechnung');
  if (row.status === 'issued')
    throw new AppError('CONFLICT', 'Eine ausgestellte Rechnung wird nie geändert. Korrigieren Sie sie mit einer Gutschrift.');
  if (row.version !== version) throw new AppError('CONFLICT', 'Die Rechnung wurde inzwischen geändert. Bitte neu laden.');
  return row;
}

async function transition(
  ctx: UseCaseContext,
  id: string,
  version: number,
  from: 'draft' | 'checked' | 'approved',
  apply: (tx: Tx, row: repo.InvoiceRow) => Promise<Partial<repo.InvoiceInsert>>,
  action: string,
) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const row = await loadForChange(tx, ctx.actor, id, version);
    if (row.status !== from)
      throw new AppError('CONFLICT', `Die Rechnung steht nicht auf „${statusLabels[from]}“, sondern auf „${statusLabels[row.status]}“.`);
    const values = await apply(tx, row);
    const after = await repo.updateInvoice(tx, id, version, values);
    if (!after) throw new AppError('CONFLICT', 'Die Rechnung wurde inzwischen geändert. Bitte neu laden.');
    await recordAudit(tx, ctx.actor, {
      action,
      tenantId: row.tenantId,
      entityType: 'billing_invoice',
      entityId: id,
      details: { from: row.status, to: after.status, number: after.number },
    });
    return present(tx, after);
  });
}

const statusLabels = { draft: 'Entwurf', checked: 'Geprüft', approved: 'Freigegeben', issued: 'Ausgestellt' } as const;

export const checkInvoice = (ctx: UseCaseContext, id: string, version: number) =>
  transition(ctx, id, version, 'draft', async () => ({ status: 'checked', checkedBy: ctx.actor.username }), 'billing.invoice.checked');

export const approveInvoice = (ctx: UseCaseContext, id: string, version: number) =>
  transition(
    ctx,
    id,
    version,
    'checked',
    async (_tx, row) => {
      if (row.checkedBy === ctx.actor.username || row.createdBy === ctx.actor.username)
        throw new AppError(
          'FOUR_EYES_REQUIRED',
          'Freigeben muss eine zweite Person der Abrechnung, nicht wer die Rechnung erstellt oder geprüft hat.',
        );
      return { status: 'approved', approvedBy: ctx.actor.username };
    },
    'billing.invoice.approved',
  );

/** Back to draft (checked or approved, not issued), e.g. after a correction of the master data. */
export function returnInvoiceToDraft(ctx: UseCaseContext, id: string, version: number) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const row = await loadForChange(tx, ctx.actor, id, version);
    const after = await repo.updateInvoice(tx, id, version, { status: 'draft', checkedBy: null, approvedBy: null });
    await recordAudit(tx, ctx.actor, {
      action: 'billing.invoice.returned',
      tenantId: row.tenantId,
      entityType: 'billing_invoice',
      entityId: id,
      details: { from: row.status },
    });
    return present(tx, after!);
  });
}

export const issueInvoice = (ctx: UseCaseContext, id: string, version: number) =>
  transition(
    ctx,
    id,
    version,
    'approved',
    async (tx, row) => {
      const issueDate = localDate(ctx.clock.now());
      const year = Number(issueDate.slice(0, 4));
      const number = invoiceNumber(year, await repo.takeInvoiceNumber(tx, year));
      const dueDate = row.kind === 'invoice' ? addDays(issueDate, row.snapshot.paymentTermDays) : null;
      const doc = { number, issueDate, dueDate };
      const xml = renderXRechnung(row.snapshot, doc);
      const pdf = await renderInvoicePdf(row.snapshot, doc);
      const title = row.kind === 'credit_note' ? 'Gutschrift' : 'Rechnung';
      await enqueueMail(tx, {
        notBefore: ctx.clock.now(),
        tenantId: row.tenantId,
        purpose: 'billing.invoice_issued',
        refId: row.id,
        to: [row.snapshot.buyer.contactEmail ?? ''],
        subject: `${title} ${number} des DialogCenters, ${row.snapshot.periodLabel}`,
        text: [
          `Guten Tag${row.snapshot.buyer.contactName ? ` ${row.snapshot.buyer.contactName}` : ''},`,
          '',
          `anbei erhalten Sie die ${title} ${number} für ${row.snapshot.periodLabel} als XRechnung (XML) und zum Lesen als PDF.`,
          `Betrag: ${(row.grossCents / 100).toFixed(2).replace('.', ',')} EUR${dueDate ? `, fällig am ${dueDate.split('-').reverse().join('.')}` : ''}.`,
          '',
          'Mit freundlichen Grüßen',
          row.snapshot.seller.contactName,
          row.snapshot.seller.name,
        ].join('\n'),
        attachments: [
          { filename: `${number}.xml`, contentType: 'application/xml', content: xml },
          { filename: `${number}.pdf`, contentType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' },
        ],
      });
      return { status: 'issued', number, issueDate, dueDate, xml, issuedBy: ctx.actor.username, issuedAt: ctx.clock.now() };
    },
    'billing.invoice.issued',
  );

/** A draft's note may change; an issued invoice never (409 here, and the database trigger refuses it). */
export function updateInvoiceNote(ctx: UseCaseContext, id: string, version: number, note: string | null) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const row = await loadForChange(tx, ctx.actor, id, version);
    if (row.status !== 'draft') throw new AppError('CONFLICT', 'Nur Entwürfe lassen sich ändern.');
    const after = await repo.updateInvoice(tx, id, version, { snapshot: { ...row.snapshot, note } });
    await recordAudit(tx, ctx.actor, {
      action: 'billing.invoice.updated',
      tenantId: row.tenantId,
      entityType: 'billing_invoice',
      entityId: id,
      details: { note },
    });
    return present(tx, after!);
  });
}

export function discardInvoice(ctx: UseCaseContext, id: string) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findInvoice(tx, id);
    if (!row) throw notFound('Die Rechnung');
    if (row.status === 'issued')
      throw new AppError('CONFLICT', 'Eine ausgestellte Rechnung wird nie gelöscht. Korrigieren Sie sie mit einer Gutschrift.');
    await repo.deleteInvoice(tx, id);
    await recordAudit(tx, ctx.actor, {
      action: 'billing.invoice.discarded',
      tenantId: row.tenantId,
      entityType: 'billing_invoice',
      entityId: id,
      details: { period: row.period },
    });
  });
}

/** A credit note cancelling an issued invoice exactly (same lines and amounts), as a draft in the workflow. */
export function createCreditNote(ctx: UseCaseContext, invoiceId: string, reason: string) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const original = await repo.findInvoice(tx, invoiceId);
    if (!original) throw notFound('Die Rechnung');
    if (original.kind !== 'invoice' || original.status !== 'issued')
      throw new AppError('CONFLICT', 'Eine Gutschrift bezieht sich immer auf eine ausgestellte Rechnung.');
    if (await repo.findCreditNoteOf(tx, invoiceId)) throw new AppError('CONFLICT', 'Zu dieser Rechnung gibt es schon eine Gutschrift.');
    const snapshot: InvoiceSnapshot = {
      ...original.snapshot,
      kind: 'credit_note',
      preceding: { id: original.id, number: original.number!, issueDate: original.issueDate! },
      note: `Gutschrift zur Rechnung ${original.number}: ${reason}`,
    };
    const row = await repo.insertInvoice(tx, {
      tenantId: original.tenantId,
      kind: 'credit_note',
      period: original.period,
      periodStart: original.periodStart,
      periodEnd: original.periodEnd,
      netCents: original.netCents,
      vatCents: original.vatCents,
      grossCents: original.grossCents,
      correctsInvoiceId: original.id,
      snapshot,
      createdBy: ctx.actor.username,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'billing.credit_note.drafted',
      tenantId: original.tenantId,
      entityType: 'billing_invoice',
      entityId: row.id,
      details: { invoice: original.number, reason },
    });
    return present(tx, row);
  });
}

/** Stable API list: center staff see every status; a tenant's billing contact only its issued documents. */
export function listInvoices(ctx: UseCaseContext, period: string) {
  requireBillingReader(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.listInvoices(tx, { periods: periodsFor(period), tenantId: ctx.actor.tenantId ?? undefined });
    const cache = new Map<string, { ags: string; name: string }>();
    const visible = rows.filter((r) => canSeeInvoice(ctx.actor, r));
    const items: InvoiceListItem[] = [];
    for (const r of visible) items.push(await present(tx, r, cache));
    return { items };
  });
}

async function visibleInvoice(ctx: UseCaseContext, id: string) {
  requireBillingReader(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findInvoice(tx, id);
    if (!row || !canSeeInvoice(ctx.actor, row)) throw notFound('Die Rechnung');
    await recordAudit(tx, ctx.actor, {
      action: 'billing.invoice.downloaded',
      tenantId: row.tenantId,
      entityType: 'billing_invoice',
      entityId: id,
    });
    return row;
  });
}

export async function getInvoiceDetail(ctx: UseCaseContext, id: string) {
  requireBillingReader(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findInvoice(tx, id);
    if (!row || !canSeeInvoice(ctx.actor, row)) throw notFound('Die Rechnung');
    // The status history from the audit trail (every step is audited in its transaction, decision 0106).
    const trail = await searchAuditEntries(tx, { entityType: 'billing_invoice', entityId: row.id, limit: 50 });
    const history = trail
      .reverse()
      .filter((e) => e.action !== 'billing.invoice.downloaded')
      .map((e) => ({
        at: e.at.toISOString(),
        action: e.action.replace(/^billing\.(invoice|credit_note)\./, ''),
        actor: e.actorName,
        from: typeof e.details?.from === 'string' ? e.details.from : null,
        to: typeof e.details?.to === 'string' ? e.details.to : null,
      }));
    const creditNote = row.kind === 'invoice' ? await repo.findCreditNoteOf(tx, row.id) : undefined;
    const visibleCredit = creditNote && canSeeInvoice(ctx.actor, creditNote) ? await present(tx, creditNote) : null;
    return {
      ...(await present(tx, row)),
      dueDate: row.dueDate,
      snapshot: row.snapshot,
      months: monthsOfPeriod(row.period),
      history,
      creditNote: visibleCredit,
    };
  });
}

/** The XRechnung XML: frozen for issued documents, a preview (number "ENTWURF") for drafts (staff only). */
export async function getInvoiceXml(ctx: UseCaseContext, id: string): Promise<{ filename: string; xml: string }> {
  const row = await visibleInvoice(ctx, id);
  if (row.xml) return { filename: `${row.number}.xml`, xml: row.xml };
  return {
    filename: `entwurf-${row.id}.xml`,
    xml: renderXRechnung(row.snapshot, { number: 'ENTWURF', issueDate: localDate(ctx.clock.now()), dueDate: null }),
  };
}

export async function getInvoicePdf(ctx: UseCaseContext, id: string): Promise<{ filename: string; pdf: Buffer }> {
  const row = await visibleInvoice(ctx, id);
  const doc = row.number && row.issueDate ? { number: row.number, issueDate: row.issueDate, dueDate: row.dueDate } : null;
  return { filename: `${row.number ?? `entwurf-${row.id}`}.pdf`, pdf: await renderInvoicePdf(row.snapshot, doc) };
}

export { isBillingStaff };
