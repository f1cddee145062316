import { z } from 'zod';
import { categories } from './knowledge.categories.js';

/** Zod schemas of the knowledge API: validation, types and OpenAPI from one source. */
export const leikaKeySchema = z.string().regex(/^[0-9]{14}$/, 'Der LeiKa-Schlüssel hat genau 14 Ziffern.');
export const responsibilitySchema = z.enum(['municipality', 'region', 'region_or_host'], {
  message: 'Zuständigkeit muss municipality, region oder region_or_host sein.',
});
export const categorySchema = z.enum(categories, { message: 'Unbekannter Themenbereich.' });
export const partSchema = z.enum(['shared', 'local']);

const optionalText = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`).nullable().optional();
const httpUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/\S+$/, 'Bitte eine Internetadresse mit http:// oder https:// angeben.')
  .max(500);

const TITLE_MAX = 200;
const SHORT_TEXT_MAX = 1000;

/** The shared standard texts of a service (kept by the central editors), without their English version. */
const sharedGermanFieldsSchema = z
  .object({
    title: z.string().trim().min(3, 'Bitte eine Bezeichnung angeben (mindestens 3 Zeichen).').max(TITLE_MAX),
    category: categorySchema,
    responsibility: responsibilitySchema,
    ozgId: z.string().trim().max(30).nullable().optional(),
    shortText: z.string().trim().min(10, 'Bitte einen Kurztext angeben (mindestens 10 Zeichen).').max(SHORT_TEXT_MAX),
    fullText: optionalText(20000),
    eligibility: optionalText(4000),
    requiredDocuments: optionalText(4000),
    fees: optionalText(4000),
    deadlines: optionalText(4000),
    processingTime: optionalText(2000),
    procedure: optionalText(4000),
    legalBasis: optionalText(4000),
    forms: optionalText(4000),
    onlineServiceUrl: httpUrl.nullable().optional(),
    notes: optionalText(4000),
    keywords: z.array(z.string().trim().min(2).max(80)).max(60, 'Höchstens 60 Suchbegriffe.').default([]),
    reviewIntervalMonths: z.number().int().min(1).max(36).default(12),
  })
  .strict();

/** The reading texts that can also be given in English (decision 0163): a subset of the shared fields' names. */
const englishFieldMask = {
  title: true,
  shortText: true,
  fullText: true,
  eligibility: true,
  requiredDocuments: true,
  fees: true,
  deadlines: true,
  processingTime: true,
  procedure: true,
} as const satisfies Partial<Record<keyof z.infer<typeof sharedGermanFieldsSchema>, true>>;

/**
 * The English version of a service's reading texts (optional, kept by the central editors with the shared
 * part; decision 0163). A field left out is shown in German with a note on the English portal. Derived from
 * the shared fields: same names and limits, but every field optional (title and short text have no minimum).
 */
export const englishSharedSchema = sharedGermanFieldsSchema
  .pick(englishFieldMask)
  .extend({
    title: optionalText(TITLE_MAX),
    shortText: optionalText(SHORT_TEXT_MAX),
  })
  .strict();
export type EnglishShared = z.infer<typeof englishSharedSchema>;

/** The shared standard texts of a service (kept by the central editors), with their English version. */
export const sharedFieldsSchema = sharedGermanFieldsSchema
  .extend({
    /** English texts where the editors supplied them (decision 0163). */
    en: englishSharedSchema.nullable().optional(),
  })
  .strict();

/** The local part of a service for one tenant (kept by that tenant's editors). */
export const localFieldsSchema = z
  .object({
    unitName: z.string().trim().min(3, 'Bitte die zuständige Stelle angeben.').max(300),
    street: optionalText(200),
    postalCode: z
      .string()
      .regex(/^[0-9]{5}$/, 'Postleitzahlen haben fünf Ziffern.')
      .nullable()
      .optional(),
    city: optionalText(100),
    openingHours: optionalText(1000),
    phone: z
      .string()
      .trim()
      .regex(/^[+0-9 ()/-]{3,30}$/, 'Keine gültige Telefonnummer.')
      .nullable()
      .optional(),
    email: z.email({ message: 'Keine gültige E-Mail-Adresse.' }).nullable().optional(),
    web: httpUrl.nullable().optional(),
    localFees: optionalText(2000),
    localNotes: optionalText(4000),
  })
  .strict();

export type SharedFields = z.infer<typeof sharedFieldsSchema>;
export type LocalFields = z.infer<typeof localFieldsSchema>;

export const tenantRefSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string(), officialName: z.string() });

export const responsibleUnitSchema = z.object({
  unitName: z.string(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  openingHours: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  web: z.string().nullable(),
  localFees: z.string().nullable(),
  localNotes: z.string().nullable(),
  verifiedBy: z.string().nullable(),
  verifiedAt: z.date().nullable(),
  reviewDue: z.string(),
  isOverdue: z.boolean(),
  version: z.number().int(),
});

const segmentSchema = z.object({ text: z.string(), hit: z.boolean() });

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'Bitte einen Suchbegriff eingeben.').max(200, 'Der Suchbegriff ist zu lang.'),
  municipality: z.string().trim().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** The portal's search: in English, the words that name a matter are searched by their German names. */
export const publicSearchQuerySchema = searchQuerySchema.extend({
  language: z.enum(['de', 'en'], { message: 'Sprache: de oder en.' }).default('de'),
});
export type PublicSearchQuery = z.infer<typeof publicSearchQuerySchema>;

export const searchItemSchema = z.object({
  serviceId: z.uuid(),
  leikaKey: z.string(),
  title: z.string(),
  category: z.string(),
  responsibility: responsibilitySchema,
  score: z.number(),
  shortText: z.string(),
  tenant: tenantRefSchema.nullable(),
  responsibleUnit: responsibleUnitSchema.nullable(),
  highlights: z.object({ title: z.array(segmentSchema), shortText: z.array(segmentSchema) }),
  verifiedBy: z.string().nullable(),
  verifiedAt: z.date().nullable(),
  reviewDue: z.string(),
  answerText: z.string(),
});

export const searchResultSchema = z.object({
  searchId: z.uuid().nullable(),
  municipality: tenantRefSchema.nullable(),
  corrections: z.array(z.object({ from: z.string(), to: z.string() })),
  items: z.array(searchItemSchema),
});

export const serviceSchema = sharedFieldsSchema
  .extend({
    id: z.uuid(),
    category: z.string(),
    leikaKey: z.string(),
    keywords: z.array(z.string()),
    status: z.string(),
    reviewDue: z.string(),
    verifiedBy: z.string().nullable(),
    verifiedAt: z.date().nullable(),
    version: z.number().int(),
    updatedAt: z.date(),
  })
  .strip();

export const serviceDetailSchema = z.object({
  service: serviceSchema,
  municipality: tenantRefSchema.nullable(),
  tenant: tenantRefSchema.nullable(),
  responsibleUnit: responsibleUnitSchema.nullable(),
  answerText: z.string(),
});

export const draftCreateSchema = z.discriminatedUnion('part', [
  z.object({ part: z.literal('shared'), leikaKey: leikaKeySchema, content: sharedFieldsSchema }).strict(),
  z.object({ part: z.literal('local'), leikaKey: leikaKeySchema, content: localFieldsSchema }).strict(),
]);
export const draftUpdateSchema = z.object({ version: z.number().int().min(1), content: z.record(z.string(), z.unknown()) }).strict();
export const draftDecisionSchema = z.object({ comment: z.string().trim().max(2000).optional() }).strict();

export const draftSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  serviceId: z.uuid().nullable(),
  leikaKey: z.string(),
  part: partSchema,
  content: z.record(z.string(), z.unknown()),
  baseVersion: z.number().int().nullable(),
  status: z.string(),
  createdBy: z.string(),
  submittedBy: z.string().nullable(),
  submittedAt: z.date().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  reviewComment: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const versionSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  part: partSchema,
  versionNo: z.number().int(),
  diff: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  source: z.string(),
  publishedBy: z.string(),
  publishedAt: z.date(),
});

export const verifySchema = z.object({ part: partSchema }).strict();

export const clickSchema = z.object({ leikaKey: leikaKeySchema }).strict();

export const synonymCreateSchema = z
  .object({
    term: z.string().trim().toLowerCase().min(2, 'Mindestens 2 Zeichen.').max(80),
    expansion: z.string().trim().min(2, 'Bitte angeben, wofür der Begriff steht.').max(300),
    leikaKey: leikaKeySchema.nullable().optional(),
  })
  .strict();
export const synonymSchema = z.object({ id: z.uuid(), term: z.string(), expansion: z.string(), leikaKey: z.string().nullable() });

export type DraftCreate = z.infer<typeof draftCreateSchema>;
export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type SynonymCreate = z.infer<typeof synonymCreateSchema>;

/** GET /knowledge/freshness: a tenant's entries due for review or incomplete. */
const freshnessEntrySchema = z.object({
  id: z.uuid(),
  leikaKey: z.string(),
  title: z.string(),
  reviewDue: z.string(),
  verifiedBy: z.string().nullable(),
  // raw SQL rows: the driver gives a Date or an ISO string
  verifiedAt: z.coerce.date().nullable(),
  isOverdue: z.boolean(),
  /** German labels of the missing fields. */
  missing: z.array(z.string()),
});
const freshnessCountsSchema = z.object({
  total: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  incomplete: z.number().int(),
});
export const freshnessSchema = z.object({
  tenant: tenantRefSchema,
  today: z.string(),
  summary: freshnessCountsSchema.extend({ sharedOverdue: z.number().int() }),
  local: z.array(freshnessEntrySchema),
  shared: z.array(freshnessEntrySchema),
});
export const freshnessOverviewSchema = z.object({ items: z.array(freshnessCountsSchema.extend({ tenant: tenantRefSchema })) });
export const reviewRemindersSchema = z.object({
  items: z.array(z.object({ tenant: tenantRefSchema, overdue: z.number().int(), dueSoon: z.number().int() })),
});
export const knowledgeGapsSchema = z.object({
  items: z.array(
    z.object({
      tenantId: z.uuid(),
      tenant: tenantRefSchema,
      query: z.string(),
      searches: z.number().int(),
      noResult: z.number().int(),
      noClick: z.number().int(),
      documentedOther: z.number().int(),
      documentedLeikaKey: z.string().nullable(),
      lastSearchedAt: z.coerce.date(),
    }),
  ),
});
/** The public search: no search id, no ready-made answer text, no editor names. */
export const publicSearchResultSchema = z.object({
  municipality: tenantRefSchema.nullable(),
  /** The postal code asked for belongs to several municipalities: the citizen chooses one (then `municipality`). */
  municipalityChoices: z.array(tenantRefSchema).nullable(),
  corrections: searchResultSchema.shape.corrections,
  items: z.array(
    searchItemSchema.omit({ answerText: true }).extend({
      /** English title and short text where editors supplied them (the portal's English pages). */
      en: z.object({ title: z.string().nullable(), shortText: z.string().nullable() }).nullable(),
    }),
  ),
});

/** A subject area of the public topic pages: its key (the portal's address), labels, published services. */
export const topicSchema = z.object({
  key: categorySchema,
  label: z.string(),
  labelEn: z.string(),
  /** How many published services the area has. */
  services: z.number().int(),
});
export const topicListSchema = z.object({ items: z.array(topicSchema) });
export const topicServicesSchema = z.object({
  topic: topicSchema,
  items: z.array(
    z.object({
      leikaKey: z.string(),
      title: z.string(),
      shortText: z.string(),
      /** English title and short text where editors supplied them. */
      en: z.object({ title: z.string().nullable(), shortText: z.string().nullable() }).nullable(),
    }),
  ),
});
