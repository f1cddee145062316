/**
 * Demo data of billing, through the same use cases billing staff call (decision record 0105):
 * the host as seller, the pilot's cost plan (council resolution 2271/2021), billing data and keys
 * for the 8 pilot tenants, and issued invoices for the last two complete months relative to the
 * clock: drafted and checked by `abrechnung`, approved and issued by `abrechnung2` (four-eyes).
 * Idempotent: what exists is left alone.
 */
import type { Actor } from '../../platform/auth/actor.js';
import type { UseCaseContext } from '../../platform/context.js';
import { localDate } from '../../platform/time/berlin-time.js';
import { listUsers } from '../accounts/index.js';
import { ingestSampleCallDay } from '../contacts/index.js';
import { holidayName } from '../../platform/calendar/lower-saxony-holidays.js';
import { getTenantDetail, listTenants, makeLeitwegId, updateAgreement } from '../tenancy/index.js';
import type { CostItemInput, KeyVersionInput } from './billing.contract.js';
import { addMonths } from './billing-periods.js';
import {
  addCostItem,
  addKeyVersion,
  createCostPlan,
  listCostPlanYears,
  listKeyVersions,
  saveBillingSettings,
} from './cost-plan.service.js';
import { approveInvoice, checkInvoice, createInvoiceDrafts, issueInvoice } from './invoice.service.js';

/** The seller: Landeshauptstadt Hannover. Demo tax and bank data (the IBAN passes mod 97, BR-DE-19). */
const seller = {
  sellerName: 'Landeshauptstadt Hannover',
  sellerStreet: 'Trammplatz 2',
  sellerPostalCode: '30159',
  sellerCity: 'Hannover',
  sellerIdentifier: '03241001',
  taxNumber: '25/200/12345',
  vatId: null,
  iban: 'DE85250501800000012345',
  bic: 'SPKHDE2H',
  accountName: 'Landeshauptstadt Hannover, Stadtkasse',
  contactName: 'DialogCenter, Abrechnung',
  contactPhone: '0511 168-0',
  contactEmail: 'dialogcenter-abrechnung@hannover-stadt.example',
};

const recurring = (year: number): CostItemInput[] => [
  {
    name: 'Personal: 5 zusätzliche Mitarbeitende',
    category: 'personnel',
    bearer: 'participants',
    changes: [{ from: `${year}-01-01`, annualAmountCents: 26_800_000 }],
    oneOffAmountCents: null,
    bookedOn: null,
    position: 1,
  },
  {
    name: 'Sachkosten zum Personal',
    category: 'material',
    bearer: 'participants',
    changes: [{ from: `${year}-01-01`, annualAmountCents: 4_850_000 }],
    oneOffAmountCents: null,
    bookedOn: null,
    position: 2,
  },
];

/** One-off costs of the pilot (333,000 EUR): the Region pays 200,000 (here: training and consulting), the host the rest. */
const pilotOneOffs: CostItemInput[] = [
  {
    name: 'Aufrüstung der Telefonanlage und Lizenzen',
    category: 'investment',
    bearer: 'host',
    changes: [],
    oneOffAmountCents: 12_000_000,
    bookedOn: '2022-01-14',
    position: 3,
  },
  {
    name: 'Arbeitsplatzausstattung',
    category: 'investment',
    bearer: 'host',
    changes: [],
    oneOffAmountCents: 1_300_000,
    bookedOn: '2022-01-14',
    position: 4,
  },
  {
    name: 'Schulungen und Personalauswahlverfahren',
    category: 'one_off',
    bearer: 'region',
    changes: [],
    oneOffAmountCents: 10_000_000,
    bookedOn: '2022-01-31',
    position: 5,
  },
  {
    name: 'Externe Beratung',
    category: 'one_off',
    bearer: 'region',
    changes: [],
    oneOffAmountCents: 10_000_000,
    bookedOn: '2022-02-28',
    position: 6,
  },
];

/** Keys of the 8 pilot tenants: each kind at least once (demo choice; population figures rounded, as of 31.12.2024). */
const pilotKeys: Record<string, Omit<KeyVersionInput, 'tenantId' | 'effectiveFrom'>> = {
  langenhagen: { kind: 'per_contact', monthlyCents: null, inhabitants: null, inhabitantsAsOf: null },
  'region-hannover': { kind: 'per_inhabitant', monthlyCents: null, inhabitants: 250_000, inhabitantsAsOf: '2024-12-31' },
  isernhagen: { kind: 'per_minute', monthlyCents: null, inhabitants: null, inhabitantsAsOf: null },
  laatzen: { kind: 'base_plus_variable', monthlyCents: 150_000, inhabitants: null, inhabitantsAsOf: null },
  burgwedel: { kind: 'fixed', monthlyCents: 180_000, inhabitants: null, inhabitantsAsOf: null },
  barsinghausen: { kind: 'per_inhabitant', monthlyCents: null, inhabitants: 34_000, inhabitantsAsOf: '2024-12-31' },
  wedemark: { kind: 'per_inhabitant', monthlyCents: null, inhabitants: 30_000, inhabitantsAsOf: '2024-12-31' },
  wunstorf: { kind: 'per_contact', monthlyCents: null, inhabitants: null, inhabitantsAsOf: null },
};

const townHalls: Record<string, { street: string; postalCode: string; city: string; domain: string }> = {
  langenhagen: { street: 'Marktplatz 1', postalCode: '30853', city: 'Langenhagen', domain: 'langenhagen.example' },
  'region-hannover': { street: 'Hildesheimer Straße 18', postalCode: '30169', city: 'Hannover', domain: 'region-hannover.example' },
  isernhagen: { street: 'Bothfelder Straße 29', postalCode: '30916', city: 'Isernhagen', domain: 'isernhagen.example' },
  laatzen: { street: 'Marktplatz 13', postalCode: '30880', city: 'Laatzen', domain: 'laatzen.example' },
  burgwedel: { street: 'Fuhrberger Straße 4', postalCode: '30938', city: 'Burgwedel', domain: 'burgwedel.example' },
  barsinghausen: { street: 'Deisterstraße 2', postalCode: '30890', city: 'Barsinghausen', domain: 'barsinghausen.example' },
  wedemark: { street: 'Fritz-Sennheiser-Platz 1', postalCode: '30900', city: 'Wedemark', domain: 'wedemark.example' },
  wunstorf: { street: 'Südstraße 1', postalCode: '31515', city: 'Wunstorf', domain: 'wunstorf.example' },
};

/** Calls per sample day (all pilot tenants, weighted by inhabitants as the call history does). */
const SAMPLE_CALLS_PER_DAY = 240;

/** The first working days on or after the 10th and the 20th of a month (YYYY-MM). */
export function sampleDays(month: string): string[] {
  return ['10', '20'].map((from) => {
    let d = new Date(`${month}-${from}T12:00:00Z`);
    while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || holidayName(d.toISOString().slice(0, 10))) d = new Date(d.getTime() + 86_400_000);
    return d.toISOString().slice(0, 10);
  });
}

async function billingActor(ctx: UseCaseContext, username: string): Promise<Actor | null> {
  const user = (await listUsers(ctx)).find((u) => u.username === username);
  if (!user) return null;
  return { userId: user.id, username: user.username, displayName: user.displayName, roles: ['billing'], tenantId: null, departmentIds: [] };
}

export async function seedBillingDemo(ctx: UseCaseContext): Promise<void> {
  const first = await billingActor(ctx, 'abrechnung');
  const second = await billingActor(ctx, 'abrechnung2');
  if (!first || !second) return;
  const as = (actor: Actor): UseCaseContext => ({ ...ctx, actor });
  const staff = as(first);

  await saveBillingSettings(staff, seller).catch(() => undefined /* exists: left alone */);

  const today = localDate(ctx.clock.now());
  const thisMonth = today.slice(0, 7);
  const invoiceMonths = [addMonths(thisMonth, -2), addMonths(thisMonth, -1)];
  const years = new Set([2022, ...invoiceMonths.map((m) => Number(m.slice(0, 4))), Number(thisMonth.slice(0, 4))]);
  const existing = new Set((await listCostPlanYears(staff)).map((p) => p.year));
  for (const year of [...years].sort()) {
    if (existing.has(year) || year < 2022) continue;
    await createCostPlan(staff, year, {
      title: `DialogCenter ${year}`,
      notes: 'Nach Ratsdrucksache 2271/2021: Personal- und Sachkosten erstatten die teilnehmenden Kommunen zu 100 %.',
    });
    for (const item of [...recurring(year), ...(year === 2022 ? pilotOneOffs : [])]) await addCostItem(staff, year, item);
  }

  const tenants = await listTenants(ctx);
  const keys = await listKeyVersions(staff);
  for (const [slug, key] of Object.entries(pilotKeys)) {
    const tenant = tenants.find((t) => t.slug === slug);
    if (!tenant?.pilotStart) continue;
    const detail = await getTenantDetail(ctx, tenant.id);
    const agreement = detail.agreement;
    const hall = townHalls[slug]!;
    if (agreement && !agreement.leitwegId) {
      await updateAgreement(ctx, tenant.id, {
        version: agreement.version,
        reference: agreement.reference ?? `ZV DialogCenter ${tenant.name} (${tenant.pilotStart.slice(0, 4)})`,
        termStart: agreement.termStart ?? tenant.pilotStart,
        leitwegId: makeLeitwegId(tenant.ags, 'DIALOGCENTER'),
        billingStreet: hall.street,
        billingPostalCode: hall.postalCode,
        billingCity: hall.city,
        billingContactName: `Rechnungseingang ${tenant.name}`,
        billingContactEmail: `rechnungseingang@${hall.domain}`,
        billingContactPhone: '0511 000000',
        vatTreatment: 'not_taxable',
        paymentTermDays: 30,
        billingCadence: 'month',
      });
    }
    if (!keys.some((k) => k.tenantId === tenant.id))
      await addKeyVersion(staff, { tenantId: tenant.id, effectiveFrom: tenant.pilotStart, ...key });
  }

  // Call figures for the invoiced months and the one before (the background call history comes
  // later or not at all): two sample working days a month, so count- and minute-based keys split by
  // real figures, also when billing staff draft that earlier month themselves.
  for (const month of [addMonths(thisMonth, -3), ...invoiceMonths])
    for (const day of sampleDays(month)) await ingestSampleCallDay(ctx.database, ctx.clock, day, SAMPLE_CALLS_PER_DAY);

  for (const month of invoiceMonths) {
    const { created } = await createInvoiceDrafts(staff, month);
    for (const draft of created) {
      const checked = await checkInvoice(staff, draft.id, draft.version);
      const approved = await approveInvoice(as(second), checked.id, checked.version);
      await issueInvoice(as(second), approved.id, approved.version);
    }
  }
}
