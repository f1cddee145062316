import { canAccessTenant, requireRole, type Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import type { ImportProcessor } from '../../platform/imports/imports.service.js';
import { normaliseAddressText, splitHouseNumber } from './address-text.js';
import { clockOf } from './dispatch-clock.js';
import { findHostTenantId, findTenantByAgs } from './tenant-lookup.js';
import { demoPlaces, type DemoPlace } from './gazetteer.demo.js';
import { gazetteerOf, invalidateGazetteer, stageGazetteerChange, type GazetteerIndex } from './gazetteer-index.js';
import * as repo from './gazetteer.repository.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { interpolateAlong, municipalityAt } from './geo/region-geo.js';
import { parseAddressListCsv, parseOsmGeoJson, type ImportIssue, type ParsedPlace } from './place-import.js';

export interface PlaceMatch {
  label: string;
  kind: string;
  name: string;
  houseNumber: string | null;
  postalCode: string | null;
  municipality: string;
  district: string | null;
  lat: number;
  lon: number;
  isApproximate: boolean;
  score: number;
}

/** Who may look addresses up: the desk and the agents taking calls (outcome 6). */
const lookupRoles = ['dispatcher', 'supervisor', 'agent'] as const;

/**
 * Tolerant look-up in the offline gazetteer: "Lister Meile 4", "Kroepcke", "Georgstr. 10".
 * Answered from the instance's in-memory index (decision 0092), no query per look-up;
 * the actor's tenant scope is applied to every entry in code.
 */
export async function searchPlaces(ctx: UseCaseContext, query: string, limit = 8): Promise<PlaceMatch[]> {
  requireRole(ctx.actor, ...lookupRoles);
  return findPlaces(await gazetteerOf(ctx.database), ctx.actor, query, limit);
}

/** Which entries an actor may see: those of its tenants (center staff: all). */
const visibleTo = (actor: Actor) => (tenantId: string) => canAccessTenant(actor, tenantId);

export function findPlaces(index: GazetteerIndex, actor: Actor, query: string, limit = 8): PlaceMatch[] {
  const { name, houseNumber, houseNumberValue } = splitHouseNumber(query);
  const key = normaliseAddressText(name);
  if (key.length < 2) return [];
  const candidates = index.search(key, houseNumber, 40, visibleTo(actor));
  const matches: PlaceMatch[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    let match: PlaceMatch | null = null;
    const base = {
      kind: c.kind,
      name: c.name,
      postalCode: c.postalCode,
      municipality: c.municipality,
      district: c.district,
      score: Number(c.score.toFixed(3)),
    };
    if (c.kind === 'address') {
      match = {
        ...base,
        label: `${c.name} ${c.houseNumber}, ${c.municipality}`,
        houseNumber: c.houseNumber,
        lat: c.lat,
        lon: c.lon,
        isApproximate: false,
        score: base.score + 0.05,
      };
    } else if (c.kind === 'street') {
      const hasRange = c.houseFrom !== null && c.houseTo !== null && c.endLat !== null && c.endLon !== null;
      if (houseNumberValue !== null && hasRange) {
        const lo = Math.min(c.houseFrom!, c.houseTo!);
        const hi = Math.max(c.houseFrom!, c.houseTo!);
        if (houseNumberValue < lo || houseNumberValue > hi) continue; // another stretch of the street holds it
        const point = interpolateAlong(
          { lat: c.lat, lon: c.lon },
          { lat: c.endLat!, lon: c.endLon! },
          c.houseFrom!,
          c.houseTo!,
          houseNumberValue,
        );
        match = { ...base, label: `${c.name} ${houseNumber}, ${c.municipality}`, houseNumber, ...point, isApproximate: true };
      } else {
        const mid =
          c.endLat !== null && c.endLon !== null
            ? interpolateAlong({ lat: c.lat, lon: c.lon }, { lat: c.endLat, lon: c.endLon }, 0, 2, 1)
            : { lat: c.lat, lon: c.lon };
        match = {
          ...base,
          label: `${c.name}, ${c.municipality}`,
          houseNumber: null,
          ...mid,
          isApproximate: true,
          score: base.score - 0.02,
        };
      }
    } else {
      match = { ...base, label: `${c.name}, ${c.municipality}`, houseNumber: null, lat: c.lat, lon: c.lon, isApproximate: false };
    }
    const dedupe = `${match.label}|${match.district ?? ''}`;
    const sameLabel = `${match.label}`;
    if (seen.has(dedupe) || (match.kind === 'street' && match.houseNumber === null && seen.has(sameLabel))) continue;
    seen.add(dedupe);
    seen.add(sameLabel);
    matches.push(match);
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * Where a point lies: its municipality (shipped borders; null outside the Region)
 * and its district. Hannover's Stadtbezirk polygons could not be had here, so the
 * district is that of the nearest gazetteer entry within about 1.5 km, otherwise the
 * municipality's name.
 */
export function describePoint(index: GazetteerIndex, actor: Actor, lat: number, lon: number) {
  const municipality = municipalityAt(lat, lon);
  if (!municipality) return null;
  const nearest = index.nearestWithDistrict(municipality.name, lat, lon, 0.0135, visibleTo(actor));
  return { ags: municipality.ags, municipality: municipality.name, district: nearest?.district ?? municipality.name };
}

export async function locatePoint(ctx: UseCaseContext, lat: number, lon: number) {
  requireRole(ctx.actor, ...lookupRoles);
  const point = describePoint(await gazetteerOf(ctx.database), ctx.actor, lat, lon);
  return point
    ? { isInRegion: true, municipality: point.municipality, district: point.district }
    : { isInRegion: false, municipality: null, district: null };
}

export interface ImportOptions {
  format: 'address_list_csv' | 'osm_geojson';
  fileName: string;
  text: string;
  /** Validate and report only. */
  isDryRun?: boolean;
  attribution?: string | null;
  onProgress?: (done: number, total: number) => void;
  /** A cancelled upload run: the transaction rolls back (decision 0126). */
  signal?: AbortSignal;
}

/**
 * Imports a gazetteer source whole or not at all: every row is validated first
 * (coordinates inside the Region, house numbers, postal codes, duplicates); one
 * error rejects the file and the report lists the rows. Applied, it replaces the
 * earlier rows of the same source for the municipalities the file covers.
 */
export async function importPlaces(ctx: UseCaseContext, options: ImportOptions) {
  requireRole(ctx.actor, 'supervisor', 'admin');
  const parsed = options.format === 'address_list_csv' ? parseAddressListCsv(options.text) : parseOsmGeoJson(options.text);
  const source = options.format === 'address_list_csv' ? 'address_list' : 'osm';
  const attribution = options.attribution ?? (source === 'osm' ? '© OpenStreetMap contributors (ODbL 1.0)' : null);
  const now = clockOf(ctx).now();
  if (parsed.rowCount === 0 && parsed.errors.length === 0)
    parsed.errors.push({ row: 0, field: 'datei', message: 'Die Datei enthält keine Einträge.' });
  const changes = new StagedChanges(ctx.database);
  const result = await inActorScope(ctx, async (tx) => {
    const tenantsByAgs = new Map<string, string>();
    for (const ags of new Set(parsed.rows.map((r) => r.municipalityAgs))) {
      const tenant = await findTenantByAgs(tx, ags);
      if (tenant) tenantsByAgs.set(ags, tenant.id);
    }
    const errors: ImportIssue[] = [...parsed.errors];
    for (const ags of new Set(parsed.rows.map((r) => r.municipalityAgs)))
      if (!tenantsByAgs.has(ags))
        errors.push({ row: 0, field: 'gemeinde', message: `Für den Gemeindeschlüssel ${ags} gibt es keinen Mandanten.` });
    const byMunicipality: Record<string, number> = {};
    for (const r of parsed.rows) byMunicipality[r.municipality] = (byMunicipality[r.municipality] ?? 0) + 1;
    const hostTenantId = (await findHostTenantId(tx))!;
    const isRejected = errors.length > 0 || parsed.errorCount > 0;
    const outcome = isRejected ? 'rejected' : options.isDryRun ? 'dry_run' : 'applied';
    let replacedCount = 0;
    if (outcome === 'applied') {
      replacedCount = await repo.deletePlaces(tx, source, [...tenantsByAgs.values()]);
      const total = parsed.rows.length;
      for (let i = 0; i < total; i += 2000) {
        await repo.insertPlaces(
          tx,
          parsed.rows.slice(i, i + 2000).map((r) => toInsert(r, tenantsByAgs.get(r.municipalityAgs)!, source)),
        );
        options.onProgress?.(Math.min(total, i + 2000), total);
        options.signal?.throwIfAborted();
      }
      await stageGazetteerChange(changes, tx);
    }
    options.signal?.throwIfAborted();
    const report = {
      outcome,
      rowCount: parsed.rowCount,
      acceptedCount: outcome === 'rejected' ? 0 : parsed.rows.length,
      replacedCount,
      errors: errors.slice(0, 200),
      byMunicipality,
    } as const;
    const id = await repo.insertImport(tx, {
      tenantId: hostTenantId,
      format: options.format,
      fileName: options.fileName,
      outcome,
      rowCount: report.rowCount,
      acceptedCount: report.acceptedCount,
      replacedCount,
      errors: report.errors,
      attribution,
      actorName: ctx.actor.username,
      at: now,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.gazetteer.imported',
      tenantId: hostTenantId,
      entityType: 'dispatch_place_import',
      entityId: id,
      details: {
        format: options.format,
        fileName: options.fileName,
        outcome,
        rowCount: report.rowCount,
        acceptedCount: report.acceptedCount,
        errorCount: parsed.errorCount + errors.length - parsed.errors.length,
      },
    });
    return { id, ...report, allErrors: errors, errorCount: parsed.errorCount + errors.length - parsed.errors.length };
  });
  // This instance at once (read your own import); the others through the change bus.
  if (result.outcome === 'applied') invalidateGazetteer(ctx.database);
  changes.flush();
  return result;
}

/** The upload endpoint's processor: the same import in the background, with progress and cancel. */
export function placeImportProcessor(ctx: UseCaseContext, options: Omit<ImportOptions, 'text' | 'onProgress' | 'signal'>): ImportProcessor {
  return async (task) => {
    task.progress({ phase: 'Datei lesen' });
    const text = await task.text();
    task.progress({ phase: 'Prüfen', share: 0 });
    const report = await importPlaces(ctx, {
      ...options,
      text,
      signal: task.signal,
      onProgress: (done, total) => task.progress({ phase: 'Speichern', rowsAccepted: done, share: total > 0 ? done / total : 1 }),
    });
    const refused = report.allErrors.map((e) => ({
      row: e.row === 0 ? 'Datei' : `Zeile ${e.row}`,
      reason: e.field ? `${e.field}: ${e.message}` : e.message,
    }));
    if (report.outcome === 'rejected') {
      throw new AppError('VALIDATION_FAILED', `${report.errorCount} Fehler in ${report.rowCount} Zeilen; nichts wurde geändert.`, {
        issues: refused.map((r) => ({ field: r.row, message: r.reason })),
      });
    }
    const { allErrors: _all, errors: _errors, ...rest } = report;
    return { rowsRead: report.rowCount, rowsAccepted: report.acceptedCount, refused, result: rest };
  };
}

function toInsert(r: ParsedPlace, tenantId: string, source: string): repo.PlaceInsert {
  return {
    tenantId,
    kind: r.kind,
    name: r.name,
    houseNumber: r.houseNumber,
    postalCode: r.postalCode,
    municipality: r.municipality,
    district: r.district,
    lat: r.lat,
    lon: r.lon,
    endLat: r.endLat,
    endLon: r.endLon,
    houseFrom: r.houseFrom,
    houseTo: r.houseTo,
    searchKey: r.searchKey,
    source,
  };
}

/** The demo gazetteer, validated like an import (every point inside its municipality). Idempotent. */
export async function seedDemoGazetteer(tx: Tx): Promise<number> {
  if ((await repo.countPlaces(tx, 'demo')) > 0) return 0;
  const rows: repo.PlaceInsert[] = [];
  for (const p of demoPlaces) rows.push(await demoRow(tx, p));
  await repo.insertPlaces(tx, rows);
  return rows.length;
}

async function demoRow(tx: Tx, p: DemoPlace): Promise<repo.PlaceInsert> {
  const municipality = municipalityAt(p.lat, p.lon);
  if (!municipality || (p.end && municipalityAt(p.end.lat, p.end.lon)?.ags !== municipality.ags)) {
    throw new AppError('INTERNAL', `Demo-Ort außerhalb seiner Gemeinde: ${p.name}`);
  }
  const tenant = await findTenantByAgs(tx, municipality.ags);
  if (!tenant) throw new AppError('INTERNAL', `Kein Mandant für ${municipality.name}`);
  return {
    tenantId: tenant.id,
    kind: p.kind,
    name: p.name,
    houseNumber: null,
    postalCode: p.postalCode,
    municipality: municipality.name,
    district: p.district,
    lat: p.lat,
    lon: p.lon,
    endLat: p.end?.lat ?? null,
    endLon: p.end?.lon ?? null,
    houseFrom: p.from ?? null,
    houseTo: p.to ?? null,
    searchKey: normaliseAddressText(p.name),
    source: 'demo',
  };
}

/** Street lines for the map (the gazetteer's streets with both ends). */
export async function listMapStreets(ctx: UseCaseContext) {
  requireRole(ctx.actor, ...lookupRoles);
  return inActorScope(ctx, async (tx) =>
    (await repo.listStreetSegments(tx, 5000)).map((s) => ({
      name: s.name,
      from: [s.lat, s.lon] as [number, number],
      to: [s.endLat!, s.endLon!] as [number, number],
    })),
  );
}

/** The import page: the latest imports with their refused rows, and what the gazetteer holds per source. */
export async function getGazetteerOverview(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'supervisor', 'admin');
  return inActorScope(ctx, async (tx) => {
    const imports = (await repo.listImports(tx, 20)).map((i) => ({
      id: i.id,
      at: i.at,
      format: i.format,
      fileName: i.fileName,
      outcome: i.outcome as 'applied' | 'rejected' | 'dry_run',
      rowCount: i.rowCount,
      acceptedCount: i.acceptedCount,
      replacedCount: i.replacedCount,
      errors: i.errors,
      attribution: i.attribution,
      actorName: i.actorName,
    }));
    return { imports, holdings: await repo.countPlacesBySource(tx) };
  });
}
