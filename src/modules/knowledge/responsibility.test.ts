import { describe, expect, it } from 'vitest';
import { tenantSeeds } from '../tenancy/index.js';
import { resolveMunicipality } from './municipality.js';
import { responsibleTenant, tenantsWithLocalPart } from './responsibility.js';

const tenants = tenantSeeds.map((s) => ({ ...s, id: s.slug, isHost: !!s.isHost }));
const bySlug = (slug: string) => tenants.find((t) => t.slug === slug)!;
const region = bySlug('region-hannover');

describe('responsibility', () => {
  it('sends Burgwedel car questions to the Region, Hannover ones to the city, dog tax to the municipality', () => {
    expect(responsibleTenant('region_or_host', bySlug('burgwedel'), region).slug).toBe('region-hannover');
    expect(responsibleTenant('region_or_host', bySlug('hannover'), region).slug).toBe('hannover');
    expect(responsibleTenant('municipality', bySlug('laatzen'), region).slug).toBe('laatzen');
    expect(responsibleTenant('region', bySlug('hannover'), region).slug).toBe('region-hannover');
  });

  it('knows which tenants keep a local part', () => {
    expect(tenantsWithLocalPart('municipality', tenants)).toHaveLength(21);
    expect(
      tenantsWithLocalPart('region_or_host', tenants)
        .map((t) => t.slug)
        .sort(),
    ).toEqual(['hannover', 'region-hannover']);
  });
});

describe('municipality from AGS, postal code or name', () => {
  it('resolves each kind of input', () => {
    expect(resolveMunicipality(tenants, '03241004').slug).toBe('burgwedel');
    expect(resolveMunicipality(tenants, '30938').slug).toBe('burgwedel');
    expect(resolveMunicipality(tenants, 'Stadt Burgwedel').slug).toBe('burgwedel');
    expect(resolveMunicipality(tenants, 'neustadt').slug).toBe('neustadt');
    expect(resolveMunicipality(tenants, 'Wennigsen').slug).toBe('wennigsen');
    expect(resolveMunicipality(tenants, '30159').slug).toBe('hannover');
    expect(resolveMunicipality(tenants, '03241').slug).toBe('region-hannover');
  });

  it('refuses unknown places with a German message', () => {
    expect(() => resolveMunicipality(tenants, 'Bielefeld')).toThrow('Die Kommune „Bielefeld“ ist nicht bekannt');
  });
});
