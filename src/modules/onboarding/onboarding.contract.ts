import { z } from 'zod';
import { knowledgeCategories } from '../knowledge/index.js';
import { onboardingStepKeys } from './onboarding.schema.js';
import { readinessCheckKeys } from './readiness.js';

/** Zod schemas of the onboarding API (decision 0170): validation, types and OpenAPI from one place. */
const isoDate = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT angeben.' });
const text = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);

export const stepKeySchema = z.enum(onboardingStepKeys, { message: 'Unbekannter Schritt.' });

export const readinessCheckSchema = z.object({
  key: z.string().meta({ description: `One of: ${readinessCheckKeys.join(', ')}` }),
  mandatory: z.boolean(),
  ok: z.boolean(),
  detail: z.string(),
});
export const readinessSchema = z.object({ ready: z.boolean(), checks: z.array(readinessCheckSchema) });

export const onboardingSchema = z.object({
  tenantId: z.uuid(),
  answeredCategories: z.array(z.string()),
  forwardedServices: z.string().nullable(),
  includesBookings: z.boolean(),
  bookedServices: z.string().nullable(),
  technicalNotes: z.string().nullable(),
  processingAgreementSignedOn: z.string().nullable(),
  noticeMonths: z.number().int().nullable(),
  retentionMonths: z.number().int(),
  goLiveOn: z.string().nullable(),
  goLiveLifecycle: z.enum(['pilot', 'live']).nullable(),
  goLiveOverrideReason: z.string().nullable(),
  goLiveCheckedAt: z.date().nullable(),
  goLiveOutcome: z.string().nullable(),
  leavingOn: z.string().nullable(),
  exportedAt: z.date().nullable(),
  deletionDueOn: z.string().nullable(),
  deletedAt: z.date().nullable(),
  /** 0 while nothing was saved yet (the first save creates the record). */
  version: z.number().int(),
});

export const onboardingUpdateSchema = z
  .object({
    version: z.number().int().min(0),
    answeredCategories: z
      .array(z.enum(knowledgeCategories, { message: 'Unbekanntes Thema.' }))
      .max(knowledgeCategories.length)
      .optional(),
    forwardedServices: text(4000).nullable().optional(),
    includesBookings: z.boolean().optional(),
    bookedServices: text(4000).nullable().optional(),
    technicalNotes: text(4000).nullable().optional(),
    processingAgreementSignedOn: isoDate.nullable().optional(),
    noticeMonths: z.number().int().min(0, 'Mindestens 0 Monate.').max(60, 'Höchstens 60 Monate.').nullable().optional(),
    retentionMonths: z.number().int().min(0, 'Mindestens 0 Monate.').max(120, 'Höchstens 120 Monate.').optional(),
    goLiveOn: isoDate.nullable().optional(),
    goLiveLifecycle: z.enum(['pilot', 'live'], { message: 'Pilot oder Regelbetrieb wählen.' }).nullable().optional(),
    goLiveOverrideReason: text(1000).min(10, 'Bitte die Begründung in mindestens 10 Zeichen angeben.').nullable().optional(),
    leavingOn: isoDate.nullable().optional(),
  })
  .strict();

export const stepSchema = z.object({
  stepKey: stepKeySchema,
  owner: z.enum(['center', 'municipality']),
  status: z.enum(['open', 'in_progress', 'done']),
  dueOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});

export const stepUpdateSchema = z
  .object({
    version: z.number().int().min(0),
    owner: z.enum(['center', 'municipality'], { message: 'Zentrum oder Kommune wählen.' }),
    status: z.enum(['open', 'in_progress', 'done'], { message: 'Offen, in Arbeit oder erledigt wählen.' }),
    dueOn: isoDate.nullable(),
    doneOn: isoDate.nullable(),
    note: text(2000).nullable(),
  })
  .strict();

export const documentSchema = z.object({
  id: z.uuid(),
  stepKey: stepKeySchema,
  fileName: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  createdAt: z.date(),
});

export const onboardingDetailSchema = z.object({
  onboarding: onboardingSchema,
  steps: z.array(stepSchema),
  documents: z.array(documentSchema),
});

export const announcementSchema = z.object({
  tenantId: z.uuid(),
  tenantName: z.string(),
  kind: z.enum(['joined', 'joins', 'left']),
  lifecycle: z.enum(['planned', 'pilot', 'live', 'ended']),
  day: z.string(),
});

export type OnboardingUpdate = z.infer<typeof onboardingUpdateSchema>;
export type StepUpdate = z.infer<typeof stepUpdateSchema>;
