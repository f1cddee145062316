import { describe, expect, it } from 'vitest';
import { normaliseAddressText, splitHouseNumber } from './address-text.js';
import { closeRefusal, effectOfUnitStatus, shiftOfHour } from './dispatch-rules.js';
import { distanceMeters, interpolateAlong, municipalityAt } from './geo/region-geo.js';
import { parseAddressListCsv, utm32ToWgs84 } from './place-import.js';
import { demoPlaces, parseDemoTable } from './gazetteer.demo.js';

describe('address text', () => {
  it('normalises Straße/Str./Strasse, umlauts and punctuation alike', () => {
    expect(normaliseAddressText('Georgstraße')).toBe(normaliseAddressText('Georgstr.'));
    expect(normaliseAddressText('Georgstrasse')).toBe('georgstr');
    expect(normaliseAddressText('Kröpcke')).toBe('kroepcke');
    expect(normaliseAddressText('  Lister-Meile ')).toBe('lister meile');
  });
  it('splits a house number off', () => {
    expect(splitHouseNumber('Lister Meile 4a')).toEqual({ name: 'Lister Meile', houseNumber: '4a', houseNumberValue: 4 });
    expect(splitHouseNumber('Kröpcke')).toEqual({ name: 'Kröpcke', houseNumber: null, houseNumberValue: null });
    expect(splitHouseNumber('Podbielskistraße, 120')).toMatchObject({ name: 'Podbielskistraße', houseNumber: '120' });
  });
});

describe('geometry', () => {
  it('knows the Region by the shipped borders', () => {
    expect(municipalityAt(52.3744, 9.7386)).toEqual({ ags: '03241001', name: 'Hannover' });
    expect(municipalityAt(52.4398, 9.7392)?.name).toBe('Langenhagen');
    expect(municipalityAt(52.52, 13.405)).toBeNull();
  });
  it('measures straight lines and interpolates house numbers', () => {
    expect(distanceMeters({ lat: 52.3744, lon: 9.7386 }, { lat: 52.3766, lon: 9.7406 })).toBeGreaterThan(250);
    expect(distanceMeters({ lat: 52.3744, lon: 9.7386 }, { lat: 52.3766, lon: 9.7406 })).toBeLessThan(300);
    expect(interpolateAlong({ lat: 52, lon: 9 }, { lat: 52.01, lon: 9.01 }, 1, 21, 11)).toEqual({ lat: 52.005, lon: 9.005 });
    expect(interpolateAlong({ lat: 52, lon: 9 }, { lat: 52.01, lon: 9.01 }, 1, 21, 99)).toEqual({ lat: 52.01, lon: 9.01 });
  });
  it('converts UTM 32N (ETRS89) to WGS84 within a metre', () => {
    // On the central meridian (9° E) the northing at 52° N is k0 times the meridian arc: 0.9996 * 5 763 343.6 m.
    expect(distanceMeters(utm32ToWgs84(500000, 5761038.2), { lat: 52, lon: 9 })).toBeLessThanOrEqual(1);
  });
});

describe('status rules', () => {
  it('refuses status 3/4 without an assignment and 6 while on an incident', () => {
    expect(effectOfUnitStatus(4, false).kind).toBe('refuse');
    expect(effectOfUnitStatus(3, true)).toEqual({ kind: 'advance', to: 'en_route' });
    expect(effectOfUnitStatus(1, true).kind).toBe('release');
    expect(effectOfUnitStatus(6, true).kind).toBe('refuse');
    expect(effectOfUnitStatus(5, false).kind).toBe('none');
  });
  it('closes an incident without a unit only as cancelled or handed to police', () => {
    expect(closeRefusal({ status: 'received', assignedAt: null }, 'resolved')).toMatch(/nie eine Streife/);
    expect(closeRefusal({ status: 'received', assignedAt: null }, 'cancelled')).toBeNull();
    expect(closeRefusal({ status: 'closed', assignedAt: new Date() }, 'resolved')).toMatch(/bereits/);
  });
  it('maps Berlin hours to shifts', () => {
    expect([shiftOfHour(5), shiftOfHour(6), shiftOfHour(13), shiftOfHour(14), shiftOfHour(22)]).toEqual([
      'night',
      'early',
      'early',
      'late',
      'night',
    ]);
  });
});

describe('address list CSV', () => {
  it('validates every row and names the bad ones', () => {
    const result = parseAddressListCsv('strasse;hausnummer;plz;rechtswert;hochwert\nA-Weg;1;30159;550400;5802900\n;x;3015;1;1\n');
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ municipality: 'Hannover', houseNumber: '1' });
    expect(result.errors.map((e) => e.field)).toEqual(['strasse', 'hausnummer', 'plz', 'koordinaten']);
  });
  it('rejects a file without the needed columns', () => {
    expect(parseAddressListCsv('name,nummer\nx,1\n').errors.map((e) => e.field)).toEqual(['strasse', 'hausnummer', 'koordinaten']);
  });
});

describe('demo gazetteer table', () => {
  it('has one row per place or street stretch, each inside the Region, with its house-number range', () => {
    expect(demoPlaces.length).toBeGreaterThanOrEqual(45);
    const keys = demoPlaces.map((p) => `${p.kind}|${p.name}|${p.district}|${p.from ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of demoPlaces) {
      expect(municipalityAt(p.lat, p.lon), p.name).not.toBeNull();
      if (p.kind === 'street') expect(p.from! < p.to! && p.end !== undefined, p.name).toBe(true);
    }
    expect(demoPlaces.find((p) => p.name === 'Marktplatz Langenhagen')).toMatchObject({ district: null, postalCode: '30853' });
  });
  it('refuses a malformed table row', () => {
    expect(() => parseDemoTable('a | b\nx | y\nz\n', ['a', 'b'])).toThrow(/row 2/);
    expect(() => parseDemoTable('a | c\nx | y\n', ['a', 'b'])).toThrow(/header/);
  });
});
