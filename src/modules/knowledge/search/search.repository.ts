import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/database.js';
import { knowledgeSearches, knowledgeSynonyms } from '../knowledge.schema.js';
import { germanStopwords } from './german-text.js';
import type { SynonymHit, TokenAnalysis } from './query-plan.js';

/** A text[] literal built from bound parameters (drizzle would otherwise spread a JS array). */
export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`'{}'::text[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/** A float8[] literal built from bound parameters. */
function floatArray(values: readonly number[]): SQL {
  if (values.length === 0) return sql`'{}'::float8[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}::float8`),
    sql`, `,
  )}]::float8[]`;
}

const stopwordArray = () => textArray([...germanStopwords]);

/**
 * Rebuilds the vocabulary from titles, keywords and synonyms of published services:
 * the dictionary for typo correction and compound splitting.
 */
export async function rebuildVocabulary(tx: Tx): Promise<void> {
  await tx.execute(sql`delete from knowledge_terms`);
  await tx.execute(sql`
    insert into knowledge_terms (word, frequency)
    select w, count(distinct src)::int from (
      select s.id::text as src, regexp_split_to_table(lower(s.title || ' ' || array_to_string(s.keywords, ' ')), '[^a-zäöüß0-9]+') as w
        from knowledge_services s where s.status = 'published'
      union all
      select 'syn:' || y.id::text, regexp_split_to_table(lower(y.term || ' ' || y.expansion), '[^a-zäöüß0-9]+')
        from knowledge_synonyms y
    ) x
    where length(w) >= 3 and not (w = any(${stopwordArray()}))
    group by w`);
}

export async function loadVocabulary(tx: Tx): Promise<Set<string>> {
  const rows = await queryRows<{ word: string }>(tx, sql`select word from knowledge_terms`);
  return new Set(rows.map((r) => r.word));
}

/** Title and keywords of services, for computing compound parts in the indexer. */
export async function listIndexSources(tx: Tx, ids?: string[]) {
  return queryRows<{ id: string; title: string; keywords: string[] }>(
    tx,
    ids
      ? sql`select id, title, keywords from knowledge_services where id = any(${textArray(ids)}::uuid[])`
      : sql`select id, title, keywords from knowledge_services`,
  );
}

/** Stores compound parts and recomputes the weighted German document and the trigram text. */
export async function writeSearchIndex(tx: Tx, rows: { id: string; compoundParts: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = sql.join(
      chunk.map((r) => sql`(${r.id}::uuid, ${r.compoundParts})`),
      sql`, `,
    );
    await tx.execute(sql`
      update knowledge_services s set
        compound_parts = v.parts,
        search_vector =
             setweight(to_tsvector('german', s.title), 'A')
          || setweight(to_tsvector('german', array_to_string(s.keywords, ' ')), 'A')
          || setweight(to_tsvector('german', v.parts), 'B')
          || setweight(to_tsvector('german', s.short_text), 'C')
          || setweight(to_tsvector('german', coalesce(s.required_documents, '') || ' ' || coalesce(s.notes, '')), 'D'),
        search_text = lower(s.title || ' ' || array_to_string(s.keywords, ' '))
      from (values ${values}) as v(id, parts)
      where s.id = v.id`);
  }
}

/** The key of the row in knowledge_lexeme_stats that holds the number of published services. */
const DOCUMENTS_ROW = '#documents';

/**
 * Recomputes the document frequency of every lexeme of the published services (for IDF
 * weights), counted in title, keywords, compound parts and short text (weights A-C): the
 * lists of documents to bring name "Geburtsurkunde" in thirty services, which does not
 * make the word less telling.
 */
export async function rebuildLexemeStats(tx: Tx): Promise<void> {
  await tx.execute(sql`delete from knowledge_lexeme_stats`);
  await tx.execute(sql`
    insert into knowledge_lexeme_stats (lexeme, documents)
    select word, ndoc from ts_stat($$select search_vector from knowledge_services where status = 'published' and search_vector is not null$$, 'abc')`);
  await tx.execute(sql`
    insert into knowledge_lexeme_stats (lexeme, documents)
    select ${DOCUMENTS_ROW}, count(*)::int from knowledge_services where status = 'published'`);
}

/**
 * In how many published services each word occurs (its German stem; words of four
 * letters or more as prefixes, as the search matches them: the most frequent lexeme
 * with that prefix), and how many published services there are.
 */
export async function lexemeFrequencies(tx: Tx, words: string[]): Promise<{ documents: number; frequency: Map<string, number> }> {
  const [row] = await queryRows<{ documents: number | null; frequency: { word: string; documents: number }[] | null }>(
    tx,
    sql`select (select documents from knowledge_lexeme_stats where lexeme = ${DOCUMENTS_ROW}) as documents,
               (select json_agg(json_build_object('word', w.word, 'documents', coalesce((
                   select max(l.documents)
                     from unnest(tsvector_to_array(to_tsvector('german', w.word))) as x(lex), knowledge_lexeme_stats l
                    where l.lexeme = x.lex
                       or (length(w.word) >= 4 and l.lexeme ~>=~ x.lex and l.lexeme ~<~ (x.lex || chr(1114111)))), 0)))
                  from unnest(${textArray(words)}) as w(word)) as frequency`,
  );
  return {
    documents: Number(row?.documents ?? 0),
    frequency: new Map((row?.frequency ?? []).map((f) => [f.word, Number(f.documents)])),
  };
}

/**
 * Everything the query planner needs from the vocabulary, in one round trip: for
 * each word whether it is known (exactly or as a prefix) and, if not, its closest
 * words by trigram similarity (typos); which compound-part candidates are known
 * words; and the synonyms that occur in the query or match a corrected word.
 */
export async function lookupQueryFacts(
  tx: Tx,
  input: { words: string[]; candidates: string[]; phrases: string[] },
): Promise<{ analysis: Map<string, TokenAnalysis>; known: Set<string>; synonyms: SynonymHit[] }> {
  const padded = input.phrases.map((p) => ` ${p} `);
  const [row] = await queryRows<{ analysis: TokenAnalysis[] | null; known: string[] | null; synonyms: SynonymHit[] | null }>(
    tx,
    sql`with a as (
          select t.token,
                 exists (select 1 from knowledge_terms k where k.word = t.token) as exact,
                 (length(t.token) >= 4 and exists (select 1 from knowledge_terms k where k.word like t.token || '%' and k.word <> t.token)) as prefix
            from unnest(${textArray(input.words)}) as t(token)
        ), b as (
          -- Typo candidates only for words the vocabulary does not know (CASE evaluates lazily).
          select a.token, a.exact, a.prefix,
                 case when a.exact or a.prefix then '[]'::json
                      else coalesce((select json_agg(json_build_object('word', x.word, 'similarity', x.sim))
                             from (select k.word, similarity(k.word, a.token)::float8 as sim
                                     from knowledge_terms k
                                    where k.word % a.token
                                    order by sim desc, k.frequency desc
                                    limit 3) x), '[]'::json) end as similar
            from a
        )
        select (select json_agg(b) from b) as analysis,
               (select json_agg(word) from knowledge_terms where word = any(${textArray(input.candidates)})) as known,
               (select json_agg(json_build_object('term', y.term, 'expansion', y.expansion, 'leikaKey', y.leika_key))
                  from knowledge_synonyms y
                 where y.term = any(${textArray(input.words)})
                    or y.term in (select b.similar->0->>'word' from b)
                    or exists (select 1 from unnest(${textArray(padded)}) p(q) where p.q like '% ' || y.term || ' %')) as synonyms`,
  );
  return {
    analysis: new Map((row?.analysis ?? []).map((r) => [r.token, r])),
    known: new Set(row?.known ?? []),
    synonyms: row?.synonyms ?? [],
  };
}

/**
 * Services whose title or keywords contain something like the whole query (typos the
 * vocabulary could not fix), through the trigram index. The planner does not know how
 * costly word similarity is (it rates it like a comparison) and would compare the query
 * with every title: ten times slower at 2,000 services. So this one query runs with
 * sequential scans switched off, and they are switched back on right after.
 */
async function fuzzyTitleMatches(tx: Tx, normalized: string): Promise<string[]> {
  await tx.execute(sql`set local enable_seqscan = off`);
  try {
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`select s.id from knowledge_services s where ${normalized} <% s.search_text and s.status = 'published' limit ${CANDIDATES}`,
    );
    return rows.map((r) => r.id);
  } finally {
    await tx.execute(sql`set local enable_seqscan = on`);
  }
}

/** How many full-text candidates the second, finer scoring stage looks at. */
const CANDIDATES = 150;

export interface RankedRow {
  id: string;
  leikaKey: string;
  title: string;
  category: string;
  responsibility: 'municipality' | 'region' | 'region_or_host';
  shortText: string;
  requiredDocuments: string | null;
  fees: string | null;
  onlineServiceUrl: string | null;
  reviewDue: string;
  verifiedBy: string | null;
  verifiedAt: Date | null;
  score: number;
  /** IDF-weighted share of the caller's words the service matches (0..1). */
  matchShare: number;
}

/**
 * The ranking, BM25F-like: the share of the caller's words a service matches (fully in
 * title, keywords or compound parts, 70 % in the short text, 40 % only in documents or
 * notes), each
 * word weighted by how much it tells (inverse document frequency over the published
 * catalogue: "sterbefall" counts, "melden" or "zuständig" hardly), German full-text
 * rank per word with the same weights and title and keywords weighted highest,
 * normalised by document length,
 * fuzzy similarity of the whole query to title and keywords (typos), editor-pinned
 * synonyms, and a gentle popularity prior. `matchShare` is the weighted share alone
 * (0..1): how much of what the caller said the service covers.
 */
export async function rankServices(
  tx: Tx,
  input: {
    tsquery: string;
    /**
     * One entry per thing the caller said: the group as tsquery (anywhere in the document),
     * restricted to title, keywords and compound parts (`strong`), restricted to the short
     * text (`short`), and its weight (IDF: how much the word tells).
     */
    groups: { query: string; strong: string; short: string; weight: number }[];
    normalized: string;
    pinned: string[];
    /** Also take services whose title is fuzzily similar to the whole query (typos the vocabulary did not fix). */
    fuzzy: boolean;
    limit: number;
  },
): Promise<RankedRow[]> {
  const tsqueries = (texts: string[]) =>
    texts.length
      ? sql`array[${sql.join(
          texts.map((g) => sql`to_tsquery('german', ${g})`),
          sql`, `,
        )}]`
      : sql`'{}'::tsquery[]`;
  const groups = tsqueries(input.groups.map((g) => g.query));
  const strong = tsqueries(input.groups.map((g) => g.strong));
  const short = tsqueries(input.groups.map((g) => g.short));
  // Two stages: cheap candidates first (full-text rank, fuzzy title match for short
  // queries, pinned services), then the costlier scoring only for those.
  const fuzzyIds = input.fuzzy && input.normalized.split(' ').length <= 4 ? await fuzzyTitleMatches(tx, input.normalized) : [];
  const rows = await queryRows<RankedRow>(
    tx,
    sql`with q as (select to_tsquery('german', ${input.tsquery}) as tsq),
         g as (
           select t.gq, t.gs, t.gc, t.w from unnest(${groups}, ${strong}, ${short}, ${floatArray(input.groups.map((g) => g.weight))}) as t(gq, gs, gc, w)
         ),
         gsum as (select greatest(coalesce(sum(w), 0), 0.000001) as w from g),
         candidates as (
           (select s.id from knowledge_services s, q
             where s.status = 'published' and s.search_vector @@ q.tsq
             order by ts_rank('{0.05, 0.2, 0.4, 1.0}', s.search_vector, q.tsq, 1) desc
             limit ${CANDIDATES})
           union
           (select s.id from knowledge_services s where s.status = 'published' and s.id = any(${textArray(fuzzyIds)}::uuid[]))
           union
           (select s.id from knowledge_services s where s.status = 'published' and s.leika_key = any(${textArray(input.pinned)}))
         ),
         scored as (
           select c.id,
                  (select coalesce(sum(g.w * case when s.search_vector @@ g.gs then 1.0
                                                  when s.search_vector @@ g.gc then 0.7
                                                  when s.search_vector @@ g.gq then 0.4 else 0 end), 0) from g) / gsum.w as share,
                  (select coalesce(sum(g.w * least(ts_rank('{0.05, 0.2, 0.4, 1.0}', s.search_vector, g.gq, 1), 1.0)), 0) from g) / gsum.w as rank
             from candidates c join knowledge_services s on s.id = c.id, gsum
         )
        select s.id, s.leika_key as "leikaKey", s.title, s.category, s.responsibility, s.short_text as "shortText",
               s.required_documents as "requiredDocuments", s.fees, s.online_service_url as "onlineServiceUrl",
               s.review_due::text as "reviewDue", s.verified_by as "verifiedBy", s.verified_at as "verifiedAt",
               x.share::float8 as "matchShare",
               (x.share
                + x.rank * 0.6
                + word_similarity(${input.normalized}, s.search_text) * 0.3
                + case when s.leika_key = any(${textArray(input.pinned)}) then 0.8 else 0 end
                + ln(greatest(s.popularity, 0.1)) * 0.05)::float8 as score
          from scored x join knowledge_services s on s.id = x.id
         order by score desc, s.title
         limit ${input.limit}`,
  );
  // Raw queries return timestamps as text on some drivers.
  return rows.map((r) => ({
    ...r,
    verifiedAt: r.verifiedAt ? new Date(r.verifiedAt) : null,
    score: Number(r.score),
    matchShare: Number(r.matchShare),
  }));
}

/** The baseline for the benchmark: plain websearch_to_tsquery over the same document. */
export async function rankServicesPlain(tx: Tx, query: string, limit: number): Promise<{ leikaKey: string }[]> {
  return queryRows<{ leikaKey: string }>(
    tx,
    sql`select s.leika_key as "leikaKey"
          from knowledge_services s, websearch_to_tsquery('german', ${query}) q
         where s.search_vector @@ q
         order by ts_rank(s.search_vector, q) desc, s.title
         limit ${limit}`,
  );
}

export async function listSynonyms(tx: Tx) {
  return tx.select().from(knowledgeSynonyms).orderBy(knowledgeSynonyms.term);
}

export async function insertSynonyms(tx: Tx, rows: (typeof knowledgeSynonyms.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return tx.insert(knowledgeSynonyms).values(rows).onConflictDoNothing().returning();
}

export async function deleteSynonym(tx: Tx, id: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(tx, sql`delete from knowledge_synonyms where id = ${id} returning id`);
  return rows.length > 0;
}

/**
 * Logs a search. An agent types in steps ("perso", "personalaus…"): a search by the
 * same person within 30 s that refines the previous one replaces it, so only the
 * final query counts for knowledge gaps.
 */
export async function logSearch(
  tx: Tx,
  entry: { tenantId: string; actorUserId: string | null; query: string; resultCount: number; topLeikaKeys: string[] },
  now: Date,
): Promise<string> {
  const at = sql`${now.toISOString()}::timestamptz`;
  if (entry.actorUserId) {
    const [previous] = await queryRows<{ id: string }>(
      tx,
      sql`select id from knowledge_searches
           where actor_user_id = ${entry.actorUserId} and created_at > ${at} - interval '30 seconds'
             and clicked_leika_key is null
             and (${entry.query} like query || '%' or query like ${entry.query} || '%')
           order by created_at desc limit 1`,
    );
    if (previous) {
      await tx.execute(sql`update knowledge_searches
                              set query = ${entry.query}, result_count = ${entry.resultCount}, tenant_id = ${entry.tenantId},
                                  top_leika_keys = ${textArray(entry.topLeikaKeys)}, created_at = ${at}
                            where id = ${previous.id}`);
      return previous.id;
    }
  }
  const [row] = await tx
    .insert(knowledgeSearches)
    .values({ ...entry, createdAt: now })
    .returning({ id: knowledgeSearches.id });
  return row!.id;
}

export async function recordClick(tx: Tx, searchId: string, leikaKey: string, now: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update knowledge_searches set clicked_leika_key = ${leikaKey}, clicked_at = ${now.toISOString()}::timestamptz where id = ${searchId} returning id`,
  );
  return rows.length > 0;
}

/** Links a documented service to the search it came from (or the actor's latest search within 30 minutes). */
export async function recordDocumented(
  tx: Tx,
  input: { searchId?: string; actorUserId?: string | null; leikaKey: string; at: Date },
): Promise<boolean> {
  const target = input.searchId
    ? sql`id = ${input.searchId}`
    : sql`id = (select id from knowledge_searches where actor_user_id = ${input.actorUserId ?? null}
                 and created_at > ${input.at.toISOString()}::timestamptz - interval '30 minutes' order by created_at desc limit 1)`;
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update knowledge_searches set documented_leika_key = ${input.leikaKey} where ${target} returning id`,
  );
  return rows.length > 0;
}

export interface GapRow {
  tenantId: string;
  query: string;
  searches: number;
  noResult: number;
  noClick: number;
  documentedOther: number;
  documentedLeikaKey: string | null;
  lastSearchedAt: Date;
}

/** Searches that found nothing useful, grouped by query: no result, no click, or another service documented. */
export async function listGaps(tx: Tx, tenantId: string | null): Promise<GapRow[]> {
  return queryRows<GapRow>(
    tx,
    sql`select tenant_id as "tenantId", lower(query) as query, count(*)::int as searches,
               count(*) filter (where result_count = 0)::int as "noResult",
               count(*) filter (where clicked_leika_key is null)::int as "noClick",
               count(*) filter (where documented_leika_key is not null and not (documented_leika_key = any(top_leika_keys[1:5])))::int as "documentedOther",
               (array_agg(documented_leika_key order by created_at desc) filter (where documented_leika_key is not null))[1] as "documentedLeikaKey",
               max(created_at) as "lastSearchedAt"
          from knowledge_searches
         where resolved = false
           and (${tenantId}::uuid is null or tenant_id = ${tenantId}::uuid)
           and (result_count = 0 or clicked_leika_key is null
                or (documented_leika_key is not null and not (documented_leika_key = any(top_leika_keys[1:5]))))
         group by tenant_id, lower(query)
         order by count(*) desc, max(created_at) desc
         limit 200`,
  );
}

export async function resolveGap(tx: Tx, tenantId: string, query: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update knowledge_searches set resolved = true where tenant_id = ${tenantId} and lower(query) = ${query.toLowerCase()} and resolved = false returning id`,
  );
  return rows.length;
}
