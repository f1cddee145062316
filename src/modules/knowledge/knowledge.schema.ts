import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';
import { tenants } from '../tenancy/tenancy.schema.js';
import type { EnglishShared } from './knowledge.contract.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Which level of administration answers for a service:
 * - municipality: each city or municipality for its own residents (citizen office, dog tax);
 * - region: the Region Hannover for everyone (waste via aha, Elterngeld, Jobcenter);
 * - region_or_host: the Region for the municipalities, the Landeshauptstadt for its own
 *   residents (vehicle registration, driving licences, foreigners office).
 */
export type ResponsibilityLevel = 'municipality' | 'region' | 'region_or_host';

/**
 * A service (Leistung) with its shared standard texts. Shared across tenants and
 * kept by the central editors (editors of the host tenant); not tenant-owned, so
 * no row-level security. The local part per tenant lives in knowledge_local_parts.
 */
export const knowledgeServices = pgTable(
  'knowledge_services',
  {
    id: idColumn(),
    /** LeiKa key: 14 digits from the federal service catalogue. */
    leikaKey: varchar('leika_key', { length: 14 }).notNull().unique(),
    /** OZG service id (e.g. "OZG-10264"), where the service maps to one. */
    ozgId: varchar('ozg_id', { length: 30 }),
    title: text('title').notNull(),
    /** Subject area for filters and the public page: buergeramt, standesamt, fahrzeuge … */
    category: varchar('category', { length: 40 }).notNull(),
    responsibility: varchar('responsibility', { length: 20 }).$type<ResponsibilityLevel>().notNull().default('municipality'),
    shortText: text('short_text').notNull(),
    fullText: text('full_text'),
    /** Wer kann die Leistung beantragen. */
    eligibility: text('eligibility'),
    requiredDocuments: text('required_documents'),
    fees: text('fees'),
    deadlines: text('deadlines'),
    processingTime: text('processing_time'),
    procedure: text('procedure'),
    legalBasis: text('legal_basis'),
    forms: text('forms'),
    onlineServiceUrl: text('online_service_url'),
    notes: text('notes'),
    /** English versions of the reading texts (title, short text, documents, fees …), each optional (decision 0163). */
    en: jsonb('en').$type<EnglishShared>(),
    /** Search words editors add: official and colloquial terms that belong to this service. */
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    /** Parts of compound words in title and keywords (Hundesteuer → hund steuer), kept by the search indexer. */
    compoundParts: text('compound_parts').notNull().default(''),
    /** Weighted German full-text document (title/keywords A, parts B, short text C, rest D), kept by the indexer. */
    searchVector: tsvector('search_vector'),
    /** Lower-case, accent-folded title and keywords: the trigram (typo) index works on this. */
    searchText: text('search_text').notNull().default(''),
    /** Relative frequency of requests (1 = usual); a gentle tie-breaker in ranking. */
    popularity: real('popularity').notNull().default(1),
    /** published | archived. Drafts are kept in knowledge_drafts. */
    status: varchar('status', { length: 20 }).$type<'published' | 'archived'>().notNull().default('published'),
    reviewIntervalMonths: integer('review_interval_months').notNull().default(12),
    reviewDue: date('review_due').notNull(),
    verifiedBy: text('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    check('knowledge_services_leika_check', sql`${t.leikaKey} ~ '^[0-9]{14}$'`),
    check('knowledge_services_responsibility_check', sql`${t.responsibility} in ('municipality', 'region', 'region_or_host')`),
    check('knowledge_services_status_check', sql`${t.status} in ('published', 'archived')`),
    index('knowledge_services_search_idx').using('gin', t.searchVector),
    index('knowledge_services_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/**
 * The local part of a service for one tenant: the responsible organisational unit
 * (Zuständigkeit) with contact data, local fees and notes. Each tenant's editors keep
 * their own rows only (row-level security).
 */
export const knowledgeLocalParts = pgTable(
  'knowledge_local_parts',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => knowledgeServices.id, { onDelete: 'cascade' }),
    unitName: text('unit_name').notNull(),
    street: text('street'),
    postalCode: varchar('postal_code', { length: 5 }),
    city: text('city'),
    openingHours: text('opening_hours'),
    phone: text('phone'),
    email: text('email'),
    web: text('web'),
    localFees: text('local_fees'),
    localNotes: text('local_notes'),
    reviewDue: date('review_due').notNull(),
    verifiedBy: text('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    unique('knowledge_local_parts_tenant_service_uq').on(t.tenantId, t.serviceId),
    index('knowledge_local_parts_service_idx').on(t.serviceId),
  ],
).enableRLS();

/**
 * Colloquial terms and synonyms kept by the central editors: "knöllchen" means
 * "verwarnungsgeld"; optionally pinned to one service that should then come first.
 */
export const knowledgeSynonyms = pgTable(
  'knowledge_synonyms',
  {
    id: idColumn(),
    /** Lower-case word or phrase as callers say it. */
    term: text('term').notNull().unique(),
    /** Words the term stands for, searched instead of/in addition to it. */
    expansion: text('expansion').notNull(),
    /** The service the term nearly always means, if any. */
    leikaKey: varchar('leika_key', { length: 14 }),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [check('knowledge_synonyms_term_check', sql`${t.term} = lower(${t.term}) and length(${t.term}) between 2 and 80`)],
);

/**
 * Vocabulary of the knowledge base (words of titles, keywords and synonyms), the
 * dictionary for typo correction (trigram) and compound splitting. Rebuilt by the indexer.
 */
export const knowledgeTerms = pgTable(
  'knowledge_terms',
  {
    word: text('word').primaryKey(),
    /** In how many services the word occurs. */
    frequency: integer('frequency').notNull().default(1),
  },
  (t) => [
    index('knowledge_terms_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
    index('knowledge_terms_prefix_idx').using('btree', sql`${t.word} text_pattern_ops`),
  ],
);

/**
 * Document frequencies of the search index's lexemes (ts_stat over the published
 * services' weighted documents): how many services contain a word, for weighting the
 * caller's words by how much they tell (IDF). The row `#documents` holds the number of
 * published services. Shared like the vocabulary; rebuilt by the indexer.
 */
export const knowledgeLexemeStats = pgTable(
  'knowledge_lexeme_stats',
  {
    lexeme: text('lexeme').primaryKey(),
    documents: integer('documents').notNull(),
  },
  (t) => [index('knowledge_lexeme_stats_prefix_idx').using('btree', sql`${t.lexeme} text_pattern_ops`)],
);

export type DraftStatus = 'draft' | 'in_review' | 'published' | 'rejected' | 'withdrawn';
export type KnowledgePart = 'shared' | 'local';

/**
 * A proposed change: editors write drafts, submit them for review, and a reviewer
 * publishes or rejects them. Owned by the editor's tenant (for shared texts: the host).
 */
export const knowledgeDrafts = pgTable(
  'knowledge_drafts',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    /** Null when the draft proposes a new service. */
    serviceId: uuid('service_id').references(() => knowledgeServices.id, { onDelete: 'cascade' }),
    leikaKey: varchar('leika_key', { length: 14 }).notNull(),
    part: varchar('part', { length: 10 }).$type<KnowledgePart>().notNull(),
    /** The proposed field values (shared text fields or local part fields). */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** Version of the live entry the draft was based on (stale-write check on publish). */
    baseVersion: integer('base_version'),
    status: varchar('status', { length: 20 }).$type<DraftStatus>().notNull().default('draft'),
    createdBy: text('created_by').notNull(),
    submittedBy: text('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('knowledge_drafts_part_check', sql`${t.part} in ('shared', 'local')`),
    check('knowledge_drafts_status_check', sql`${t.status} in ('draft', 'in_review', 'published', 'rejected', 'withdrawn')`),
  ],
);

/** Every published version of a shared text or local part, with the diff to the one before. */
export const knowledgeVersions = pgTable(
  'knowledge_versions',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => knowledgeServices.id, { onDelete: 'cascade' }),
    part: varchar('part', { length: 10 }).$type<KnowledgePart>().notNull(),
    versionNo: integer('version_no').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** Changed fields: { field: { from, to } }. */
    diff: jsonb('diff').$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    /** draft | import | seed: how the version came about. */
    source: varchar('source', { length: 20 }).notNull(),
    draftId: uuid('draft_id'),
    publishedBy: text('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantIsolationPolicy(), unique('knowledge_versions_uq').on(t.tenantId, t.serviceId, t.part, t.versionNo)],
).enableRLS();

/**
 * Every agent search, to find knowledge gaps: searches with no result, with no
 * click, or after which the agent documented a service the search did not offer.
 * Owned by the caller's municipality (the host when none was given).
 */
export const knowledgeSearches = pgTable(
  'knowledge_searches',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    actorUserId: uuid('actor_user_id'),
    query: text('query').notNull(),
    resultCount: integer('result_count').notNull(),
    /** LeiKa keys of the first results, best first. */
    topLeikaKeys: text('top_leika_keys').array().notNull().default(sql`'{}'::text[]`),
    clickedLeikaKey: varchar('clicked_leika_key', { length: 14 }),
    clickedAt: timestamp('clicked_at', { withTimezone: true }),
    /** The service the agent documented on the contact afterwards (from the contacts module). */
    documentedLeikaKey: varchar('documented_leika_key', { length: 14 }),
    /** Editors close a gap once the knowledge base covers it. */
    resolved: boolean('resolved').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    index('knowledge_searches_tenant_created_idx').on(t.tenantId, t.createdAt),
    index('knowledge_searches_actor_idx').on(t.actorUserId, t.createdAt),
  ],
).enableRLS();
