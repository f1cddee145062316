import { systemActor } from '../../../platform/auth/actor.js';
import type { Database } from '../../../platform/db/database.js';
import { holidayName } from '../../../platform/calendar/lower-saxony-holidays.js';
import type { Clock } from '../../../platform/time/clock.js';
import { listTenants } from '../../tenancy/index.js';
import { demoHotline, demoOutcomes, demoQueue, demoServices, DEMO_ACD_NAME } from '../contacts.demo.js';
import { documentContacts, listUndocumentedContacts } from '../contacts.service.js';
import { berlinDayStart, berlinYmd, nextYmd } from '../statistics/berlin-days.js';
import { ingestCallEvents, listTelephoneSystems, normaliseEvent } from '../telephony/telephony.service.js';
import { generatePilotDay, mulberry32, streamOfEvents } from './pilot-day.js';

/** Inhabitants (rounded, public figures) of the pilot tenants: call volume follows population. */
const inhabitants: Record<string, number> = {
  hannover: 545_000,
  'region-hannover': 250_000,
  langenhagen: 56_000,
  laatzen: 42_000,
  wunstorf: 42_000,
  barsinghausen: 34_000,
  burgwedel: 21_000,
  isernhagen: 25_000,
  wedemark: 30_000,
};
/** Hannover: 200,000 calls a year (council resolution), about 250 working days. */
const HANNOVER_CALLS_PER_WORKDAY = 800;

export interface HistoryProgress {
  state: 'idle' | 'running' | 'done' | 'failed';
  daysTotal: number;
  daysDone: number;
  calls: number;
  events: number;
  /** Contacts of the history documented (through the documentation use case, on the agents' behalf). */
  documented: number;
  from: string | null;
  to: string | null;
  message: string;
}

export const callHistoryProgress: HistoryProgress = {
  state: 'idle',
  daysTotal: 0,
  daysDone: 0,
  calls: 0,
  events: 0,
  documented: 0,
  from: null,
  to: null,
  message: '',
};

/**
 * Demo call history through the SAME ingest path as the telephone system (events,
 * batches of 500, a pause between them, `live: false`), working days only (Lower Saxony holidays off),
 * per tenant from its onboarding but at most `months` back, up to yesterday.
 * Volumes: Hannover 200,000 a year, the others by inhabitants; weekday profile
 * (Monday +20 %, Friday -15 %) and the hour profile of the load generator; abandons
 * and call-backs as it generates them. Idempotent: a day already stored is skipped
 * (its first batch is all duplicates).
 */
export async function generateCallHistory(
  database: Database,
  clock: Clock,
  options: { months?: number; delayMs?: number; log?: (line: string) => void } = {},
) {
  const p = callHistoryProgress;
  // Start after the server answers its first requests.
  await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 3000));
  const ctx = { database, actor: systemActor('demo-history'), clock };
  const system = (await listTelephoneSystems(ctx)).find((s) => s.name === DEMO_ACD_NAME);
  if (!system) return p;
  const tenants = (await listTenants(ctx)).filter((t) => t.lifecycle !== 'planned' && inhabitants[t.slug]);
  const today = berlinYmd(clock.now());
  const earliest = (() => {
    const d = new Date(`${today}T12:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - (options.months ?? 3));
    return d.toISOString().slice(0, 10);
  })();
  const days: string[] = [];
  for (let d = earliest; d < today; d = nextYmd(d)) {
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidayName(d)) days.push(d);
  }
  Object.assign(p, {
    state: 'running',
    daysTotal: days.length,
    daysDone: 0,
    calls: 0,
    events: 0,
    documented: 0,
    from: days[0] ?? null,
    to: days.at(-1) ?? null,
    message: '',
  });
  try {
    for (const day of days) {
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      const factor = weekday === 1 ? 1.2 : weekday === 5 ? 0.85 : 1;
      const active = tenants.filter((t) => (t.pilotStart ?? t.liveStart ?? '9999') <= day);
      if (active.length === 0) {
        p.daysDone++;
        continue;
      }
      const total = active.reduce((n, t) => n + inhabitants[t.slug]!, 0);
      const calls = generatePilotDay({
        day: new Date(berlinDayStart(day).getTime() + 12 * 3600_000),
        calls: Math.round((HANNOVER_CALLS_PER_WORKDAY * factor * total) / inhabitants.hannover!),
        agentIds: HISTORY_AGENT_IDS,
        lines: active.map((t) => ({ dialledNumber: demoHotline(t.ags), queue: demoQueue(t.slug), weight: inhabitants[t.slug]! })),
        seed: Number(day.replaceAll('-', '')),
        callIdPrefix: `hist-${day}`,
      });
      const events = streamOfEvents(calls, { repeats: 0 }).map(normaliseEvent);
      let stored = false;
      for (let i = 0; i < events.length; i += 500) {
        // Let requests in between batches (PGlite has one connection and runs on this thread).
        await new Promise((resolve) => setTimeout(resolve, 20));
        const r = await ingestCallEvents(database, system.id, events.slice(i, i + 500), { live: false });
        if (i === 0 && r.accepted === 0) {
          stored = true; // stored on an earlier start
          break;
        }
        p.events += r.accepted;
      }
      // The day's contacts documented as agents would (service, outcome), so first-contact resolution,
      // top services and the channel mix have figures from the first start.
      if (!stored) p.documented += await documentHistoryDay(database, clock, day);
      p.calls += calls.length;
      p.daysDone++;
      if (p.daysDone % 10 === 0) options.log?.(`Demo-Anrufhistorie: ${p.daysDone} von ${p.daysTotal} Tagen (${p.events} Ereignisse)`);
    }
    p.state = 'done';
    p.message = `Demo-Anrufhistorie fertig: ${p.daysTotal} Werktage, ${p.calls} Anrufe, ${p.documented} Kontakte dokumentiert.`;
  } catch (error) {
    p.state = 'failed';
    p.message = error instanceof Error ? error.message : String(error);
  }
  options.log?.(p.message);
  return p;
}

/**
 * Documents the open contacts of one history day through the documentation use case, on the agents'
 * behalf (a supervisor's documentation records no wrap-up time): a LeiKa service of the demo catalogue and an
 * outcome drawn with the demo shares (seeded by the day: the same on every machine). Returns how many.
 */
export async function documentHistoryDay(database: Database, clock: Clock, day: string): Promise<number> {
  const ctx = { database, clock, actor: { ...systemActor('demo-history'), roles: ['supervisor' as const] } };
  const start = berlinDayStart(day).getTime();
  const end = berlinDayStart(nextYmd(day)).getTime();
  const random = mulberry32(Number(day.replaceAll('-', '')));
  const pick = () => {
    let r = random();
    for (const [o, share] of demoOutcomes) if ((r -= share) <= 0) return o;
    return 'other' as const;
  };
  let documented = 0;
  // Oldest first, 500 at a time: repeat until none of the day is left. Each 100 in one transaction of the
  // batch use case (one change notice per batch; the per-contact checks and audit rows cost the same).
  for (let round = 0; round < 50; round++) {
    const open = (await listUndocumentedContacts(ctx, new Date(end + 3600_000))).filter(
      ({ contact }) => contact.tenantId && contact.startedAt.getTime() >= start && contact.startedAt.getTime() < end,
    );
    if (open.length === 0) break;
    for (let i = 0; i < open.length; i += 100) {
      const items = open.slice(i, i + 100).map(({ contact }) => {
        const service = demoServices[Math.floor(random() * demoServices.length)]!;
        return {
          id: contact.id,
          input: { version: contact.version, tenantId: contact.tenantId!, leikaKey: service.leikaKey, outcome: pick(), note: null },
        };
      });
      documented += (await documentContacts(ctx, items)).length;
      // Let requests in (one PGlite connection on this thread).
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  return documented;
}

/**
 * The ACD agents who took the demo's past calls: the TIZ colleagues without a demo login (SIP/1004 on).
 * The demo users' own ids (SIP/1001-1003: agent, agent2, teamleitung) stay out, or every past call
 * would wait on their desktops as "not yet documented" (a first start showed hundreds).
 */
const HISTORY_AGENT_IDS = Array.from({ length: 18 }, (_, i) => `SIP/${1004 + i}`);

/**
 * One sample working day of demo calls through the ingest path (billing's demo data: the months it
 * issues invoices for need call figures before the background history above has run). Same
 * tenants and weights as the history, `calls` in total; idempotent (a day stored is skipped).
 * Returns the calls ingested (0 when stored before or no tenant was active).
 */
export async function ingestSampleCallDay(database: Database, clock: Clock, day: string, calls: number): Promise<number> {
  const ctx = { database, actor: systemActor('demo-history'), clock };
  const system = (await listTelephoneSystems(ctx)).find((s) => s.name === DEMO_ACD_NAME);
  if (!system) return 0;
  const active = (await listTenants(ctx)).filter(
    (t) => t.lifecycle !== 'planned' && inhabitants[t.slug] && (t.pilotStart ?? t.liveStart ?? '9999') <= day,
  );
  if (active.length === 0) return 0;
  const generated = generatePilotDay({
    day: new Date(berlinDayStart(day).getTime() + 12 * 3600_000),
    calls,
    agentIds: HISTORY_AGENT_IDS.slice(0, 5),
    lines: active.map((t) => ({ dialledNumber: demoHotline(t.ags), queue: demoQueue(t.slug), weight: inhabitants[t.slug]! })),
    seed: Number(day.replaceAll('-', '')),
    callIdPrefix: `sample-${day}`,
  });
  const events = streamOfEvents(generated, { repeats: 0 }).map(normaliseEvent);
  for (let i = 0; i < events.length; i += 500) {
    const r = await ingestCallEvents(database, system.id, events.slice(i, i + 500), { live: false });
    if (i === 0 && r.accepted === 0) return 0;
  }
  return generated.length;
}
