import { z } from 'zod';

export const callGroupings = [
  'day',
  'interval15',
  'interval30',
  'interval60',
  'week',
  'month',
  'tenant',
  'queue',
  'channel',
  'agent',
  /** Heat map: ISO weekday x Berlin half hour ("1|08:00" = Monday 08:00–08:30), summed over the range. */
  'weekdayHalfHour',
] as const;
export type CallGrouping = (typeof callGroupings)[number];
export const reportFormats = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];

const berlinDate = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT angeben.' });

export const callReportQuerySchema = z.object({
  from: berlinDate.describe('Erster Tag (Europe/Berlin), einschließlich'),
  to: berlinDate.describe('Letzter Tag (Europe/Berlin), einschließlich'),
  tenant: z
    .string({ message: 'Mandant angeben: Gemeindeschlüssel (AGS) oder all.' })
    .regex(/^(all|[0-9]{5}|[0-9]{8})$/, 'Mandant als Gemeindeschlüssel (5 oder 8 Ziffern) oder all angeben.')
    .default('all'),
  groupBy: z.enum(callGroupings, { message: `Gruppierung muss eine von ${callGroupings.join(', ')} sein.` }).default('day'),
  format: z.enum(reportFormats, { message: 'Format muss json, csv, xlsx oder pdf sein.' }).default('json'),
});
export type CallReportQuery = z.infer<typeof callReportQuerySchema>;

const rate = z.number().min(0).max(1).nullable();
export const callFiguresSchema = z.object({
  offered: z.number().int(),
  answered: z.number().int(),
  abandoned: z.number().int(),
  shortAbandoned: z.number().int(),
  callbacks: z.number().int(),
  diverted: z
    .number()
    .int()
    .describe('von der Telefonanlage abgewiesen oder umgeleitet (Warteschlange voll, geschlossen, ohne Agenten, Umleitungsregel)'),
  answeredWithinTarget: z.number().int(),
  serviceLevel: rate.describe('angenommen im Ziel ÷ angeboten'),
  answerRate: rate.describe('angenommen ÷ angeboten'),
  asaSeconds: z.number().nullable().describe('mittlere Wartezeit angenommener Anrufe'),
  talkSeconds: z.number().int().describe('Gesprächszeit gesamt'),
  ahtSeconds: z.number().nullable().describe('mittlere Gesprächszeit + mittlere Nachbearbeitung'),
  longestWaitSeconds: z.number().int().nullable(),
});

export const callReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  tenant: z.string().describe('AGS oder all'),
  tenantName: z.string(),
  groupBy: z.enum(callGroupings),
  rows: z.array(callFiguresSchema.extend({ key: z.string(), label: z.string() })),
  totals: callFiguresSchema,
});
export type CallReport = z.infer<typeof callReportSchema>;
export type CallReportRow = CallReport['rows'][number];

const month = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'Monat im Format JJJJ-MM angeben.');
export const pilotQuerySchema = z.object({
  tenant: callReportQuerySchema.shape.tenant,
  from: month.optional().describe('Erster Monat; ohne Angabe der Monat des Pilotstarts'),
  to: month.optional().describe('Letzter Monat; ohne Angabe der laufende'),
  format: callReportQuerySchema.shape.format,
});

const light = z.enum(['green', 'amber', 'red', 'none']);
export const pilotEvaluationSchema = z.object({
  tenant: z.string(),
  tenantName: z.string(),
  since: z.string().nullable(),
  targets: z.object({
    serviceLevelPercent: z.number(),
    serviceLevelSeconds: z.number(),
    firstContactResolutionPercent: z.number(),
    replyWithinWorkingHours: z.number(),
  }),
  baseline: z.object({ callsPerYear: z.number(), averageTalkSeconds: z.number(), answerRate: z.number(), asaSeconds: z.number() }),
  months: z.array(
    z.object({
      month: z.string(),
      label: z.string(),
      offered: z.number().int(),
      answered: z.number().int(),
      answeredWithinTarget: z.number().int(),
      shortAbandoned: z.number().int(),
      offeredOutsideHours: z.number().int(),
      offeredInHours: z.number().int(),
      answeredInHours: z.number().int(),
      serviceLevel: z.number().nullable(),
      serviceLevelInHours: z.number().nullable(),
      answerRate: z.number().nullable(),
      asaSeconds: z.number().nullable(),
      averageTalkSeconds: z.number().nullable(),
      ahtSeconds: z.number().nullable(),
      firstContactResolution: z.number().nullable(),
      forwardingRate: z.number().nullable(),
      documentedContacts: z.number().int(),
      onTimeRate: z.number().nullable(),
      checks: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          value: z.number().nullable(),
          target: z.number(),
          unit: z.enum(['rate', 'seconds']),
          basis: z.enum(['agreement', 'baseline']),
          light,
          kept: z.boolean().nullable(),
          numerator: z.number().nullable(),
          denominator: z.number().nullable(),
        }),
      ),
      summary: z.string(),
    }),
  ),
});

export const monthRangeQuerySchema = pilotQuerySchema;

const promiseSchema = z.object({
  key: z.string(),
  label: z.string(),
  promise: z.string(),
  target: z.number(),
  value: z.number().nullable(),
  unit: z.enum(['rate', 'seconds']),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  kept: z.boolean().nullable(),
  light,
  text: z.string(),
});
const compliancePeriodSchema = z.object({
  key: z.string(),
  label: z.string(),
  phase: z.string(),
  phaseLabel: z.string(),
  offered: z.number().int(),
  offeredInHours: z.number().int(),
  offeredOutsideHours: z.number().int(),
  promises: z.array(promiseSchema),
  kept: z.number().int(),
  missed: z.number().int(),
  unmeasured: z.number().int(),
});
export const agreementComplianceSchema = z.object({
  tenant: z.string(),
  tenantName: z.string(),
  since: z.string().nullable(),
  agreement: z.object({
    reference: z.string().nullable(),
    signedOn: z.string().nullable(),
    termStart: z.string().nullable(),
    termEnd: z.string().nullable(),
    serviceHours: z.string(),
  }),
  targets: pilotEvaluationSchema.shape.targets,
  months: z.array(compliancePeriodSchema),
  phases: z.array(compliancePeriodSchema),
  total: compliancePeriodSchema,
});

export const dataBasisSchema = z.object({
  tenant: z.string(),
  tenantName: z.string(),
  today: z.string(),
  from: z.string(),
  to: z.string(),
  knowledge: z.object({
    catalogueServices: z.number().int(),
    localParts: z.number().int(),
    complete: z.number().int(),
    verifiedInInterval: z.number().int(),
    overdue: z.number().int(),
    openGaps: z.number().int(),
    closedGaps: z.number().int(),
  }),
  knowledgeTrend: z.array(
    z.object({
      month: z.string(),
      label: z.string(),
      verified: z.number().int(),
      published: z.number().int(),
      gapSearches: z.number().int(),
      gapSearchesClosed: z.number().int(),
    }),
  ),
  calls: z.object({
    source: z.string(),
    cells: z.number().int(),
    calls: z.number().int(),
    firstInterval: z.string().nullable(),
    lastInterval: z.string().nullable(),
    workingDays: z.number().int(),
    workingDaysWithCalls: z.number().int(),
    workingDaysWithoutCalls: z.array(z.string()),
  }),
  contacts: z.array(z.object({ channel: z.string(), label: z.string(), documented: z.number().int(), open: z.number().int() })),
  imports: z.array(z.object({ at: z.string(), accepted: z.number().int(), calls: z.number().int(), errors: z.number().int() })),
  demoHistory: z.object({ state: z.string(), daysDone: z.number(), daysTotal: z.number(), calls: z.number() }).nullable(),
  notes: z.array(z.string()),
});

/** Agent, top-services and channel-mix reports: Berlin days from..to (inclusive), a tenant or all. */
export const dayRangeQuerySchema = z.object({
  from: callReportQuerySchema.shape.from,
  to: callReportQuerySchema.shape.to,
  tenant: callReportQuerySchema.shape.tenant,
  format: callReportQuerySchema.shape.format,
});
export type DayRangeQuery = Omit<z.infer<typeof dayRangeQuerySchema>, 'format'>;
export const topServicesQuerySchema = dayRangeQuerySchema.extend({
  limit: z.coerce
    .number({ message: 'Anzahl (limit) als Zahl angeben.' })
    .int({ message: 'Anzahl (limit) als ganze Zahl angeben.' })
    .min(1, 'Anzahl (limit) mindestens 1.')
    .max(100, 'Anzahl (limit) höchstens 100.')
    .default(20),
});

const seconds = z.number().int().describe('Sekunden');
const agentRowSchema = z.object({
  key: z.string().describe('Benutzerkonto (UUID) oder, nicht zugeordnet, die Agenten-ID der Telefonanlage'),
  label: z.string(),
  loggedInSeconds: seconds.describe('angemeldet: verfügbar + im Gespräch + Nachbearbeitung + Pause'),
  availableSeconds: seconds,
  onCallSeconds: seconds,
  wrapUpSeconds: seconds,
  breakSeconds: seconds,
  callsAnswered: z.number().int(),
  routedHandled: z.number().int().describe('dokumentierte E-Mails, Formulare, Chats und Rückrufe'),
  talkSeconds: seconds,
  averageTalkSeconds: z.number().nullable(),
  ahtSeconds: z.number().nullable(),
  occupancy: rate.describe('(Gespräch + Nachbearbeitung) ÷ (verfügbar + Gespräch + Nachbearbeitung)'),
});
export const agentReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  tenant: z.string(),
  tenantName: z.string(),
  rows: z.array(agentRowSchema),
  totals: agentRowSchema,
});
export type AgentReport = z.infer<typeof agentReportSchema>;

export const topServicesSchema = z.object({
  from: z.string(),
  to: z.string(),
  tenant: z.string(),
  tenantName: z.string(),
  documented: z.number().int().describe('dokumentierte Kontakte im Zeitraum, alle Kanäle'),
  withoutService: z.number().int().describe('davon ohne Leistung (LeiKa-Schlüssel)'),
  services: z.number().int().describe('verschiedene Leistungen'),
  rows: z.array(
    z.object({
      rank: z.number().int(),
      leikaKey: z.string(),
      label: z.string(),
      documented: z.number().int(),
      share: rate.describe('Anteil an allen dokumentierten Kontakten'),
      firstLevel: z.number().int(),
      forwarded: z.number().int(),
      firstContactResolution: rate,
      forwardingRate: rate,
    }),
  ),
});
export type TopServices = z.infer<typeof topServicesSchema>;

const channelRowSchema = z.object({
  channel: z.string(),
  label: z.string(),
  received: z.number().int().describe('Telefon: angebotene Anrufe; sonst eingegangene Anliegen der Warteschlange'),
  share: rate,
  contacts: z.number().int(),
  documented: z.number().int(),
  firstLevel: z.number().int(),
  forwarded: z.number().int(),
  firstContactResolution: rate,
  forwardingRate: rate,
  averageHandlingSeconds: z.number().nullable().describe('Ø (Ende − Beginn + Nachbearbeitung) dokumentierter Kontakte'),
});
export const channelMixSchema = z.object({
  from: z.string(),
  to: z.string(),
  tenant: z.string(),
  tenantName: z.string(),
  phone: z.object({ offered: z.number().int(), answered: z.number().int(), answerRate: rate, ahtSeconds: z.number().nullable() }),
  rows: z.array(channelRowSchema),
  totals: channelRowSchema,
});
export type ChannelMix = z.infer<typeof channelMixSchema>;
