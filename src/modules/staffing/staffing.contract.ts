import { z } from 'zod';
import { STAFFING_LIMITS } from './staffing-input-error.js';

const seconds = (what: string, max: number) =>
  z.number({ message: `${what}: Bitte eine Zahl in Sekunden angeben.` }).max(max, `${what}: höchstens ${max} Sekunden.`);

/** POST /api/v1/staffing/erlang (stable interface, issue 11). */
export const erlangRequestSchema = z
  .object({
    model: z.enum(['erlang-c', 'erlang-a'], { message: 'Bitte das Modell "erlang-c" oder "erlang-a" angeben.' }),
    callsPerInterval: z
      .number({ message: 'Bitte die Zahl der Anrufe je Intervall angeben.' })
      .min(0, 'Die Zahl der Anrufe darf nicht negativ sein.')
      .max(10_000_000, 'Höchstens 10.000.000 Anrufe je Intervall.'),
    intervalSeconds: seconds('Intervalllänge', 86_400).positive('Die Intervalllänge muss größer als 0 sein.'),
    ahtSeconds: seconds('Bearbeitungszeit (AHT)', 86_400).positive('Die Bearbeitungszeit (AHT) muss größer als 0 sein.'),
    patienceSeconds: seconds('Geduld', 86_400).positive('Die mittlere Geduld muss größer als 0 sein.').optional(),
    targetSeconds: seconds('Zielzeit', 3600).min(0, 'Die Zielzeit darf nicht negativ sein.'),
    agents: z
      .number({ message: 'Bitte die Zahl der Agenten als ganze Zahl angeben.' })
      .int('Die Zahl der Agenten muss ganzzahlig sein.')
      .min(1, 'Mindestens 1 Agent.')
      .max(STAFFING_LIMITS.maxAgents, `Höchstens ${STAFFING_LIMITS.maxAgents} Agenten.`)
      .optional(),
    serviceLevelTarget: z
      .number({ message: 'Bitte das Servicelevel-Ziel als Anteil zwischen 0 und 1 angeben.' })
      .min(0, 'Das Servicelevel-Ziel liegt zwischen 0 und 1.')
      .max(1, 'Das Servicelevel-Ziel liegt zwischen 0 und 1 (z. B. 0,75 für 75 %).')
      .optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.model === 'erlang-a' && value.patienceSeconds === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['patienceSeconds'],
        message: 'Erlang A braucht die mittlere Geduld der Anrufenden (patienceSeconds).',
      });
    }
    if (value.agents === undefined && value.serviceLevelTarget === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['serviceLevelTarget'],
        message: 'Bitte entweder die Zahl der Agenten oder ein Servicelevel-Ziel angeben.',
      });
    }
  });
export type ErlangRequest = z.infer<typeof erlangRequestSchema>;

export const erlangResponseSchema = z.object({
  agents: z.number().int(),
  probWait: z.number(),
  serviceLevel: z.number(),
  asaSeconds: z.number(),
  occupancy: z.number(),
  abandonRate: z.number().nullable(),
});
export type ErlangResponse = z.infer<typeof erlangResponseSchema>;

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Bitte ein Datum im Format JJJJ-MM-TT angeben.');

/** GET /api/v1/staffing/plan */
export const planQuerySchema = z.object({
  weekStart: ymd,
  model: z.enum(['erlang-c', 'erlang-a'], { message: 'Bitte das Modell "erlang-c" oder "erlang-a" angeben.' }).default('erlang-a'),
  shrinkage: z.coerce
    .number()
    .min(0, 'Der Ausfallanteil liegt zwischen 0 und 0,9.')
    .max(0.9, 'Der Ausfallanteil liegt zwischen 0 und 0,9.')
    .default(0.3),
  patienceSeconds: z.coerce
    .number()
    .positive('Die mittlere Geduld muss größer als 0 sein.')
    .max(3600, 'Höchstens 3600 Sekunden Geduld.')
    .optional(),
  historyWeeks: z.coerce.number().int().min(4, 'Mindestens 4 Wochen Historie.').max(52, 'Höchstens 52 Wochen Historie.').default(12),
});
export type PlanQuery = z.infer<typeof planQuerySchema>;

const slotSchema = z.object({
  date: z.string(),
  minute: z.number(),
  calls: z.number(),
  ahtSeconds: z.number(),
  agents: z.number(),
  positions: z.number(),
  serviceLevel: z.number(),
  abandonRate: z.number().nullable(),
  staffed: z.number().nullable(),
  status: z.enum(['under', 'ok', 'over']).nullable(),
});

export const planReportSchema = z.object({
  weekStart: z.string(),
  weekEnd: z.string(),
  model: z.string(),
  patienceSeconds: z.number(),
  patienceEstimated: z.boolean(),
  patienceBasis: z.object({ totalWaitSeconds: z.number(), abandons: z.number() }),
  shrinkage: z.number(),
  costPerFteYear: z.number(),
  weeklyHoursPerFte: z.number(),
  comparedSlots: z.number(),
  plan: z.object({ slots: z.array(slotSchema), fte: z.number(), costPerYear: z.number(), peakAgents: z.number(), workingDays: z.number() }),
  backtests: z.array(
    z.object({ tenantId: z.string(), tenantName: z.string(), intervalMape: z.number().nullable(), dayMape: z.number().nullable() }),
  ),
});

/** POST /api/v1/staffing/what-if */
export const whatIfRequestSchema = z
  .object({
    weekStart: ymd,
    model: z.enum(['erlang-c', 'erlang-a']).default('erlang-a'),
    shrinkage: z.number().min(0).max(0.9, 'Der Ausfallanteil liegt zwischen 0 und 0,9.').default(0.3),
    patienceSeconds: z.number().positive().max(3600).optional(),
    historyWeeks: z.number().int().min(4).max(52).default(12),
    joining: z
      .array(
        z
          .object({
            tenantId: z.uuid({ message: 'Bitte einen Mandanten wählen.' }),
            inhabitants: z.number().int().min(1).max(2_000_000).optional(),
          })
          .strict(),
      )
      .max(22)
      .optional(),
    comparable: z
      .array(z.object({ tenantId: z.uuid(), inhabitants: z.number().int().min(1).max(2_000_000) }).strict())
      .max(22)
      .optional(),
    change: z
      .object({
        ahtSeconds: z.number().positive('Die Bearbeitungszeit muss größer als 0 sein.').max(3600).optional(),
        serviceLevelTarget: z.number().min(0).max(0.99, 'Das Servicelevel-Ziel liegt unter 1.').optional(),
        targetSeconds: z.number().min(1).max(600).optional(),
        shrinkage: z.number().min(0).max(0.9).optional(),
        patienceSeconds: z.number().positive().max(3600).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type WhatIfRequest = z.infer<typeof whatIfRequestSchema>;

const whatIfSide = z.object({
  fte: z.number(),
  costPerYear: z.number(),
  peakAgents: z.number(),
  agents: z.array(z.object({ date: z.string(), minute: z.number(), agents: z.number() })),
});
export const whatIfReportSchema = z.object({
  weekStart: z.string(),
  before: whatIfSide,
  after: whatIfSide,
  fteDifference: z.number(),
  costDifferencePerYear: z.number(),
  callsPerInhabitantDay: z.number().nullable(),
});

/** GET /api/v1/staffing/missed: the pilot question for one month. */
export const missedQuerySchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bitte einen Monat im Format JJJJ-MM angeben.'),
  agents: z.coerce
    .number()
    .int()
    .min(1, 'Mindestens 1 Agent.')
    .max(STAFFING_LIMITS.maxAgents, `Höchstens ${STAFFING_LIMITS.maxAgents} Agenten.`)
    .default(18),
  model: z.enum(['erlang-c', 'erlang-a']).default('erlang-a'),
  serviceLevelTarget: z.coerce.number().min(0).max(0.99, 'Das Servicelevel-Ziel liegt unter 1.').default(0.75),
  targetSeconds: z.coerce.number().min(1).max(600).default(30),
  patienceSeconds: z.coerce.number().positive().max(3600).optional(),
});
export type MissedQuery = z.infer<typeof missedQuerySchema>;

export const missedReportSchema = z.object({
  month: z.string(),
  agents: z.number(),
  model: z.string(),
  patienceSeconds: z.number(),
  intervalsWithCalls: z.number(),
  missed: z.array(
    z.object({
      date: z.string(),
      minute: z.number(),
      offered: z.number(),
      measuredServiceLevel: z.number(),
      ahtSeconds: z.number(),
      agentsNeeded: z.number(),
      modelServiceLevelWithAgents: z.number().nullable(),
    }),
  ),
});

/** Saved what-if scenarios (center-wide, like the cost plan). */
export const scenarioInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Bitte einen Namen angeben.').max(120, 'Höchstens 120 Zeichen.'),
    request: whatIfRequestSchema,
  })
  .strict();
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;
export const scenarioUpdateSchema = scenarioInputSchema.extend({ version: z.number().int().min(1) }).strict();
export type ScenarioUpdate = z.infer<typeof scenarioUpdateSchema>;
export const scenarioSchema = z.object({
  id: z.string(),
  name: z.string(),
  request: whatIfRequestSchema,
  savedAt: z.string(),
  savedBy: z.string(),
  version: z.number(),
});
export type Scenario = z.infer<typeof scenarioSchema>;
export const scenarioListSchema = z.object({ scenarios: z.array(scenarioSchema) });
export const scenarioIdParamsSchema = z.object({ id: z.uuid({ message: 'Unbekanntes Szenario.' }) });
export const scenarioDeleteQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

/** Export formats of the plan and of a scenario's what-if (json: the API answer itself). */
export const exportFormatSchema = z.enum(['json', 'csv', 'xlsx', 'pdf'], { message: 'Format json, csv, xlsx oder pdf.' }).default('json');
export const planExportQuerySchema = planQuerySchema.extend({ format: exportFormatSchema });
export const scenarioReportQuerySchema = z.object({ format: exportFormatSchema });
