/** Zod schemas of the billing API: validation, types and OpenAPI from one source. */
import { z } from 'zod';
import { isValidIban } from './invoice-model.js';

const isoDate = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT angeben.' });
const cents = z
  .number()
  .int('Betrag in Cent als ganze Zahl.')
  .min(0, 'Der Betrag darf nicht negativ sein.')
  .max(100_000_000_000, 'Der Betrag ist zu hoch.');
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Monat im Format JJJJ-MM angeben.');
export const periodSchema = z
  .string()
  .regex(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/, 'Zeitraum im Format JJJJ-MM (Monat) oder JJJJ-Qn (Quartal) angeben.');
const yearSchema = z.coerce.number().int().min(2000, 'Jahr ab 2000.').max(2100, 'Jahr bis 2100.');

export const categorySchema = z.enum(['personnel', 'material', 'one_off', 'investment']);
export const bearerSchema = z.enum(['participants', 'region', 'host']);
export const keyKindSchema = z.enum(['per_contact', 'per_minute', 'per_inhabitant', 'base_plus_variable', 'fixed']);

export const yearParamsSchema = z.object({ year: yearSchema });
export const itemParamsSchema = z.object({ year: yearSchema, itemId: z.uuid() });
export const idParamsSchema = z.object({ id: z.uuid() });

const amountChangeSchema = z.object({ from: isoDate, annualAmountCents: cents });

export const costItemInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Bitte eine Bezeichnung angeben.').max(200),
    category: categorySchema,
    bearer: bearerSchema,
    changes: z.array(amountChangeSchema).max(50).default([]),
    oneOffAmountCents: cents.nullable().default(null),
    bookedOn: isoDate.nullable().default(null),
    note: z.string().trim().max(1000).nullable().default(null),
    position: z.number().int().min(0).max(1000).default(0),
  })
  .strict()
  .superRefine((v, ctx) => {
    const recurring = v.category === 'personnel' || v.category === 'material';
    if (recurring && v.changes.length === 0)
      ctx.addIssue({ code: 'custom', path: ['changes'], message: 'Laufende Kosten brauchen mindestens einen Jahresbetrag mit Datum.' });
    if (recurring && new Set(v.changes.map((c) => c.from)).size !== v.changes.length)
      ctx.addIssue({ code: 'custom', path: ['changes'], message: 'Zwei Änderungen am selben Tag.' });
    if (!recurring && (v.oneOffAmountCents === null || !v.bookedOn))
      ctx.addIssue({
        code: 'custom',
        path: ['oneOffAmountCents'],
        message: 'Einmalige Kosten und Investitionen brauchen Betrag und Buchungsdatum.',
      });
  });

/** The cost import's upload (decision record 0107): the body is the CSV file itself. */
export const costImportQuerySchema = z.object({
  year: yearSchema.describe('Jahr des Kostenplans, in den importiert wird'),
  fileName: z.string().trim().min(1).max(200).default('kosten.csv'),
  dryRun: z.enum(['true', 'false'], { message: 'dryRun ist true (nur prüfen, Vorschau) oder false (übernehmen).' }).default('false'),
});

export const costPlanCreateSchema = z
  .object({ title: z.string().trim().min(1).max(200), notes: z.string().max(4000).nullable().default(null) })
  .strict();

export const costItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  category: categorySchema,
  bearer: bearerSchema,
  changes: z.array(z.object({ from: z.string(), annualAmountCents: z.number() })),
  oneOffAmountCents: z.number().nullable(),
  bookedOn: z.string().nullable(),
  note: z.string().nullable(),
  position: z.number(),
  /** Cents per month of the plan's year, January first. */
  monthlyCents: z.array(z.number()),
  yearCents: z.number(),
});

export const costPlanSchema = z.object({
  id: z.uuid(),
  year: z.number(),
  title: z.string(),
  notes: z.string().nullable(),
  version: z.number(),
  items: z.array(costItemSchema),
  totals: z.object({ yearCents: z.number(), participantsCents: z.number(), regionCents: z.number(), hostCents: z.number() }),
});

export const keyVersionInputSchema = z
  .object({
    tenantId: z.uuid(),
    effectiveFrom: isoDate,
    kind: keyKindSchema,
    monthlyCents: cents.nullable().default(null),
    inhabitants: z.number().int().min(0).max(10_000_000).nullable().default(null),
    inhabitantsAsOf: isoDate.nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.kind === 'fixed' || v.kind === 'base_plus_variable') && v.monthlyCents === null)
      ctx.addIssue({ code: 'custom', path: ['monthlyCents'], message: 'Bitte den Monatsbetrag (Festbetrag oder Grundbetrag) angeben.' });
    if (v.kind === 'per_inhabitant' && (v.inhabitants === null || !v.inhabitantsAsOf))
      ctx.addIssue({ code: 'custom', path: ['inhabitants'], message: 'Bitte die amtliche Einwohnerzahl mit Stichtag angeben.' });
  });

export const keyVersionSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  effectiveFrom: z.string(),
  kind: keyKindSchema,
  monthlyCents: z.number().nullable(),
  inhabitants: z.number().nullable(),
  inhabitantsAsOf: z.string().nullable(),
});

export const settingsInputSchema = z
  .object({
    version: z.number().int().min(1).optional(),
    sellerName: z.string().trim().min(1).max(200),
    sellerStreet: z.string().trim().min(1).max(200),
    sellerPostalCode: z
      .string()
      .trim()
      .regex(/^[0-9]{5}$/, 'Fünfstellige Postleitzahl.'),
    sellerCity: z.string().trim().min(1).max(120),
    sellerIdentifier: z.string().trim().min(1).max(60),
    taxNumber: z.string().trim().max(30).nullable(),
    vatId: z
      .string()
      .trim()
      .regex(/^DE[0-9]{9}$/, 'USt-IdNr. im Format DE123456789.')
      .nullable(),
    iban: z
      .string()
      .trim()
      .transform((s) => s.replace(/\s+/g, '').toUpperCase())
      .refine(isValidIban, 'Die IBAN ist nicht gültig (Prüfziffer).'),
    bic: z
      .string()
      .trim()
      .regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/, 'BIC mit 8 oder 11 Zeichen.')
      .nullable(),
    accountName: z.string().trim().min(1).max(200),
    contactName: z.string().trim().min(1).max(200),
    contactPhone: z
      .string()
      .trim()
      .regex(/([0-9].*){3,}/, 'Telefonnummer mit mindestens drei Ziffern.')
      .max(60),
    contactEmail: z.email('Keine gültige E-Mail-Adresse.').max(254),
  })
  .strict();

export const settingsSchema = z.object({
  version: z.number(),
  sellerName: z.string(),
  sellerStreet: z.string(),
  sellerPostalCode: z.string(),
  sellerCity: z.string(),
  sellerIdentifier: z.string(),
  taxNumber: z.string().nullable(),
  vatId: z.string().nullable(),
  iban: z.string(),
  bic: z.string().nullable(),
  accountName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
});

export const periodQuerySchema = z.object({ period: periodSchema });

const allocationBasisSchema = z.object({ unit: z.string().nullable(), own: z.number(), groupTotal: z.number() });

export const statementSchema = z.object({
  tenantId: z.uuid(),
  tenantName: z.string(),
  tenantAgs: z.string(),
  isHost: z.boolean(),
  period: z.string(),
  periodLabel: z.string(),
  /** Why no invoice can be made (missing Leitweg-ID, address ...), empty when ready. */
  missingBillingData: z.array(z.string()),
  lines: z.array(z.object({ costItemId: z.string(), name: z.string(), category: categorySchema, bearer: bearerSchema, cents: z.number() })),
  months: z.array(
    z.object({
      month: z.string(),
      keyKind: keyKindSchema,
      contacts: z.number(),
      talkMinutes: z.number(),
      inhabitants: z.number().nullable(),
      inhabitantsAsOf: z.string().nullable(),
      basis: allocationBasisSchema,
      fixedCents: z.number(),
      variableCents: z.number(),
      totalCents: z.number(),
    }),
  ),
  totalCents: z.number(),
});

export const previewSchema = z.object({
  period: z.string(),
  periodLabel: z.string(),
  planYear: z.number().nullable(),
  items: z.array(
    z.object({
      costItemId: z.string(),
      name: z.string(),
      category: categorySchema,
      bearer: bearerSchema,
      cents: z.number(),
      toTenantsCents: z.number(),
      hostCents: z.number(),
      regionCents: z.number(),
    }),
  ),
  totalCents: z.number(),
  toTenantsCents: z.number(),
  /** The host's own traffic and what no participant took. */
  hostCents: z.number(),
  regionCents: z.number(),
  /** totalCents - (toTenants + host + region): always 0. */
  differenceCents: z.number(),
  fixedScaledDownMonths: z.array(z.string()),
  statements: z.array(statementSchema),
});

export const invoiceListItemSchema = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  tenantAgs: z.string(),
  tenantName: z.string(),
  kind: z.enum(['invoice', 'credit_note']),
  status: z.enum(['draft', 'checked', 'approved', 'issued']),
  period: z.string(),
  issueDate: z.string().nullable(),
  netTotal: z.number(),
  vatTotal: z.number(),
  grossTotal: z.number(),
  currency: z.string(),
  correctsInvoiceId: z.uuid().nullable(),
  createdBy: z.string(),
  checkedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  issuedBy: z.string().nullable(),
  version: z.number(),
});
export const invoiceListSchema = z.object({ items: z.array(invoiceListItemSchema) });
export const invoiceListQuerySchema = z.object({ period: periodSchema });

export const draftRequestSchema = z.object({ period: periodSchema }).strict();
export const draftResultSchema = z.object({
  created: z.array(invoiceListItemSchema),
  skipped: z.array(z.object({ tenantId: z.uuid(), tenantName: z.string(), reason: z.string() })),
});
export const versionBodySchema = z.object({ version: z.number().int().min(1) }).strict();
export const invoiceUpdateSchema = z.object({ version: z.number().int().min(1), note: z.string().trim().max(500).nullable() }).strict();
export const creditNoteRequestSchema = z
  .object({ reason: z.string().trim().min(3, 'Bitte den Grund der Gutschrift angeben.').max(500) })
  .strict();

/** A cost item as use cases take it (the remark may be left out: none). */
export type CostItemInput = Omit<z.infer<typeof costItemInputSchema>, 'note'> & { note?: string | null };
export type KeyVersionInput = z.infer<typeof keyVersionInputSchema>;
export type SettingsInput = z.infer<typeof settingsInputSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Preview = z.infer<typeof previewSchema>;
export type InvoiceListItem = z.infer<typeof invoiceListItemSchema>;
