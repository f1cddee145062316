import { loadConfig } from '../../config.js';
import type { UseCaseContext } from '../../platform/context.js';
import { appointmentSettings } from './appointment-settings.js';
import { confirmBooking, holdSlot } from './booking.service.js';
import { searchSlots } from './search.service.js';
import { listTenants } from '../tenancy/index.js';
import type { LocationCreate, ServiceCreate } from './appointments.contract.js';
import * as repo from './appointments.repository.js';
import { createAppointmentService, createLocation } from './catalogue.service.js';

/**
 * Demo offices: citizen offices of the pilot municipalities and Hannover (several),
 * the foreigners offices of the Region and of Hannover. Addresses and coordinates
 * are close to reality but illustrative; opening hours are typical, not official.
 */
// The LeiKa keys are the knowledge demo's own (catalogue-builder: 99 + group + serial), so that the
// portal's service page offers "Termin buchen" for exactly these services.
const citizenServices: ServiceCreate[] = [
  {
    code: 'personalausweis',
    name: 'Personalausweis beantragen',
    leikaKey: '99010201300000',
    durationMinutes: 15,
    horizonDays: 42,
    leadMinutes: 60,
    maxQuantity: 4,
    bring: 'Altes Ausweisdokument, ein biometrisches Passfoto.',
  },
  {
    code: 'reisepass',
    name: 'Reisepass beantragen',
    leikaKey: '99010202000000',
    durationMinutes: 15,
    horizonDays: 42,
    leadMinutes: 60,
    maxQuantity: 4,
    bring: 'Personalausweis oder alter Pass, ein biometrisches Passfoto.',
  },
  {
    code: 'wohnsitz-anmelden',
    name: 'Wohnsitz anmelden oder ummelden',
    leikaKey: '99011500100000',
    durationMinutes: 10,
    horizonDays: 42,
    leadMinutes: 60,
    maxQuantity: 5,
    bring: 'Ausweis, Wohnungsgeberbestätigung.',
  },
  {
    code: 'fuehrungszeugnis',
    name: 'Führungszeugnis beantragen',
    leikaKey: null,
    durationMinutes: 10,
    horizonDays: 42,
    leadMinutes: 60,
    maxQuantity: 1,
    bring: 'Personalausweis oder Reisepass.',
  },
  {
    code: 'ausweis-abholen',
    name: 'Ausweis oder Pass abholen',
    leikaKey: null,
    durationMinutes: 5,
    horizonDays: 28,
    leadMinutes: 30,
    maxQuantity: 4,
    bring: 'Abholschein, altes Dokument.',
  },
];
const foreignersServices: ServiceCreate[] = [
  {
    code: 'aufenthaltstitel-verlaengern',
    name: 'Aufenthaltstitel verlängern',
    leikaKey: null,
    durationMinutes: 30,
    horizonDays: 56,
    leadMinutes: 24 * 60,
    maxQuantity: 3,
    bring: 'Pass, aktueller Aufenthaltstitel, Nachweise zum Lebensunterhalt.',
  },
  {
    code: 'niederlassungserlaubnis',
    name: 'Niederlassungserlaubnis beantragen',
    leikaKey: null,
    durationMinutes: 45,
    horizonDays: 56,
    leadMinutes: 24 * 60,
    maxQuantity: 1,
    bring: 'Pass, Rentenversicherungsverlauf, Sprachzertifikat B1.',
  },
  {
    code: 'verpflichtungserklaerung',
    name: 'Verpflichtungserklärung abgeben',
    leikaKey: null,
    durationMinutes: 20,
    horizonDays: 56,
    leadMinutes: 24 * 60,
    maxQuantity: 1,
    bring: 'Pass der einladenden Person, Einkommensnachweise.',
  },
];

const weekdays = (seats: number, callcenter: number, online: number): LocationCreate['openingHours'] => [
  {
    weekday: 1,
    opens: '08:00',
    closes: '16:00',
    seats,
    callcenterSeats: callcenter,
    onlineSeats: online,
    validFrom: null,
    validUntil: null,
  },
  {
    weekday: 2,
    opens: '08:00',
    closes: '18:00',
    seats,
    callcenterSeats: callcenter,
    onlineSeats: online,
    validFrom: null,
    validUntil: null,
  },
  {
    weekday: 3,
    opens: '08:00',
    closes: '12:00',
    seats,
    callcenterSeats: callcenter,
    onlineSeats: online,
    validFrom: null,
    validUntil: null,
  },
  {
    weekday: 4,
    opens: '08:00',
    closes: '18:00',
    seats,
    callcenterSeats: callcenter,
    onlineSeats: online,
    validFrom: null,
    validUntil: null,
  },
  {
    weekday: 5,
    opens: '08:00',
    closes: '12:30',
    seats,
    callcenterSeats: callcenter,
    onlineSeats: online,
    validFrom: null,
    validUntil: null,
  },
];
const foreignersHours: LocationCreate['openingHours'] = [1, 2, 4]
  .map((weekday) => ({
    weekday,
    opens: '08:00',
    closes: '15:00',
    seats: 6,
    callcenterSeats: 4,
    onlineSeats: 3,
    validFrom: null,
    validUntil: null,
  }))
  .concat([
    { weekday: 5, opens: '08:00', closes: '12:00', seats: 4, callcenterSeats: 3, onlineSeats: 2, validFrom: null, validUntil: null },
  ]);

type Office = Omit<
  LocationCreate,
  'serviceCodes' | 'openingHours' | 'slotMinutes' | 'cancelBlockMinutes' | 'phone' | 'email' | 'accessibility' | 'kind'
> & { kind?: LocationCreate['kind']; size?: 'small' | 'large' };

const offices: Record<string, Office[]> = {
  langenhagen: [
    {
      name: 'Bürgerbüro Langenhagen',
      street: 'Marktplatz 1',
      postalCode: '30853',
      city: 'Langenhagen',
      latitude: 52.4394,
      longitude: 9.74,
    },
  ],
  isernhagen: [
    {
      name: 'Bürgerbüro Isernhagen',
      street: 'Bothfelder Straße 29',
      postalCode: '30916',
      city: 'Isernhagen',
      latitude: 52.414,
      longitude: 9.862,
    },
  ],
  laatzen: [
    { name: 'Bürgerbüro Laatzen', street: 'Marktplatz 13', postalCode: '30880', city: 'Laatzen', latitude: 52.3094, longitude: 9.8131 },
  ],
  burgwedel: [
    {
      name: 'Bürgerbüro Burgwedel',
      street: 'Fuhrberger Straße 4',
      postalCode: '30938',
      city: 'Burgwedel',
      latitude: 52.4933,
      longitude: 9.8583,
    },
  ],
  barsinghausen: [
    {
      name: 'Bürgerbüro Barsinghausen',
      street: 'Bergamtstraße 5',
      postalCode: '30890',
      city: 'Barsinghausen',
      latitude: 52.3036,
      longitude: 9.4593,
    },
  ],
  wedemark: [
    {
      name: 'Bürgerbüro Wedemark',
      street: 'Fritz-Sennheiser-Platz 1',
      postalCode: '30900',
      city: 'Wedemark',
      latitude: 52.5326,
      longitude: 9.712,
    },
  ],
  wunstorf: [
    { name: 'Bürgerbüro Wunstorf', street: 'Südstraße 1', postalCode: '31515', city: 'Wunstorf', latitude: 52.4237, longitude: 9.4356 },
  ],
  hannover: [
    {
      name: 'Bürgeramt Hannover-Mitte',
      street: 'Schmiedestraße 16',
      postalCode: '30159',
      city: 'Hannover',
      latitude: 52.3712,
      longitude: 9.7353,
      size: 'large',
    },
    {
      name: 'Bürgeramt Linden',
      street: 'Lindener Marktplatz 1',
      postalCode: '30449',
      city: 'Hannover',
      latitude: 52.3647,
      longitude: 9.7106,
      size: 'large',
    },
    { name: 'Bürgeramt Bothfeld', street: 'Sutelstraße 4', postalCode: '30659', city: 'Hannover', latitude: 52.4137, longitude: 9.8012 },
    {
      name: 'Bürgeramt Misburg',
      street: 'Seckbruchstraße 20',
      postalCode: '30629',
      city: 'Hannover',
      latitude: 52.3833,
      longitude: 9.8453,
    },
    {
      kind: 'auslaenderbehoerde',
      name: 'Ausländerbehörde der Landeshauptstadt Hannover',
      street: 'Am Schützenplatz 1',
      postalCode: '30169',
      city: 'Hannover',
      latitude: 52.3625,
      longitude: 9.7302,
    },
  ],
  'region-hannover': [
    {
      kind: 'auslaenderbehoerde',
      name: 'Ausländerbehörde der Region Hannover',
      street: 'Hildesheimer Straße 20',
      postalCode: '30169',
      city: 'Hannover',
      latitude: 52.3641,
      longitude: 9.7457,
    },
  ],
};

const demoNames = [
  'Jana Albrecht',
  'Mehmet Yılmaz',
  'Katrin Schulze',
  'Olena Kovalenko',
  'Thomas Brandt',
  'Aylin Demir',
  'Peter Lindemann',
  'Sofia Rossi',
  'Hans-Jürgen Meyer',
  'Fatima Haddad',
  'Lukas Becker',
  'Marta Nowak',
];

/** A few bookings so that the office's day list and the slot search look like a working office. */
async function seedDemoBookings(
  ctx: UseCaseContext,
  tenantId: string,
  code: string,
  locationKind: 'buergerbuero' | 'auslaenderbehoerde',
  count: number,
) {
  const settings = appointmentSettings(loadConfig({ NODE_ENV: 'production' }));
  const services = [{ code, quantity: 1 }];
  const result = await searchSlots(
    ctx,
    { tenantId, services, locationKind, includeNeighbours: false, radiusKm: 15, days: 7, slotsPerLocation: 200 },
    'internal',
  );
  let n = 0;
  for (const entry of result.locations) {
    for (let i = 0; i < entry.slots.length && n < count; i += 5, n++) {
      const hold = await holdSlot(ctx, settings, { locationId: entry.location.id, start: entry.slots[i]!.start, services }, 'internal');
      await confirmBooking(
        ctx,
        settings,
        {
          holdId: hold.holdId,
          holdSecret: hold.holdSecret,
          idempotencyKey: `demo-${entry.location.id}-${i}`,
          name: demoNames[n % demoNames.length]!,
          email: null,
          phone: `0511 ${String(4_000_000 + n * 7_919).slice(0, 7)}`,
        },
        'internal',
      );
    }
  }
}

export async function seedAppointmentsDemo(ctx: UseCaseContext) {
  const existing = await ctx.database.scoped({ kind: 'all' }, (tx) => repo.listLocations(tx));
  const tenants = await listTenants(ctx);
  for (const [slug, list] of Object.entries(offices)) {
    const tenant = tenants.find((t) => t.slug === slug);
    if (!tenant || existing.some((l) => l.tenantId === tenant.id)) continue;
    const kinds = new Set(list.map((o) => o.kind ?? 'buergerbuero'));
    const services = [
      ...(kinds.has('buergerbuero') ? citizenServices : []),
      ...(kinds.has('auslaenderbehoerde') ? foreignersServices : []),
    ];
    for (const service of services) await createAppointmentService(ctx, tenant.id, service);
    for (const { size, kind = 'buergerbuero', ...office } of list) {
      const foreigners = kind === 'auslaenderbehoerde';
      await createLocation(ctx, tenant.id, {
        ...office,
        kind,
        phone: '0511 115',
        email: null,
        accessibility: 'Barrierefreier Zugang, Aufzug vorhanden.',
        slotMinutes: foreigners ? 15 : 5,
        cancelBlockMinutes: 60,
        serviceCodes: (foreigners ? foreignersServices : citizenServices).map((s) => s.code),
        openingHours: foreigners ? foreignersHours : size === 'large' ? weekdays(8, 6, 4) : weekdays(4, 3, 2),
      });
    }
    if (slug === 'langenhagen' || slug === 'hannover') await seedDemoBookings(ctx, tenant.id, 'personalausweis', 'buergerbuero', 12);
    if (slug === 'region-hannover') await seedDemoBookings(ctx, tenant.id, 'aufenthaltstitel-verlaengern', 'auslaenderbehoerde', 6);
  }
}
