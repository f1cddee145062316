import { loadConfig } from '../../config.js';
import type { UseCaseContext } from '../../platform/context.js';
import { listDepartments, listTenants } from '../tenancy/index.js';
import { addWorkingTime, HOUR_MS, isWorkingDay, localDate, nextDate, zonedInstant } from './deadline.js';
import { completeCallbackTask, listCallbackTasks } from './desk.service.js';
import { forwardContact } from './forward.service.js';
import { dispatchOutbox } from '../../platform/mail/dispatcher.js';
import { discardTransport } from '../../platform/mail/transport.js';
import { fixedClock } from '../../platform/time/clock.js';
import { applyMailSentEffects } from './request-mail-effects.js';
import { ticketSettings } from './request-lifecycle.js';
import * as requests from './requests.service.js';

/**
 * Demo data for the second level: about four weeks of forwarded concerns for the
 * pilot tenants, most answered in time, some late, some still open, one waiting
 * for the citizen, one returned, call-backs waiting. Built through the use cases
 * with a moving clock, so every timestamp and status event is real. The demo
 * mails "leave" through a transport that discards them, so the outbox is clean.
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

export async function seedTicketsDemo(ctx: UseCaseContext): Promise<void> {
  if ((await requests.listRequests(ctx, { limit: 1 })).length > 0) return;
  const config = loadConfig();
  const settings = ticketSettings(config);
  const tz = settings.timeZone;
  const agentCtx: UseCaseContext = { ...ctx, actor: { ...ctx.actor, displayName: 'Anna Agentin', roles: ['agent'] } };
  const deptCtx = (tenantId: string, departmentIds: string[]): UseCaseContext => ({
    ...ctx,
    actor: { ...ctx.actor, displayName: 'Fachbereich', roles: ['backoffice'], tenantId, departmentIds },
  });
  const flush = (now: Date) =>
    dispatchOutbox(ctx.database, discardTransport, {
      clock: fixedClock(now),
      from: config.MAIL_FROM,
      batchSize: 200,
      effects: { request: applyMailSentEffects },
    });

  const tenants = (await listTenants(ctx)).filter((t) =>
    ['langenhagen', 'laatzen', 'region-hannover', 'isernhagen', 'wedemark'].includes(t.slug),
  );
  const now = ctx.clock.now().getTime();
  const today = localDate(new Date(now), tz);
  let day = localDate(new Date(now - 28 * 24 * HOUR_MS), tz);
  let n = 0;
  let dayIndex = 0;
  while (day <= today) {
    if (isWorkingDay(day, { timeZone: tz, closingDays: new Set() })) {
      dayIndex++;
      for (const [tenantIndex, tenant] of tenants.entries()) {
        const departments = (await listDepartments(ctx, tenant.id)).filter((d) => concerns[d.name]);
        // Rotate departments per tenant and day, so every department has its share.
        const department = departments[(dayIndex + tenantIndex) % departments.length]!;
        const concern = concerns[department.name]![(dayIndex + n) % concerns[department.name]!.length]!;
        const created = new Date(zonedInstant(day, `${String(8 + (n % 9)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}`, tz));
        if (+created > now) continue;
        const isCallback = n % 4 === 0;
        const name = names[n % names.length]!;
        const forwarded = await forwardContact(
          agentCtx,
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
          { settings, now: created },
        );
        await flush(new Date(+created + 60_000));
        const dctx = deptCtx(tenant.id, [department.id]);
        // Most answers come within the deadline; every seventh is late.
        const isLate = n % 7 === 3;
        const answerAt = addWorkingTime(created, (isLate ? 30 : 3 + (n % 18)) * HOUR_MS, { timeZone: tz, closingDays: new Set() });
        const isRecent = now - +created < 3 * 24 * HOUR_MS;
        const isForgotten = n % 17 === 6 && now - +created < 12 * 24 * HOUR_MS;
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
            await flush(new Date(+answerAt + 60_000));
          }
        } else if (n % 5 === 2) {
          await requests.askCitizen(
            dctx,
            forwarded.id,
            { question: 'Können Sie uns bitte das Aktenzeichen aus dem Schreiben nennen?' },
            { settings, now: new Date(+created + 2 * HOUR_MS) },
          );
          await flush(new Date(+created + 2 * HOUR_MS + 60_000));
        }
        n++;
      }
    }
    day = nextDate(day);
  }
  // Call-backs older than a week were made; the recent ones wait in the agents' list.
  const weekAgo = now - 7 * 24 * HOUR_MS;
  for (const task of await listCallbackTasks(agentCtx, 'open')) {
    if (task.kind === 'answer' && +task.createdAt < weekAgo)
      await completeCallbackTask(agentCtx, task.id, { outcome: 'done' }, { settings, now: new Date(+task.createdAt + 2 * HOUR_MS) });
  }
}
