import { isValidLeitwegId } from './leitweg-id.js';
import { z } from 'zod';

/** Zod schemas of the tenancy API: the single source for validation, types and OpenAPI. */
const isoDate = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT angeben.' });
const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Uhrzeit im Format HH:MM angeben.');
const email = z.email({ message: 'Keine gültige E-Mail-Adresse.' });
const phone = z
  .string()
  .trim()
  .regex(/^[+0-9 ()/-]{3,30}$/, 'Keine gültige Telefonnummer.');

export const lifecycleSchema = z.enum(['planned', 'pilot', 'live', 'ended']);
export const tenantKindSchema = z.enum(['stadt', 'gemeinde', 'region']);

export const tenantSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  officialName: z.string(),
  ags: z.string(),
  kind: tenantKindSchema,
  lifecycle: lifecycleSchema,
  pilotStart: z.string().nullable(),
  liveStart: z.string().nullable(),
  endedOn: z.string().nullable(),
  isHost: z.boolean(),
  postalCodes: z.array(z.string()),
  knowledgeFourEyes: z.boolean(),
  version: z.number().int(),
});

export const tenantUpdateSchema = z
  .object({
    version: z.number().int().min(1),
    name: z.string().trim().min(2).max(120).optional(),
    officialName: z.string().trim().min(2).max(200).optional(),
    lifecycle: lifecycleSchema.optional(),
    pilotStart: isoDate.nullable().optional(),
    liveStart: isoDate.nullable().optional(),
    endedOn: isoDate.nullable().optional(),
    postalCodes: z
      .array(z.string().regex(/^[0-9]{5}$/, 'Postleitzahlen haben fünf Ziffern.'))
      .max(200)
      .optional(),
    knowledgeFourEyes: z.boolean().optional(),
    /**
     * Entering operation (planned/ended -> pilot/live) while a mandatory readiness check fails: the admin's
     * documented decision to go ahead anyway (audited with the failing checks; decision 0170).
     */
    readinessOverride: z
      .object({ reason: z.string().trim().min(10, 'Bitte die Begründung in mindestens 10 Zeichen angeben.').max(1000) })
      .strict()
      .optional(),
  })
  .strict();

const intervalSchema = z
  .object({ from: time, to: time })
  .refine((i) => i.from < i.to, { message: 'Das Ende muss nach dem Beginn liegen.' });
export const serviceHoursSchema = z.object({
  '1': z.array(intervalSchema),
  '2': z.array(intervalSchema),
  '3': z.array(intervalSchema),
  '4': z.array(intervalSchema),
  '5': z.array(intervalSchema),
  '6': z.array(intervalSchema),
  '7': z.array(intervalSchema),
});

export const agreementSchema = z.object({
  tenantId: z.uuid(),
  reference: z.string().nullable(),
  signedOn: z.string().nullable(),
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  serviceLevelPercent: z.number().int(),
  serviceLevelSeconds: z.number().int(),
  firstContactResolutionPercent: z.number().int(),
  replyWithinWorkingHours: z.number().int(),
  shortAbandonSeconds: z.number().int(),
  serviceHours: serviceHoursSchema,
  notes: z.string().nullable(),
  leitwegId: z.string().nullable(),
  billingStreet: z.string().nullable(),
  billingPostalCode: z.string().nullable(),
  billingCity: z.string().nullable(),
  billingContactName: z.string().nullable(),
  billingContactEmail: z.string().nullable(),
  billingContactPhone: z.string().nullable(),
  vatTreatment: z.enum(['not_taxable', 'taxable']),
  paymentTermDays: z.number().int(),
  billingCadence: z.enum(['month', 'quarter']),
  version: z.number().int(),
});

export const agreementUpdateSchema = z
  .object({
    version: z.number().int().min(1),
    reference: z.string().trim().max(120).nullable().optional(),
    signedOn: isoDate.nullable().optional(),
    termStart: isoDate.nullable().optional(),
    termEnd: isoDate.nullable().optional(),
    serviceLevelPercent: z.number().int().min(1, 'Mindestens 1 %.').max(100, 'Höchstens 100 %.').optional(),
    serviceLevelSeconds: z.number().int().min(1).max(600).optional(),
    firstContactResolutionPercent: z.number().int().min(1).max(100).optional(),
    replyWithinWorkingHours: z.number().int().min(1).max(720).optional(),
    shortAbandonSeconds: z.number().int().min(0).max(60).optional(),
    serviceHours: serviceHoursSchema.optional(),
    notes: z.string().max(4000).nullable().optional(),
    leitwegId: z
      .string()
      .trim()
      .max(46)
      .refine(
        isValidLeitwegId,
        'Keine gültige Leitweg-ID (Grobadressierung-Feinadressierung-Prüfziffer, Prüfziffer nach ISO 7064 Mod 97-10).',
      )
      .nullable()
      .optional(),
    billingStreet: z.string().trim().max(200).nullable().optional(),
    billingPostalCode: z
      .string()
      .trim()
      .regex(/^[0-9]{5}$/, 'Fünfstellige Postleitzahl.')
      .nullable()
      .optional(),
    billingCity: z.string().trim().max(120).nullable().optional(),
    billingContactName: z.string().trim().max(200).nullable().optional(),
    billingContactEmail: z.email('Keine gültige E-Mail-Adresse.').max(254).nullable().optional(),
    billingContactPhone: z.string().trim().max(60).nullable().optional(),
    vatTreatment: z.enum(['not_taxable', 'taxable']).optional(),
    paymentTermDays: z.number().int().min(0).max(120).optional(),
    billingCadence: z.enum(['month', 'quarter']).optional(),
  })
  .strict()
  .refine((a) => !a.termStart || !a.termEnd || a.termStart <= a.termEnd, {
    message: 'Das Laufzeitende muss nach dem Laufzeitbeginn liegen.',
    path: ['termEnd'],
  });

export const departmentSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  code: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  deputyEmail: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});

export const departmentCreateSchema = z
  .object({
    name: z.string().trim().min(2, 'Bitte einen Namen angeben.').max(200),
    code: z.string().trim().max(40).nullable().optional(),
    email: email.nullable().optional(),
    phone: phone.nullable().optional(),
    deputyEmail: email.nullable().optional(),
  })
  .strict();

export const departmentUpdateSchema = departmentCreateSchema
  .partial()
  .extend({ version: z.number().int().min(1), active: z.boolean().optional() })
  .strict();

export const contactFunctionSchema = z.enum(['coordinator', 'data_protection', 'billing', 'it', 'knowledge', 'other']);

export const contactSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  departmentId: z.uuid().nullable(),
  name: z.string(),
  function: contactFunctionSchema,
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const contactCreateSchema = z
  .object({
    name: z.string().trim().min(2, 'Bitte einen Namen angeben.').max(200),
    function: contactFunctionSchema,
    departmentId: z.uuid().nullable().optional(),
    email: email.nullable().optional(),
    phone: phone.nullable().optional(),
  })
  .strict();
export const contactUpdateSchema = contactCreateSchema.partial().strict();

export const tenantDetailSchema = z.object({
  tenant: tenantSchema,
  agreement: agreementSchema.nullable(),
  departments: z.array(departmentSchema),
  contacts: z.array(contactSchema),
});

export type TenantUpdate = z.infer<typeof tenantUpdateSchema>;
export type AgreementUpdate = z.infer<typeof agreementUpdateSchema>;
export type DepartmentCreate = z.infer<typeof departmentCreateSchema>;
export type DepartmentUpdate = z.infer<typeof departmentUpdateSchema>;
export type ContactCreate = z.infer<typeof contactCreateSchema>;
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;
