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
      ctx.addIssue({ code: 'custom', path: ['patienceSeconds'], message: 'Erlang A braucht die mittlere Geduld der Anrufenden (patienceSeconds).' });
    }
    if (value.agents === undefined && value.serviceLevelTarget === undefined) {
      ctx.addIssue({ code: 'custom', path: ['serviceLevelTarget'], message: 'Bitte entweder die Zahl der Agenten oder ein Servicelevel-Ziel angeben.' });
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
