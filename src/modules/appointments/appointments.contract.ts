import { z } from 'zod';

/** Zod schemas of the appointments API: validation, types and OpenAPI from one source. */
const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Uhrzeit im Format HH:MM angeben.');
const isoDate = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT angeben.' });
const name = z.string().trim().min(3, 'Bitte Vor- und Nachnamen angeben.').max(120, 'Der Name ist zu lang.');
const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Keine gültige E-Mail-Adresse.' }));
const phone = z
  .string()
  .trim()
  .regex(/^[+0-9 ()/-]{5,30}$/, 'Keine gültige Telefonnummer.');
const uuid = z.uuid({ message: 'Keine gültige Kennung.' });

export const channelSchema = z.enum(['online', 'callcenter', 'internal']);
export const locationKindSchema = z.enum(['buergerbuero', 'auslaenderbehoerde']);

export const serviceRequestSchema = z
  .array(z.object({ code: z.string().min(1).max(60), quantity: z.number().int().min(1).max(10).default(1) }))
  .min(1, 'Bitte mindestens eine Leistung wählen.')
  .max(5, 'Höchstens fünf Leistungen je Termin.');

export const openingRuleSchema = z
  .object({
    weekday: z.number().int().min(1).max(7),
    opens: time,
    closes: time,
    seats: z.number().int().min(1).max(50),
    callcenterSeats: z.number().int().min(0).max(50),
    onlineSeats: z.number().int().min(0).max(50),
    validFrom: isoDate.nullable().default(null),
    validUntil: isoDate.nullable().default(null),
  })
  .refine((r) => r.opens < r.closes, { message: 'Das Ende muss nach dem Beginn liegen.', path: ['closes'] })
  .refine((r) => r.onlineSeats <= r.callcenterSeats && r.callcenterSeats <= r.seats, {
    message: 'Kontingente: online ≤ Callcenter ≤ Plätze insgesamt.',
    path: ['onlineSeats'],
  });

const locationFields = {
  kind: locationKindSchema,
  name: z.string().trim().min(3, 'Der Name braucht mindestens 3 Zeichen.').max(200),
  street: z.string().trim().min(3, 'Bitte Straße und Hausnummer angeben.').max(200),
  postalCode: z.string().regex(/^[0-9]{5}$/, 'Postleitzahlen haben fünf Ziffern.'),
  city: z.string().trim().min(2, 'Bitte den Ort angeben.').max(100),
  phone: phone.nullable(),
  email: email.nullable(),
  accessibility: z.string().max(1000).nullable(),
  latitude: z.number({ message: 'Breitengrad als Zahl angeben.' }).min(-90).max(90),
  longitude: z.number({ message: 'Längengrad als Zahl angeben.' }).min(-180).max(180),
  slotMinutes: z.number({ message: 'Takt in Minuten angeben.' }).int().min(5).max(120),
  cancelBlockMinutes: z.number().int().min(0).max(10080),
  serviceCodes: z.array(z.string()),
  openingHours: z.array(openingRuleSchema).max(50),
};

export const locationCreateSchema = z
  .object({
    ...locationFields,
    phone: locationFields.phone.default(null),
    email: locationFields.email.default(null),
    accessibility: locationFields.accessibility.default(null),
    slotMinutes: locationFields.slotMinutes.default(15),
    cancelBlockMinutes: locationFields.cancelBlockMinutes.default(60),
    serviceCodes: locationFields.serviceCodes.default([]),
    openingHours: locationFields.openingHours.default([]),
  })
  .strict();

const versionField = z.number({ message: 'Die gelesene Version fehlt.' }).int().min(1);
export const versionQuerySchema = z.object({ version: z.coerce.number({ message: 'Die gelesene Version fehlt.' }).int().min(1) });

/** A change of an office: only the fields sent change; `serviceCodes` and `openingHours`, when sent, replace the whole list. */
export const locationUpdateSchema = z
  .object({
    version: versionField,
    kind: locationFields.kind.optional(),
    name: locationFields.name.optional(),
    street: locationFields.street.optional(),
    postalCode: locationFields.postalCode.optional(),
    city: locationFields.city.optional(),
    phone: locationFields.phone.optional(),
    email: locationFields.email.optional(),
    accessibility: locationFields.accessibility.optional(),
    latitude: locationFields.latitude.optional(),
    longitude: locationFields.longitude.optional(),
    slotMinutes: locationFields.slotMinutes.optional(),
    cancelBlockMinutes: locationFields.cancelBlockMinutes.optional(),
    serviceCodes: locationFields.serviceCodes.optional(),
    openingHours: locationFields.openingHours.optional(),
    /** true brings a deactivated office back. */
    active: z.boolean().optional(),
  })
  .strict();

const serviceFields = {
  code: z.string().regex(/^[a-z0-9-]{2,60}$/, 'Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen.'),
  name: z.string().trim().min(3, 'Der Name braucht mindestens 3 Zeichen.').max(200),
  leikaKey: z
    .string()
    .regex(/^[0-9]{14}$/, 'Der LeiKa-Schlüssel hat 14 Ziffern.')
    .nullable(),
  durationMinutes: z
    .number({ message: 'Dauer in Minuten angeben.' })
    .int('Dauer in ganzen Minuten angeben.')
    .min(5, 'Mindestens 5 Minuten.')
    .max(240, 'Höchstens 240 Minuten.'),
  horizonDays: z.number({ message: 'Tage als Zahl angeben.' }).int().min(1, 'Mindestens 1 Tag.').max(365, 'Höchstens 365 Tage.'),
  leadMinutes: z
    .number({ message: 'Vorlauf in Minuten angeben.' })
    .int()
    .min(0)
    .max(60 * 24 * 14, 'Höchstens 14 Tage Vorlauf.'),
  maxQuantity: z.number().int().min(1).max(10),
  bring: z.string().max(2000).nullable(),
};

export const serviceCreateSchema = z
  .object({
    ...serviceFields,
    leikaKey: serviceFields.leikaKey.default(null),
    horizonDays: serviceFields.horizonDays.default(42),
    leadMinutes: serviceFields.leadMinutes.default(60),
    maxQuantity: serviceFields.maxQuantity.default(1),
    bring: serviceFields.bring.default(null),
  })
  .strict();

/** A change of a bookable service; its code is its shared key and stays. Booked appointments keep the minutes they were booked with. */
export const serviceUpdateSchema = z
  .object({
    version: versionField,
    name: serviceFields.name.optional(),
    leikaKey: serviceFields.leikaKey.optional(),
    durationMinutes: serviceFields.durationMinutes.optional(),
    horizonDays: serviceFields.horizonDays.optional(),
    leadMinutes: serviceFields.leadMinutes.optional(),
    maxQuantity: serviceFields.maxQuantity.optional(),
    bring: serviceFields.bring.optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const serviceAdminSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  code: z.string(),
  name: z.string(),
  leikaKey: z.string().nullable(),
  durationMinutes: z.number().int(),
  horizonDays: z.number().int(),
  leadMinutes: z.number().int(),
  maxQuantity: z.number().int(),
  bring: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});

export const dayExceptionCreateSchema = z
  .object({
    day: isoDate,
    closed: z.boolean(),
    opens: time.nullable().default(null),
    closes: time.nullable().default(null),
    seats: z.number().int().min(1).max(50).nullable().default(null),
    callcenterSeats: z.number().int().min(0).max(50).nullable().default(null),
    onlineSeats: z.number().int().min(0).max(50).nullable().default(null),
    reason: z.string().trim().min(3, 'Bitte einen Grund angeben.').max(200),
  })
  .strict()
  .refine((e) => e.closed || (e.opens && e.closes && e.opens < e.closes && e.seats), {
    message: 'Sonderöffnung braucht Beginn, Ende und Plätze.',
    path: ['opens'],
  });

export const slotSearchSchema = z
  .object({
    /** The caller's municipality (tenant). */
    tenantId: uuid,
    services: serviceRequestSchema,
    locationKind: locationKindSchema.default('buergerbuero'),
    /** Also search offices of other municipalities within `radiusKm`. */
    includeNeighbours: z.boolean().default(false),
    radiusKm: z.number().min(1).max(60).default(15),
    locationId: uuid.optional(),
    fromDate: isoDate.optional(),
    /** Search window in days (four weeks by default). */
    days: z.number().int().min(1).max(90).default(28),
    slotsPerLocation: z.number().int().min(1).max(500).default(40),
  })
  .strict();

export const holdCreateSchema = z
  .object({
    locationId: uuid,
    start: z.iso.datetime({ offset: true, message: 'Beginn als Zeitpunkt angeben.' }),
    services: serviceRequestSchema,
  })
  .strict();

/** Public holds also carry the proof of work and the honeypot field. */
export const publicHoldCreateSchema = holdCreateSchema.extend({
  challenge: z.string().max(300),
  nonce: z.string().max(40),
  /** Honeypot: hidden from people, bots fill it in. Must stay empty. */
  website: z.string().max(200).optional(),
});

export const bookingCreateSchema = z
  .object({
    holdId: uuid,
    holdSecret: z.string().min(10).max(100),
    idempotencyKey: z.string().min(8).max(80),
    name,
    email: email.nullable().default(null),
    phone: phone.nullable().default(null),
    website: z.string().max(200).optional(),
  })
  .strict();

export const citizenAccessSchema = z
  .object({
    reference: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^T-[0-9A-Z]{6}$/, 'Die Terminnummer hat die Form T-XXXXXX.'),
    code: z.string().trim().min(6).max(40),
  })
  .strict();

export const rescheduleSchema = citizenAccessSchema.extend({ holdId: uuid, holdSecret: z.string().min(10).max(100) });

export const waitlistJoinSchema = z
  .object({
    tenantId: uuid,
    locationId: uuid.nullable().default(null),
    services: serviceRequestSchema,
    name,
    email,
    phone: phone.nullable().default(null),
    earliestDate: isoDate,
    latestDate: isoDate,
    website: z.string().max(200).optional(),
  })
  .strict()
  .refine((w) => w.earliestDate <= w.latestDate, { message: 'Das Ende des Zeitraums liegt vor dem Anfang.', path: ['latestDate'] });

export const offerAcceptSchema = z
  .object({ entryId: uuid, token: z.string().min(10).max(100), idempotencyKey: z.string().min(8).max(80) })
  .strict();

export const bookedServiceSchema = z.object({
  serviceId: z.string(),
  code: z.string(),
  name: z.string(),
  quantity: z.number(),
  minutes: z.number(),
});

export const slotSchema = z.object({ start: z.string(), end: z.string(), freeSeats: z.number().int() });

export const locationSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  kind: locationKindSchema,
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  accessibility: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  slotMinutes: z.number(),
});

export const slotSearchResultSchema = z.object({
  durationMinutes: z.number(),
  locations: z.array(
    z.object({
      location: locationSchema,
      tenantName: z.string(),
      distanceKm: z.number(),
      durationMinutes: z.number(),
      slots: z.array(slotSchema),
    }),
  ),
});

export const holdSchema = z.object({
  holdId: z.string(),
  holdSecret: z.string(),
  expiresAt: z.string(),
  start: z.string(),
  end: z.string(),
  seat: z.number(),
});

export const appointmentSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  locationId: z.string(),
  reference: z.string(),
  status: z.enum(['booked', 'checked_in', 'completed', 'no_show', 'cancelled']),
  channel: channelSchema,
  startsAt: z.date(),
  endsAt: z.date(),
  seat: z.number(),
  services: z.array(bookedServiceSchema),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  checkedInAt: z.date().nullable(),
  noShowAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
});

/** The answer to a booking: the appointment and, once, the secret code for cancelling or moving it. */
export const bookingResultSchema = z.object({
  appointment: appointmentSchema,
  cancelCode: z.string().nullable(),
  location: locationSchema,
});

export type SlotSearch = z.infer<typeof slotSearchSchema>;
export type ServiceRequest = z.infer<typeof serviceRequestSchema>;
export type HoldCreate = z.infer<typeof holdCreateSchema>;
export type BookingCreate = z.infer<typeof bookingCreateSchema>;
export type LocationCreate = z.infer<typeof locationCreateSchema>;
export type LocationUpdate = z.infer<typeof locationUpdateSchema>;
export type ServiceUpdate = z.infer<typeof serviceUpdateSchema>;
export type ServiceCreate = z.infer<typeof serviceCreateSchema>;
export type DayExceptionCreate = z.infer<typeof dayExceptionCreateSchema>;
export type WaitlistJoin = z.infer<typeof waitlistJoinSchema>;

/** The citizen's catalogue: administrations with their offices and bookable services. */
export const catalogueSchema = z.object({
  tenants: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      locations: z.array(locationSchema.extend({ serviceCodes: z.array(z.string()) })),
      services: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          /** The knowledge base's service (LeiKa key), so the portal's service page can offer booking. */
          leikaKey: z.string().nullable(),
          durationMinutes: z.number().int(),
          maxQuantity: z.number().int(),
          bring: z.string().nullable(),
        }),
      ),
    }),
  ),
});

const ruleOutSchema = z.object({
  weekday: z.number().int(),
  opens: z.string(),
  closes: z.string(),
  seats: z.number().int(),
  callcenterSeats: z.number().int(),
  onlineSeats: z.number().int(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
});
export const dayExceptionSchema = z.object({
  id: z.uuid(),
  day: z.string(),
  closed: z.boolean(),
  opens: z.string().nullable(),
  closes: z.string().nullable(),
  seats: z.number().int().nullable(),
  callcenterSeats: z.number().int().nullable(),
  onlineSeats: z.number().int().nullable(),
  reason: z.string(),
});
/** An office as the administration edits it: its fields, version, services, weekly hours and coming exceptions. */
export const locationSetupSchema = locationSchema.extend({
  cancelBlockMinutes: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
  serviceCodes: z.array(z.string()),
  openingHours: z.array(ruleOutSchema),
  exceptions: z.array(dayExceptionSchema),
});
