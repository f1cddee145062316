import type { ResponsibilityLevel } from './knowledge.schema.js';

export interface TenantRef {
  id: string;
  slug: string;
  name: string;
  officialName: string;
  kind: 'stadt' | 'gemeinde' | 'region';
  isHost: boolean;
}

/**
 * Which tenant answers for a service asked about by a resident of `municipality`.
 * The Region Hannover is responsible for region-wide services; for vehicles,
 * driving licences and the foreigners office it serves every municipality except
 * the Landeshauptstadt, which handles those itself. A question from Burgwedel about
 * a car therefore shows the Region's office.
 */
export function responsibleTenant(level: ResponsibilityLevel, municipality: TenantRef, region: TenantRef): TenantRef {
  if (municipality.kind === 'region') return region;
  switch (level) {
    case 'municipality':
      return municipality;
    case 'region':
      return region;
    case 'region_or_host':
      return municipality.isHost ? municipality : region;
  }
}

/** Which tenants keep a local part of a service with this level. */
export function tenantsWithLocalPart<T extends TenantRef>(level: ResponsibilityLevel, tenants: T[]): T[] {
  switch (level) {
    case 'municipality':
      return tenants.filter((t) => t.kind !== 'region');
    case 'region':
      return tenants.filter((t) => t.kind === 'region');
    case 'region_or_host':
      return tenants.filter((t) => t.kind === 'region' || t.isHost);
  }
}

export const responsibilityLabels: Record<ResponsibilityLevel, string> = {
  municipality: 'jede Stadt und Gemeinde',
  region: 'Region Hannover',
  region_or_host: 'Region Hannover (für die Landeshauptstadt: die Stadt selbst)',
};
