import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { dispatchPlaceImports, dispatchPlaces } from './dispatch.schema.js';

export type PlaceRow = typeof dispatchPlaces.$inferSelect;
export type PlaceInsert = typeof dispatchPlaces.$inferInsert;

/** One gazetteer entry as the in-memory look-up needs it. */
export interface IndexedPlace {
  id: string;
  tenantId: string;
  kind: 'address' | 'street' | 'place';
  name: string;
  houseNumber: string | null;
  postalCode: string | null;
  municipality: string;
  district: string | null;
  lat: number;
  lon: number;
  endLat: number | null;
  endLon: number | null;
  houseFrom: number | null;
  houseTo: number | null;
  searchKey: string;
  source: string;
}

/** Every gazetteer entry, for the in-memory index (gazetteer-index.ts). */
export const listAllPlaces = (tx: Tx) =>
  queryRows<IndexedPlace>(
    tx,
    sql`select id, tenant_id as "tenantId", kind, name, house_number as "houseNumber", postal_code as "postalCode",
          municipality, district, lat, lon, end_lat as "endLat", end_lon as "endLon", house_from as "houseFrom",
          house_to as "houseTo", search_key as "searchKey", source
        from dispatch_places`,
  );

/** What the index was built from: entry count and newest entry (a changed stamp means an import it missed). */
export async function placesStamp(tx: Tx): Promise<string> {
  const [row] = await queryRows<{ n: number; m: string }>(
    tx,
    sql`select count(*)::int as n, coalesce((extract(epoch from max(created_at)) * 1000)::bigint, 0)::text as m from dispatch_places`,
  );
  return `${row!.n}|${row!.m}`;
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
