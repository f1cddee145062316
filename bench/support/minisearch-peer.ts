/**
 * The second peer of the knowledge search benchmark (issue 15): an in-process BM25
 * engine (minisearch) with fuzzy and prefix matching and German stemming
 * (snowball-stemmers), over the same published texts and the same editor-kept
 * synonyms as our PostgreSQL search.
 */
import { sql } from 'drizzle-orm';
import MiniSearch from 'minisearch';
import snowball from 'snowball-stemmers';
import { germanStopwords, normalizeText } from '../../src/modules/knowledge/search/german-text.js';
import { ALL_TENANTS, queryRows, type Database } from '../../src/platform/db/database.js';

interface Doc {
  id: string;
  leikaKey: string;
  title: string;
  keywords: string;
  parts: string;
  shortText: string;
  rest: string;
}

const stemmer = snowball.newStemmer('german');
const stem = (w: string) => stemmer.stem(w);

export interface Peer {
  search(query: string, limit: number): string[];
}

export async function buildMinisearchPeer(database: Database): Promise<Peer> {
  const { docs, synonyms } = await database.scoped(ALL_TENANTS, async (tx) => ({
    docs: await queryRows<Doc>(
      tx,
      sql`select id, leika_key as "leikaKey", title, array_to_string(keywords, ' ') as keywords, coalesce(compound_parts, '') as parts,
                 short_text as "shortText", coalesce(required_documents, '') || ' ' || coalesce(notes, '') as rest
            from knowledge_services where status = 'published'`,
    ),
    synonyms: await queryRows<{ term: string; expansion: string }>(tx, sql`select term, expansion from knowledge_synonyms`),
  }));
  const index = new MiniSearch<Doc>({
    fields: ['title', 'keywords', 'parts', 'shortText', 'rest'],
    storeFields: ['leikaKey'],
    processTerm: (term) => {
      const w = normalizeText(term);
      if (!w || germanStopwords.has(w)) return null;
      return stem(w);
    },
    searchOptions: { boost: { title: 3, keywords: 3, parts: 2, shortText: 1, rest: 0.3 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  index.addAll(docs);
  const single = new Map(synonyms.filter((s) => !s.term.includes(' ')).map((s) => [s.term, s.expansion]));
  const phrases = synonyms.filter((s) => s.term.includes(' '));
  return {
    search(query, limit) {
      const normalized = ` ${normalizeText(query)} `;
      const extra: string[] = [];
      for (const w of normalized.trim().split(' ')) if (single.has(w)) extra.push(single.get(w)!);
      for (const p of phrases) if (normalized.includes(` ${p.term} `)) extra.push(p.expansion);
      return index
        .search([query, ...extra].join(' '))
        .slice(0, limit)
        .map((r) => r.leikaKey as string);
    },
  };
}
