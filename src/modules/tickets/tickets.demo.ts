import { loadConfig } from '../../config.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { inOneTransaction, type Database } from '../../platform/db/database.js';
import { listDepartments, listTenants } from '../tenancy/index.js';
import { addWorkingTime, HOUR_MS, isWorkingDay, localDate, nextDate, zonedInstant, type WorkingCalendar } from './deadline.js';
import { completeCallbackTask, listCallbackTasks } from './desk.service.js';
import { forwardContact } from './forward.service.js';
import { dispatchOutbox } from '../../platform/mail/dispatcher.js';
import { discardTransport } from '../../platform/mail/transport.js';
import { fixedClock } from '../../platform/time/clock.js';
import { applyMailSentEffects } from './request-mail-effects.js';
import { ticketSettings, type TicketSettings } from './request-lifecycle.js';
import * as requests from './requests.service.js';
import * as repo from './tickets.repository.js';

/**
 * Demo data for the second level, for every pilot tenant (README "demo history", decision 0076):
 * - the history (seedTicketsHistory): from the tenant's pilot start up to four weeks
 *   ago (a week ago for the tenants without the recent weeks), a forwarded concern a
 *   month, answered (most in time, some late), so the 24-hour promise has figures for
 *   every month;
 * - the last four weeks (seedTicketsDemo, five of the pilot tenants): a concern a working
 *   day per tenant, most answered in time, some late, some still open, one waiting for
 *   the citizen, one returned, call-backs waiting.
 * Built through the use cases with a moving clock (instants from the injected clock,
 * never the wall clock), so every timestamp and status event is real; a batch of them
 * shares one transaction (inOneTransaction). The demo mails "leave" through a
 * transport that discards them, so the outbox is clean.
 */
const concerns: Record<string, { title: string; question: string }[]> = {
  Bürgerbüro: [
    {
      title: 'Personalausweis beantragen',
      question: 'Mein Ausweis ist abgelaufen und ich fliege in zehn Tagen. Gibt es einen vorläufigen Personalausweis noch rechtzeitig?',
    },
    {
      title: 'Wohnsitz anmelden',
      question: 'Ich ziehe mit zwei Kindern zu; das Sorgerecht ist geteilt. Welche Unterschrift des anderen Elternteils brauche ich?',
    },
    {
      title: 'Führungszeugnis beantragen',
      question: 'Das Führungszeugnis für meinen neuen Arbeitgeber ist nach drei Wochen noch nicht angekommen. Wo ist es?',
    },
  ],
  'Steuern und Abgaben': [
    {
      title: 'Hundesteuer anmelden',
      question: 'Wir haben einen Hund aus dem Tierheim übernommen. Gilt die Steuerbefreiung für das erste Jahr auch bei uns?',
    },
    {
      title: 'Grundsteuerbescheid',
      question: 'Im Grundsteuerbescheid steht eine falsche Wohnfläche. Reicht ein formloser Widerspruch per E-Mail?',
    },
  ],
  Ordnungsamt: [
    {
      title: 'Sondernutzung Straße (Umzug)',
      question: 'Für unseren Umzug brauchen wir eine Halteverbotszone am Samstag. Ist der Antrag zwei Wochen vorher noch früh genug?',
    },
  ],
  Standesamt: [
    {
      title: 'Eheschließung anmelden',
      question: 'Meine Verlobte hat die italienische Staatsangehörigkeit. Welche Unterlagen brauchen wir zusätzlich?',
    },
  ],
  'Kinderbetreuung und Schulen': [
    { title: 'Kita-Platz', question: 'Wir haben im Februar einen Kita-Platz beantragt und noch keine Rückmeldung. Wie ist der Stand?' },
  ],
  'Kfz-Zulassungsstelle': [
    {
      title: 'Fahrzeug zulassen',
      question: 'Ich habe ein Auto aus Frankreich gekauft. Brauche ich für die Zulassung eine Unbedenklichkeitsbescheinigung?',
    },
  ],
  Ausländerbehörde: [
    {
      title: 'Aufenthaltserlaubnis verlängern',
      question: 'Meine Aufenthaltserlaubnis läuft in vier Wochen ab und ich bekomme online keinen Termin. Was soll ich tun?',
    },
  ],
  'Abfallwirtschaft (aha)': [
    { title: 'Sperrmüll anmelden', question: 'Der angemeldete Sperrmüll wurde nicht abgeholt. Kommt das Fahrzeug noch einmal?' },
  ],
};
const names = [
  'Aylin Demir',
  'Jonas Becker',
  'Marta Nowak',
  'Peter Schulz',
  'Sophie Wagner',
  'Ali Hassan',
  'Heike Brandt',
  'Lukas Meyer',
  'Ioana Popescu',
  'Gerd Hoffmann',
];
const answers = [
  'Ja, das ist möglich. Bitte bringen Sie die genannten Unterlagen mit; ein Termin ist nicht nötig.',
  'Wir haben den Vorgang geprüft: Der Bescheid geht Ihnen in den nächsten Tagen per Post zu.',
  'Dafür reicht ein formloses Schreiben mit Ihrer Unterschrift; E-Mail genügt nicht.',
  'Bitte reichen Sie zusätzlich eine beglaubigte Übersetzung ein. Alles Weitere klären wir beim Termin.',
];

/** The last days seeded in full (open, overdue, waiting); the history ends where they begin. */
const RECENT_DAYS = 28;
/**
 * The tenants with the full last four weeks (a concern a working day, open ones and call-backs waiting in
 * the agents' queue). The other pilot tenants keep the history's rhythm up to a week ago, so their queues
 * stay empty (tests rely on that, e.g. the contact form of Barsinghausen in the channel report).
 */
const RECENT_TENANTS = new Set(['langenhagen', 'laatzen', 'region-hannover', 'isernhagen', 'wedemark']);
const DAY_MS = 24 * HOUR_MS;
/**
 * Forwarded concerns a month per pilot tenant in the history: one, enough for the month's 24-hour
 * figure and cheap to seed (each takes about 45 statements through the use cases).
 */
const HISTORY_PER_MONTH = 1;

interface DemoKit {
  settings: TicketSettings;
  tz: string;
  calendar: WorkingCalendar;
  agent: (database: Database) => UseCaseContext;
  department: (database: Database, tenantId: string, departmentId: string) => UseCaseContext;
  /** Sends what the outbox holds through the discarding transport, at `now` (the mails' "sent" instant). */
  flush: (database: Database, now: Date) => Promise<unknown>;
}

function demoKit(ctx: UseCaseContext): DemoKit {
  const config = loadConfig();
  const settings = ticketSettings(config);
  return {
    settings,
    tz: settings.timeZone,
    calendar: { timeZone: settings.timeZone, closingDays: new Set() },
    agent: (database) => ({ ...ctx, database, actor: { ...ctx.actor, displayName: 'Anna Agentin', roles: ['agent'] } }),
    department: (database, tenantId, departmentId) => ({
      ...ctx,
      database,
      actor: { ...ctx.actor, displayName: 'Fachbereich', roles: ['backoffice'], tenantId, departmentIds: [departmentId] },
    }),
    flush: (database, now) =>
      dispatchOutbox(database, discardTransport, {
        clock: fixedClock(now),
        from: config.MAIL_FROM,
        batchSize: 200,
        effects: { request: applyMailSentEffects },
      }),
  };
}

/** The pilot tenants with the departments the demo concerns go to. */
async function pilotTenants(ctx: UseCaseContext) {
  const tenants = (await listTenants(ctx)).filter((t) => t.lifecycle === 'pilot' && t.pilotStart);
  return Promise.all(tenants.map(async (t) => ({ ...t, departments: (await listDepartments(ctx, t.id)).filter((d) => concerns[d.name]) })));
}
type PilotTenant = Awaited<ReturnType<typeof pilotTenants>>[number];

/** The first day of the recent four weeks (local date) and its first instant. */
function recentStart(ctx: UseCaseContext, tz: string) {
  const day = localDate(new Date(ctx.clock.now().getTime() - RECENT_DAYS * DAY_MS), tz);
  return { day, at: new Date(zonedInstant(day, '00:00', tz)) };
}

/** Forwards the n-th demo concern of a tenant's department, as an agent would at `created`. */
async function forwardDemo(
  kit: DemoKit,
  database: Database,
  tenant: PilotTenant,
  department: PilotTenant['departments'][number],
  n: number,
  created: Date,
  dayIndex: number,
) {
  const concern = concerns[department.name]![(dayIndex + n) % concerns[department.name]!.length]!;
  const isCallback = n % 4 === 0;
  const name = names[n % names.length]!;
  const forwarded = await forwardContact(
    kit.agent(database),
    {
      tenantId: tenant.id,
      departmentId: department.id,
      leikaKey: null,
      serviceTitle: concern.title,
      question: concern.question,
      citizen: {
        name,
        email: isCallback ? null : `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
        phone: isCallback ? `0511 555 ${String(100 + (n % 900))}` : null,
      },
      answerChannel: isCallback ? 'callback' : 'email',
    },
    { settings: kit.settings, now: created },
  );
  await kit.flush(database, new Date(+created + 60_000));
  return forwarded;
}

const nextWorkingDay = (day: string, calendar: WorkingCalendar) => {
  let d = nextDate(day);
  while (!isWorkingDay(d, calendar)) d = nextDate(d);
  return d;
};
const clockTime = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
/** A spread of 0..99 from a running number (Knuth's multiplicative hash): which concerns come late. */
const spread = (n: number) => ((n * 2654435761) >>> 0) % 100;

/**
 * The second level's history: for each pilot tenant from its pilot start up to four weeks
 * ago (where seedTicketsDemo takes over; a week ago for the tenants it leaves out), a few concerns a month on working days
 * (HISTORY_PER_MONTH), forwarded by an agent and answered by the department at office times:
 * most within the 24 working hours, a share late (12 % in the first pilot year, falling to
 * 3 % from the fourth, as a pilot learns); with more than one a month, now and then one is returned to the first level.
 * Call-backs are passed on by an agent two hours after the answer. One transaction per tenant
 * and year. Idempotent: nothing is added when a request older than the four weeks exists.
 */
export async function seedTicketsHistory(ctx: UseCaseContext): Promise<void> {
  const kit = demoKit(ctx);
  const { tz, calendar } = kit;
  const until = recentStart(ctx, tz);
  if (await inActorScope(ctx, (tx) => repo.anyRequestCreatedBefore(tx, until.at))) return;
  const now = ctx.clock.now().getTime();
  const weekAgo = localDate(new Date(now - 7 * DAY_MS), tz);
  let n = 0;
  for (const tenant of await pilotTenants(ctx)) {
    if (tenant.departments.length === 0) continue;
    const perMonth = HISTORY_PER_MONTH;
    const start = tenant.pilotStart!;
    // Working days per month from the pilot start to the day before the recent four weeks (or a week ago).
    const end = RECENT_TENANTS.has(tenant.slug) ? until.day : weekAgo;
    const months = new Map<string, string[]>();
    for (let day = start; day < end; day = nextDate(day)) {
      if (!isWorkingDay(day, calendar)) continue;
      const list = months.get(day.slice(0, 7)) ?? [];
      list.push(day);
      months.set(day.slice(0, 7), list);
    }
    const years = new Map<string, [string, string[]][]>();
    for (const [month, days] of months) {
      const year = month.slice(0, 4);
      years.set(year, [...(years.get(year) ?? []), [month, days]]);
    }
    for (const year of years.values()) {
      await inOneTransaction(ctx.database, async (database) => {
        const callbacks = new Map<string, Date>();
        for (const [month, days] of year) {
          const pilotYear =
            Math.floor(
              (Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - (Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)))) / 12,
            ) + 1;
          const lateShare = Math.max(3, 15 - 3 * pilotYear);
          for (let i = 0; i < Math.min(perMonth, days.length); i++) {
            const day = days[Math.floor(((i + 0.5) * days.length) / perMonth)]!;
            const department = tenant.departments[(n + i) % tenant.departments.length]!;
            const created = new Date(zonedInstant(day, clockTime(8 + (n % 7), n * 7), tz));
            const forwarded = await forwardDemo(kit, database, tenant, department, n, created, i);
            const dept = kit.department(database, tenant.id, department.id);
            if (i > 0 && spread(n + 17) < 6) {
              await requests.returnToFirstLevel(
                dept,
                forwarded.id,
                { reason: 'Das fällt in die Zuständigkeit der Region Hannover.' },
                { settings: kit.settings, now: new Date(+created + 3 * HOUR_MS) },
              );
            } else {
              const due = new Date(forwarded.dueAt);
              let answerAt: Date;
              if (spread(n) < lateShare) {
                // Late: on the working day after the deadline's day.
                answerAt = new Date(zonedInstant(nextWorkingDay(localDate(due, tz), calendar), clockTime(9 + (n % 6), n * 11), tz));
              } else {
                // In time: the next working day's morning, or the same day when that would be too late.
                answerAt = new Date(zonedInstant(nextWorkingDay(day, calendar), clockTime(8 + (n % 3), n * 13), tz));
                if (+answerAt >= +due - 30 * 60_000) answerAt = new Date(+created + (2 + (n % 4)) * HOUR_MS);
              }
              // Never after "now" (the call-back two hours later included): then the same day.
              if (+answerAt + 3 * HOUR_MS > now) answerAt = new Date(+created + 2 * HOUR_MS);
              await requests.answerRequest(
                dept,
                forwarded.id,
                { answer: answers[n % answers.length]!, proposeForKnowledgeBase: false },
                { settings: kit.settings, now: answerAt },
              );
              await kit.flush(database, new Date(+answerAt + 60_000));
              if (n % 4 === 0) callbacks.set(forwarded.id, answerAt);
            }
            n++;
          }
        }
        if (callbacks.size === 0) return;
        // The answers by telephone were passed on two hours later.
        const agent = kit.agent(database);
        for (const task of await listCallbackTasks(agent, 'open')) {
          const answeredAt = callbacks.get(task.requestId);
          if (task.kind === 'answer' && answeredAt)
            await completeCallbackTask(
              agent,
              task.id,
              { outcome: 'done' },
              { settings: kit.settings, now: new Date(+answeredAt + 2 * HOUR_MS) },
            );
        }
      });
    }
  }
}

/**
 * The last four weeks: a concern a working day per tenant of RECENT_TENANTS, with open, overdue,
 * waiting and returned ones. One transaction per day. Idempotent: nothing is added
 * when the newest request lies within the four weeks.
 */
export async function seedTicketsDemo(ctx: UseCaseContext): Promise<void> {
  const kit = demoKit(ctx);
  const { settings, tz, calendar } = kit;
  const first = recentStart(ctx, tz);
  const tenants = (await pilotTenants(ctx)).filter((t) => RECENT_TENANTS.has(t.slug));
  if (tenants.length === 0) return;
  const [newest] = await requests.listRequests(ctx, { tenantId: tenants[0]!.id, limit: 1 });
  if (newest && +newest.createdAt >= +first.at) return;
  const now = ctx.clock.now().getTime();
  const today = localDate(new Date(now), tz);
  let day = first.day;
  let n = 0;
  let dayIndex = 0;
  while (day <= today) {
    if (isWorkingDay(day, calendar)) {
      dayIndex++;
      await inOneTransaction(ctx.database, async (database) => {
        for (const [tenantIndex, tenant] of tenants.entries()) {
          const departments = tenant.departments;
          if (departments.length === 0) continue;
          // Rotate departments per tenant and day, so every department has its share.
          const department = departments[(dayIndex + tenantIndex) % departments.length]!;
          const created = new Date(zonedInstant(day, clockTime(8 + (n % 9), n * 7), tz));
          if (+created > now) continue;
          const forwarded = await forwardDemo(kit, database, tenant, department, n, created, dayIndex);
          const dctx = kit.department(database, tenant.id, department.id);
          // Most answers come within the deadline; every seventh is late.
          const isLate = n % 7 === 3;
          const answerAt = addWorkingTime(created, (isLate ? 30 : 3 + (n % 18)) * HOUR_MS, calendar);
          const isRecent = now - +created < 3 * DAY_MS;
          const isForgotten = n % 17 === 6 && now - +created < 12 * DAY_MS;
          if (isForgotten || (isRecent && n % 2 === 0 && n % 5 !== 2)) {
            // left open: overdue ones show up in the escalation and the on-time figures
          } else if (+answerAt < now && !(isRecent && n % 5 === 2)) {
            if (n % 13 === 5) {
              await requests.returnToFirstLevel(
                dctx,
                forwarded.id,
                { reason: 'Das fällt in die Zuständigkeit der Region Hannover.' },
                { settings, now: answerAt },
              );
            } else {
              await requests.answerRequest(
                dctx,
                forwarded.id,
                { answer: answers[n % answers.length]!, proposeForKnowledgeBase: n % 9 === 0 },
                { settings, now: answerAt },
              );
              await kit.flush(database, new Date(+answerAt + 60_000));
            }
          } else if (n % 5 === 2) {
            await requests.askCitizen(
              dctx,
              forwarded.id,
              { question: 'Können Sie uns bitte das Aktenzeichen aus dem Schreiben nennen?' },
              { settings, now: new Date(+created + 2 * HOUR_MS) },
            );
            await kit.flush(database, new Date(+created + 2 * HOUR_MS + 60_000));
          }
          n++;
        }
      });
    }
    day = nextDate(day);
  }
  // Call-backs older than a week were made; the recent ones wait in the agents' list.
  const weekAgo = now - 7 * DAY_MS;
  const agentCtx = kit.agent(ctx.database);
  for (const task of await listCallbackTasks(agentCtx, 'open')) {
    if (task.kind === 'answer' && +task.createdAt < weekAgo)
      await completeCallbackTask(agentCtx, task.id, { outcome: 'done' }, { settings, now: new Date(+task.createdAt + 2 * HOUR_MS) });
  }
}
