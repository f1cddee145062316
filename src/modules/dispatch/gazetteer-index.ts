import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import { subscribeChanges, type StagedChanges } from '../../platform/realtime/change-bus.js';
import * as repo from './gazetteer.repository.js';
import type { IndexedPlace } from './gazetteer.repository.js';

export type { IndexedPlace };

/** Thresholds of pg_trgm's `%` and `<%` operators (the look-up used them in SQL before, decision 0092). */
const SIMILARITY_THRESHOLD = 0.3;
const WORD_SIMILARITY_THRESHOLD = 0.6;
const PREFIX_SCORE = 0.9;

/**
 * Trigrams of a normalised key the way pg_trgm builds them: every word padded with two
 * spaces in front and one behind ("  k", " kr", "kro", ...), in order of appearance.
 */
export function trigramSequence(key: string): string[] {
  const out: string[] = [];
  for (const word of key.split(/[^a-z0-9]+/)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}

/** pg_trgm's similarity(): shared trigrams over the union of both sets. */
export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * pg_trgm's word_similarity(query, key): the best similarity between the query's trigram
 * set and any continuous stretch of the key's trigram sequence ("kroepcke" in "kroepcke uhr").
 */
export function wordSimilarity(query: ReadonlySet<string>, keySequence: readonly string[]): number {
  if (query.size === 0) return 0;
  let best = 0;
  for (let start = 0; start < keySequence.length; start++) {
    if (!query.has(keySequence[start]!)) continue; // a best stretch starts and ends on a shared trigram
    const seen = new Set<string>();
    let shared = 0;
    for (let end = start; end < keySequence.length; end++) {
      const t = keySequence[end]!;
      if (!seen.has(t)) {
        seen.add(t);
        if (query.has(t)) shared++;
      }
      if (!query.has(t)) continue;
      const s = shared / (query.size + seen.size - shared);
      if (s > best) best = s;
    }
  }
  return best;
}

/** All entries with the same normalised name: the unit the trigram search works on. */
interface KeyGroup {
  key: string;
  trigrams: Set<string>;
  sequence: string[];
  /** Streets and places. */
  named: IndexedPlace[];
  /** Addresses by house number ("4a"), and all of them in house-number order. */
  byHouse: Map<string, IndexedPlace[]>;
  addresses: IndexedPlace[];
}

export interface ScoredPlace extends IndexedPlace {
  score: number;
}

/**
 * Grid of about 220 x 200 m: "which district is this point in" looks at the point's cell and then
 * ring after ring outwards, and stops once no farther ring can hold a nearer entry (a 30,000-entry
 * address list in one city centre made the former 1 km cells scan nearly all of it, decision 0094).
 */
const CELL_LAT = 0.002;
const CELL_LON = 0.003;
/** Distances are compared in latitude degrees; a degree of longitude is cos(52.4°) ≈ 0.61 of one here. */
const LON_SCALE = 0.61;
const cellY = (lat: number) => Math.floor(lat / CELL_LAT);
const cellX = (lon: number) => Math.floor(lon / CELL_LON);
const cellKey = (y: number, x: number) => y * 1_000_000 + x;

/** One collator (String#localeCompare with options builds one per call, decision 0094). */
const germanNames = new Intl.Collator('de');
const germanNumbers = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
const naturalOrder = (a: string | null, b: string | null) => germanNumbers.compare(a ?? '', b ?? '');

/**
 * The offline gazetteer in memory (decision 0092): entries grouped by normalised name, an
 * inverted trigram index and a sorted key list for prefixes over the groups, and a grid of
 * entries with a district for "which district is this point in". Built once per app
 * instance from dispatch_places; rebuilt after an import commits (see `gazetteerOf`).
 */
export class GazetteerIndex {
  private readonly groups: KeyGroup[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly sortedKeys: { key: string; group: number }[] = [];
  private readonly grid = new Map<number, IndexedPlace[]>();
  readonly size: number;

  constructor(
    places: readonly IndexedPlace[],
    readonly stamp: string,
  ) {
    this.size = places.length;
    const byKey = new Map<string, KeyGroup>();
    for (const p of places) {
      let group = byKey.get(p.searchKey);
      if (!group) {
        const sequence = trigramSequence(p.searchKey);
        group = { key: p.searchKey, trigrams: new Set(sequence), sequence, named: [], byHouse: new Map(), addresses: [] };
        byKey.set(p.searchKey, group);
      }
      if (p.kind === 'address') {
        group.addresses.push(p);
        const house = p.houseNumber ?? '';
        const list = group.byHouse.get(house);
        if (list) list.push(p);
        else group.byHouse.set(house, [p]);
      } else group.named.push(p);
      if (p.district !== null) {
        const cell = cellKey(cellY(p.lat), cellX(p.lon));
        const list = this.grid.get(cell);
        if (list) list.push(p);
        else this.grid.set(cell, [p]);
      }
    }
    for (const group of byKey.values()) {
      const index = this.groups.push(group) - 1;
      group.addresses.sort((a, b) => naturalOrder(a.houseNumber, b.houseNumber));
      for (const t of group.trigrams) {
        const list = this.postings.get(t);
        if (list) list.push(index);
        else this.postings.set(t, [index]);
      }
      this.sortedKeys.push({ key: group.key, group: index });
    }
    this.sortedKeys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /**
   * Candidates for a normalised name, best first, like the SQL it replaces: trigram
   * similarity (typos), word similarity (a word of a longer name) and prefix (typing);
   * addresses only with the house number asked for. `isVisible` is the tenant check.
   */
  search(key: string, houseNumber: string | null, limit: number, isVisible: (tenantId: string) => boolean): ScoredPlace[] {
    const query = new Set(trigramSequence(key));
    const shared = new Map<number, number>();
    for (const t of query) for (const g of this.postings.get(t) ?? []) shared.set(g, (shared.get(g) ?? 0) + 1);
    const prefixed = new Set(this.prefixed(key));
    const scores = new Map<number, number>();
    for (const g of prefixed) if (!shared.has(g)) scores.set(g, PREFIX_SCORE);
    for (const [g, count] of shared) {
      const group = this.groups[g]!;
      const similarity = count / (query.size + group.trigrams.size - count);
      // word similarity is at most count / query.size: skip it when it cannot matter
      const canMatter = similarity >= SIMILARITY_THRESHOLD || count >= WORD_SIMILARITY_THRESHOLD * query.size;
      const ws = canMatter ? wordSimilarity(query, group.sequence) : 0;
      const isPrefix = prefixed.has(g);
      if (similarity >= SIMILARITY_THRESHOLD || ws >= WORD_SIMILARITY_THRESHOLD || isPrefix)
        scores.set(g, Math.max(similarity, ws, isPrefix ? PREFIX_SCORE : 0));
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1]);
    const rows: ScoredPlace[] = [];
    for (let i = 0; i < ranked.length; i++) {
      const [g, score] = ranked[i]!;
      if (rows.length >= limit && score < rows[rows.length - 1]!.score) break;
      const group = this.groups[g]!;
      const addresses = houseNumber === null ? group.addresses : (group.byHouse.get(houseNumber) ?? []);
      for (const p of [...addresses, ...group.named]) if (isVisible(p.tenantId)) rows.push({ ...p, score });
    }
    const kindOrder = (k: string) => (k === 'address' ? 0 : k === 'place' ? 1 : 2);
    rows.sort(
      (a, b) =>
        b.score - a.score ||
        kindOrder(a.kind) - kindOrder(b.kind) ||
        germanNames.compare(a.name, b.name) ||
        naturalOrder(a.houseNumber, b.houseNumber),
    );
    return rows.slice(0, limit);
  }

  /** Groups whose key starts with `key` (binary search in the sorted keys). */
  private prefixed(key: string): number[] {
    let lo = 0;
    let hi = this.sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedKeys[mid]!.key < key) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.sortedKeys.length && this.sortedKeys[i]!.key.startsWith(key); i++) out.push(this.sortedKeys[i]!.group);
    return out;
  }

  /** The nearest entry with a district in the same municipality within a box of ±delta degrees latitude. */
  nearestWithDistrict(municipality: string, lat: number, lon: number, delta: number, isVisible: (tenantId: string) => boolean) {
    const lonDelta = delta * 1.6;
    const y0 = cellY(lat);
    const x0 = cellX(lon);
    const rings = Math.max(cellY(lat + delta) - y0, y0 - cellY(lat - delta), cellX(lon + lonDelta) - x0, x0 - cellX(lon - lonDelta));
    // An entry in ring r (r cells away from the point's cell) is at least (r - 1) cells away.
    const ringStep = Math.min(CELL_LAT, CELL_LON * LON_SCALE);
    let best: IndexedPlace | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    const visit = (y: number, x: number) => {
      for (const p of this.grid.get(cellKey(y, x)) ?? []) {
        if (p.municipality !== municipality || Math.abs(p.lat - lat) > delta || Math.abs(p.lon - lon) > lonDelta) continue;
        const d = (p.lat - lat) ** 2 + ((p.lon - lon) * LON_SCALE) ** 2;
        if (d < bestDistance && isVisible(p.tenantId)) {
          bestDistance = d;
          best = p;
        }
      }
    };
    for (let r = 0; r <= rings; r++) {
      if (best && Math.sqrt(bestDistance) <= (r - 1) * ringStep) break;
      if (r === 0) {
        visit(y0, x0);
        continue;
      }
      for (let x = x0 - r; x <= x0 + r; x++) {
        visit(y0 - r, x);
        visit(y0 + r, x);
      }
      for (let y = y0 - r + 1; y <= y0 + r - 1; y++) {
        visit(y, x0 - r);
        visit(y, x0 + r);
      }
    }
    return best;
  }
}

/** Changes on the bus under this topic make every instance drop its index. */
export const GAZETTEER_TOPIC = 'gazetteer' as const;

/** If no change notice came, the index is checked against the table at most this often. */
const VERIFY_EVERY_MS = 60_000;

interface Holder {
  index?: GazetteerIndex;
  loading?: Promise<GazetteerIndex>;
  /** Bumped by every invalidation; a load that started before one is not kept. */
  generation: number;
  verifiedAt: number;
  isVerifying: boolean;
}
const holders = new WeakMap<Database, Holder>();

async function load(database: Database): Promise<GazetteerIndex> {
  return database.scoped(ALL_TENANTS, async (tx) => new GazetteerIndex(await repo.listAllPlaces(tx), await repo.placesStamp(tx)));
}

/**
 * The instance's gazetteer index, loaded on first use. Call it outside any open
 * transaction (on PGlite a query on the database inside one deadlocks).
 * Kept current by: `invalidateGazetteer` right after a local import commits; the change
 * bus (topic "gazetteer", LISTEN/NOTIFY on PostgreSQL) for imports on other instances, once
 * the app called `watchGazetteerChanges`; and, should a notice be lost (or nobody watch, as in
 * seed scripts), a background check of count and newest entry at most once a minute.
 */
export async function gazetteerOf(database: Database): Promise<GazetteerIndex> {
  let holder = holders.get(database);
  if (!holder) {
    holder = { generation: 0, verifiedAt: performance.now(), isVerifying: false };
    holders.set(database, holder);
  }
  const h = holder;
  if (h.index) {
    if (performance.now() - h.verifiedAt > VERIFY_EVERY_MS && !h.isVerifying) verifyInBackground(database, h, h.index);
    return h.index;
  }
  if (!h.loading) {
    const generation = h.generation;
    const loading = load(database);
    h.loading = loading;
    loading.then(
      (index) => {
        if (h.generation === generation) {
          h.index = index;
          h.verifiedAt = performance.now();
        }
        if (h.loading === loading) h.loading = undefined;
      },
      () => {
        if (h.loading === loading) h.loading = undefined;
      },
    );
  }
  return h.loading;
}

function verifyInBackground(database: Database, h: Holder, index: GazetteerIndex) {
  h.isVerifying = true;
  database
    .scoped(ALL_TENANTS, repo.placesStamp)
    .then(
      (stamp) => {
        h.verifiedAt = performance.now();
        if (stamp !== index.stamp && h.index === index) invalidateGazetteer(database);
      },
      () => undefined,
    )
    .finally(() => {
      h.isVerifying = false;
    });
}

/**
 * Drops the index whenever another instance (or this one) announces a gazetteer change.
 * The app calls it once at start; the LISTEN connection ends with `stopChanges` on close.
 */
export const watchGazetteerChanges = (database: Database) =>
  subscribeChanges(database, (change) => {
    if (change.topic === GAZETTEER_TOPIC) invalidateGazetteer(database);
  });

/** Drops this instance's index (the next look-up reloads it). */
export function invalidateGazetteer(database: Database): void {
  const h = holders.get(database);
  if (!h) return;
  h.generation++;
  h.index = undefined;
  h.loading = undefined;
}

/** Tells the other instances (and this one, on PGlite) that the gazetteer changed; inside the writing transaction. */
export const stageGazetteerChange = (changes: StagedChanges, tx: Tx) => changes.stage(tx, { topic: GAZETTEER_TOPIC });
