import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { dispatchPlaceImports, dispatchPlaces } from './dispatch.schema.js';

export type PlaceRow = typeof dispatchPlaces.$inferSelect;
export type PlaceInsert = typeof dispatchPlaces.$inferInsert;

/**
 * Candidates for a normalised name: trigram similarity (typos), word similarity
 * (a word of a longer name, "kroepcke" in "kroepcke uhr") and prefix (typing).
 * Addresses only with the house number asked for (a street has hundreds).
 */
export async function searchPlaces(tx: Tx, key: string, houseNumber: string | null, limit: number) {
  const houseCondition = houseNumber
    ? sql`(${dispatchPlaces.kind} <> 'address' or ${dispatchPlaces.houseNumber} = ${houseNumber})`
    : sql`true`;
  return queryRows<PlaceRow & { score: number }>(
    tx,
    sql`select id, tenant_id as "tenantId", kind, name, house_number as "houseNumber", postal_code as "postalCode",
          municipality, district, lat, lon, end_lat as "endLat", end_lon as "endLon", house_from as "houseFrom",
          house_to as "houseTo", search_key as "searchKey", source,
          greatest(similarity(search_key, ${key}), word_similarity(${key}, search_key),
                   case when search_key like ${`${key}%`} then 0.9 else 0 end)::float8 as score
        from dispatch_places
        where (search_key % ${key} or ${key} <% search_key or search_key like ${`${key}%`}) and ${houseCondition}
        order by score desc, kind, name, house_number
        limit ${limit}`,
  );
}

/** The nearest gazetteer entry with a district within a box (for points placed on the map). */
export async function nearestWithDistrict(tx: Tx, municipality: string, lat: number, lon: number, delta: number) {
  const [row] = await tx
    .select({ district: dispatchPlaces.district, lat: dispatchPlaces.lat, lon: dispatchPlaces.lon, name: dispatchPlaces.name })
    .from(dispatchPlaces)
    .where(
      and(
        eq(dispatchPlaces.municipality, municipality),
        isNotNull(dispatchPlaces.district),
        sql`${dispatchPlaces.lat} between ${lat - delta} and ${lat + delta}`,
        sql`${dispatchPlaces.lon} between ${lon - delta * 1.6} and ${lon + delta * 1.6}`,
      ),
    )
    .orderBy(sql`(${dispatchPlaces.lat} - ${lat}) ^ 2 + ((${dispatchPlaces.lon} - ${lon}) * 0.61) ^ 2`)
    .limit(1);
  return row;
}

export async function deletePlaces(tx: Tx, source: string, tenantIds: string[]): Promise<number> {
  if (tenantIds.length === 0) return 0;
  const rows = await tx
    .delete(dispatchPlaces)
    .where(and(eq(dispatchPlaces.source, source), inArray(dispatchPlaces.tenantId, tenantIds)))
    .returning({ id: dispatchPlaces.id });
  return rows.length;
}

export async function insertPlaces(tx: Tx, rows: PlaceInsert[]) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(dispatchPlaces).values(rows.slice(i, i + 500));
}

export async function countPlaces(tx: Tx, source?: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(dispatchPlaces)
    .where(source ? eq(dispatchPlaces.source, source) : undefined);
  return row!.n;
}

export async function insertImport(tx: Tx, values: typeof dispatchPlaceImports.$inferInsert) {
  const [row] = await tx.insert(dispatchPlaceImports).values(values).returning({ id: dispatchPlaceImports.id });
  return row!.id;
}

/** Streets known by both ends, for drawing on the desk's map. */
export const listStreetSegments = (tx: Tx, limit: number) =>
  tx
    .select({
      name: dispatchPlaces.name,
      lat: dispatchPlaces.lat,
      lon: dispatchPlaces.lon,
      endLat: dispatchPlaces.endLat,
      endLon: dispatchPlaces.endLon,
    })
    .from(dispatchPlaces)
    .where(and(eq(dispatchPlaces.kind, 'street'), isNotNull(dispatchPlaces.endLat), isNotNull(dispatchPlaces.endLon)))
    .limit(limit);

/** The latest imports, newest first (the import page's history). */
export const listImports = (tx: Tx, limit: number) =>
  tx.select().from(dispatchPlaceImports).orderBy(desc(dispatchPlaceImports.at)).limit(limit);

/** What the gazetteer holds: entries per source, municipality and kind. */
export const countPlacesBySource = (tx: Tx) =>
  queryRows<{ source: string; municipality: string; kind: string; entries: number }>(
    tx,
    sql`select source, municipality, kind, count(*)::int as entries from dispatch_places group by 1, 2, 3 order by 1, 2, 3`,
  );
