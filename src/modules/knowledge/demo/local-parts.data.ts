import type { Category, ServiceSeed } from './catalogue-builder.js';

/**
 * Local parts for every tenant, derived from the tenant and the service's subject
 * area: which unit answers, where it sits, when it is open. Addresses and phone
 * numbers are demo values (phone numbers in the 0511 9999 range, mail under
 * *.demo.example.org), never a real office.
 */
export interface DemoTenant {
  slug: string;
  name: string;
  officialName: string;
  ags: string;
  kind: 'stadt' | 'gemeinde' | 'region';
  isHost?: boolean;
  postalCodes: string[];
}

export interface LocalPartSeed {
  unitName: string;
  street: string;
  postalCode: string;
  city: string;
  openingHours: string;
  phone: string;
  email: string;
  web: string;
  localFees: string | null;
  localNotes: string | null;
}

const municipalUnits: Record<Category, [string, string]> = {
  buergeramt: ['Bürgerbüro', 'buergerbuero'],
  standesamt: ['Standesamt', 'standesamt'],
  fahrzeuge: ['Kfz-Zulassungsstelle', 'zulassung'],
  fuehrerschein: ['Fahrerlaubnisbehörde', 'fuehrerschein'],
  abfall: ['Abfallberatung', 'abfall'],
  steuern: ['Steuern und Abgaben', 'steuern'],
  gewerbe: ['Gewerbeangelegenheiten', 'gewerbe'],
  bauen: ['Bauen und Planen', 'bauamt'],
  auslaender: ['Ausländerbehörde', 'auslaenderbehoerde'],
  soziales: ['Soziales', 'soziales'],
  schule_kita: ['Kinderbetreuung und Schulen', 'kita'],
  ordnung: ['Ordnungsamt', 'ordnungsamt'],
  verkehr: ['Straßen und Verkehr', 'tiefbau'],
  umwelt_gesundheit: ['Friedhofsverwaltung und Umwelt', 'umwelt'],
};

const regionUnits: Record<Category, [string, string]> = {
  buergeramt: ['Bürgerservice der Region Hannover', 'buergerservice'],
  standesamt: ['Bürgerservice der Region Hannover', 'buergerservice'],
  fahrzeuge: ['Kfz-Zulassungsstelle der Region Hannover', 'zulassung'],
  fuehrerschein: ['Führerscheinstelle der Region Hannover', 'fuehrerschein'],
  abfall: ['aha Zweckverband Abfallwirtschaft Region Hannover', 'aha'],
  steuern: ['Finanzen der Region Hannover', 'finanzen'],
  gewerbe: ['Gewerbe und Verkehr der Region Hannover', 'gewerbe'],
  bauen: ['Umwelt und Bauen der Region Hannover', 'umwelt'],
  auslaender: ['Ausländerbehörde der Region Hannover', 'auslaenderbehoerde'],
  soziales: ['Jobcenter und Soziales der Region Hannover', 'soziales'],
  schule_kita: ['Schulen der Region Hannover', 'schulen'],
  ordnung: ['Öffentliche Sicherheit der Region Hannover', 'sicherheit'],
  verkehr: ['Verkehr der Region Hannover', 'verkehr'],
  umwelt_gesundheit: ['Gesundheit und Verbraucherschutz der Region Hannover', 'gesundheit'],
};

const weekdayHours = 'Mo, Di, Fr 8:00–12:00; Do 14:00–18:00; Mi geschlossen; Termine nach Vereinbarung';
const regionHours = 'Mo–Fr 7:30–12:30; Do zusätzlich 14:00–17:30; nur mit Termin';

/** A stable demo street address per tenant (the town hall or an authority building). */
function address(tenant: DemoTenant, category: Category): { street: string; postalCode: string; city: string } {
  if (tenant.kind === 'region') {
    const street =
      category === 'abfall'
        ? 'Karl-Wiechert-Allee 60c'
        : category === 'fahrzeuge' || category === 'fuehrerschein'
          ? 'Am Schützenplatz 1'
          : 'Hildesheimer Straße 20';
    return { street, postalCode: category === 'abfall' ? '30625' : '30169', city: 'Hannover' };
  }
  const postalCode = tenant.postalCodes[0] ?? '30159';
  const street = tenant.isHost ? (category === 'fahrzeuge' ? 'Hildesheimer Straße 47' : 'Trammplatz 2') : 'Rathausplatz 1';
  return { street, postalCode, city: tenant.name.replace(' (Deister)', '') };
}

/** Demo phone numbers: 0511 9999 + tenant number + unit digits. */
function phone(tenantIndex: number, category: Category): string {
  const unit = Object.keys(municipalUnits).indexOf(category);
  return `0511 9999${String(tenantIndex).padStart(2, '0')}${String(unit).padStart(2, '0')}`;
}

const localFeeNote: Partial<Record<Category, (t: DemoTenant) => string>> = {
  steuern: (t) =>
    `Hundesteuer ${t.name}: erster Hund ${96 + (t.ags.charCodeAt(7) % 6) * 12},00 Euro, jeder weitere ${150 + (t.ags.charCodeAt(7) % 4) * 15},00 Euro im Jahr.`,
};

export function deriveLocalPart(tenant: DemoTenant, tenantIndex: number, service: ServiceSeed): LocalPartSeed {
  const units = tenant.kind === 'region' ? regionUnits : municipalUnits;
  const [unitName, mailbox] = units[service.category];
  const where = address(tenant, service.category);
  const officialUnit = tenant.kind === 'region' ? unitName : `${unitName} ${tenant.officialName}`;
  const domain = `${tenant.slug}.demo.example.org`;
  const fee = localFeeNote[service.category];
  const isDogTax = service.title.includes('Hundesteuer') || service.title.startsWith('Hund ');
  return {
    unitName: officialUnit,
    ...where,
    openingHours: tenant.kind === 'region' ? regionHours : weekdayHours,
    phone: phone(tenantIndex, service.category),
    email: `${mailbox}@${domain}`,
    web: `https://www.${domain}/${mailbox}`,
    localFees: fee && isDogTax ? fee(tenant) : null,
    localNotes:
      service.category === 'buergeramt' && tenant.kind !== 'region'
        ? `Termine online unter https://www.${domain}/termine oder über das DialogCenter (115).`
        : null,
  };
}
