import type { UseCaseContext } from '../../platform/context.js';
import { inActorScope } from '../../platform/context.js';
import { fixedClock } from '../../platform/time/clock.js';
import { recordFault } from './faults.service.js';
import type { z } from 'zod';
import { createFaultSchema, declareOutageSchema, knownErrorInputSchema, outageCallSchema, statusInputSchema } from './itfaults.contract.js';
import * as repo from './itfaults.repository.js';
import { defaultTargets } from './priority.js';
import type { ItFaultSettings } from './itfaults.settings.js';
import { createKnownError } from './known-errors.service.js';
import { closeOutage, countOutageCall, declareOutage } from './outages.service.js';
import { applyStatusCall } from './status-inbound.service.js';

/** Demo settings: no hand-over channel (mails would wait in the outbox anyway), default targets. */
const demoSettings: ItFaultSettings = {
  mailTo: null,
  replyFrom: [],
  mailLocalPart: 'it-stoerung',
  webhookUrl: null,
  webhookSecret: null,
  statusToken: null,
  signatureWindowSeconds: 300,
  webhookMaxAttempts: 8,
  webhookRetryMs: 30_000,
  webhookTimeoutMs: 10_000,
  webhookPollSeconds: 15,
  targets: defaultTargets,
  publicUrl: 'http://localhost:3000',
};

export const demoKnownErrors: z.input<typeof knownErrorInputSchema>[] = [
  {
    title: 'Netzwerkdrucker im Neuen Rathaus druckt nicht',
    symptom: 'Drucker druckt nicht, Druckaufträge bleiben in der Warteschlange hängen, Anzeige „Offline“',
    keywords: 'drucker spinnt druckt nix ausdruck kommt nicht druckauftrag hängt',
    workaround: 'Am PC unter „Drucker“ den Ersatzdrucker „NR-2OG-Flur“ wählen; der Druckserver wird neu gestartet.',
    category: 'printer',
    status: 'workaround',
    itTicketNumber: 'PRB-2026-0412',
    itTicketUrl: 'https://servicedesk.hannover.demo.example.org/problem/PRB-2026-0412',
  },
  {
    title: 'Outlook fragt immer wieder nach dem Kennwort',
    symptom: 'Outlook will ständig das Passwort, Anmeldefenster erscheint wieder und wieder',
    keywords: 'email mail kennwort passwort anmeldung fenster poppt auf',
    workaround: 'Outlook schließen, im Startmenü „Anmeldeinformationen zurücksetzen“ ausführen, Outlook neu starten.',
    category: 'email',
    status: 'workaround',
    itTicketNumber: 'PRB-2026-0398',
    itTicketUrl: null,
  },
  {
    title: 'Fachanwendung OK.EWO sehr langsam am Vormittag',
    symptom: 'Melderegister OK.EWO hängt, Suche dauert minutenlang, Bildschirm friert ein',
    keywords: 'ewo einwohnermeldewesen langsam hängt lahm',
    workaround: 'Nur eine Sitzung öffnen; Sammelabfragen nach 14 Uhr. Die IT erweitert den Server.',
    category: 'application',
    status: 'investigating',
    itTicketNumber: 'PRB-2026-0420',
    itTicketUrl: null,
  },
  {
    title: 'Telefon zeigt „Keine Verbindung“ nach Umzug',
    symptom: 'Telefon hat keine Verbindung, Display zeigt keine Verbindung, kein Freizeichen',
    keywords: 'telefon tot kein freizeichen apparat',
    workaround: 'Netzwerkkabel des Telefons in die Dose mit grünem Punkt stecken, Telefon vom Strom trennen und neu starten.',
    category: 'telephone',
    status: 'fixed',
    itTicketNumber: 'PRB-2026-0377',
    itTicketUrl: null,
  },
];

type DemoFault = z.input<typeof createFaultSchema> & {
  hoursAgo: number;
  answer?: {
    afterMinutes: number;
    status: 'in_progress' | 'resolved' | 'closed';
    ticket: string;
    message: string;
    resolvedAfterMinutes?: number;
  };
};

const demoFaults: DemoFault[] = [
  {
    reporter: { name: 'Petra Sommer', room: 'A 2.14', phone: '0511 168-41234', email: null },
    department: 'Bürgerbüro',
    asset: 'PC-HAN-004711',
    category: 'workplace_pc',
    impact: 'person',
    urgency: 'cannot_work',
    description: 'PC startet nicht mehr, nach dem Einschalten nur schwarzer Bildschirm mit blinkendem Strich.',
    hoursAgo: 30,
    answer: { afterMinutes: 25, status: 'closed', ticket: 'INC-2026-10233', message: 'Netzteil getauscht.', resolvedAfterMinutes: 200 },
  },
  {
    reporter: { name: 'Jonas Keller', room: 'B 1.03', phone: '0511 168-42001', email: null },
    department: 'Standesamt',
    asset: null,
    category: 'application',
    applicationName: 'AutiSta',
    impact: 'team',
    urgency: 'cannot_work',
    description: 'AutiSta meldet beim Öffnen von Beurkundungen „Lizenzserver nicht erreichbar“, das ganze Team kann nicht beurkunden.',
    hoursAgo: 26,
    answer: {
      afterMinutes: 40,
      status: 'resolved',
      ticket: 'INC-2026-10240',
      message: 'Lizenzdienst neu gestartet.',
      resolvedAfterMinutes: 150,
    },
  },
  {
    reporter: { name: 'Miriam Demir', room: 'C 3.20', phone: '0511 168-43310', email: null },
    department: 'Ordnungsamt',
    asset: 'DR-HAN-0815',
    category: 'printer',
    impact: 'team',
    urgency: 'hindered',
    description: 'Etagendrucker zieht kein Papier ein, Fehler 13.20 im Display.',
    hoursAgo: 5,
    answer: { afterMinutes: 90, status: 'in_progress', ticket: 'INC-2026-10302', message: 'Techniker ist informiert.' },
  },
  {
    reporter: { name: 'Tim Albers', room: 'D 0.11', phone: '0511 168-44002', email: null },
    department: 'Steuern und Abgaben',
    asset: null,
    category: 'access_rights',
    impact: 'person',
    urgency: 'hindered',
    description: 'Nach dem Wechsel ins Sachgebiet fehlt der Zugriff auf das Laufwerk S:\\Abgaben.',
    hoursAgo: 2,
  },
  {
    reporter: 'Ute Brandt',
    department: 'Kinderbetreuung und Schulen',
    asset: 'NB-HAN-1203',
    category: 'network',
    impact: 'department',
    urgency: 'hindered',
    description: 'WLAN im Außenstandort Kita-Verwaltung Südstadt bricht alle paar Minuten ab.',
    priority: 1,
    priorityReason: 'Anmeldewoche für Kita-Plätze: Fristen laufen heute ab.',
    hoursAgo: 1,
  },
];

/**
 * Demo data of the IT fault desk through the same use cases: known errors, faults of the
 * last two days with IT's answers (so the report has figures), one fault attached to a
 * known error, yesterday's mass outage with its counted calls (closed) and today's open one
 * (the banner on every agent page; close it on /it-stoerungen/leitstand).
 * Idempotent: nothing happens when known errors exist.
 */
export async function seedItFaultsDemo(ctx: UseCaseContext): Promise<void> {
  const existing = await inActorScope(ctx, (tx) => repo.listKnownErrors(tx, true));
  if (existing.length > 0) return;
  const demo: UseCaseContext = {
    ...ctx,
    actor: { ...ctx.actor, displayName: 'Demo (IT-Störungen)', roles: ['supervisor', 'agent', 'itdesk'] },
  };
  const now = ctx.clock.now();
  const at = (minutesAgo: number): UseCaseContext => ({ ...demo, clock: fixedClock(new Date(now.getTime() - minutesAgo * 60_000)) });
  const known = [];
  for (const k of demoKnownErrors) known.push(await createKnownError(at(3 * 24 * 60), knownErrorInputSchema.parse(k)));
  for (const f of demoFaults) {
    const { hoursAgo, answer, ...input } = f;
    const fault = await recordFault(at(hoursAgo * 60), demoSettings, createFaultSchema.parse(input), 'call');
    if (!answer) continue;
    const answeredAt = fixedClock(new Date(fault.reportedAt.getTime() + answer.afterMinutes * 60_000));
    const first = answer.status === 'in_progress' ? 'in_progress' : 'accepted';
    await applyStatusCall(
      ctx.database,
      answeredAt,
      fault.id,
      statusInputSchema.parse({ status: first, itTicketNumber: answer.ticket, message: answer.message }),
      null,
    );
    if (answer.resolvedAfterMinutes) {
      const resolvedAt = fixedClock(new Date(fault.reportedAt.getTime() + answer.resolvedAfterMinutes * 60_000));
      await applyStatusCall(
        ctx.database,
        resolvedAt,
        fault.id,
        statusInputSchema.parse({ status: answer.status, message: answer.message }),
        null,
      );
    }
  }
  await recordFault(
    at(45),
    demoSettings,
    createFaultSchema.parse({
      reporter: { name: 'Sabine Roth', room: 'A 3.02', phone: '0511 168-41777', email: null },
      department: 'Bauen und Planen',
      asset: null,
      category: 'printer',
      impact: 'person',
      urgency: 'hindered',
      description: 'Drucker druckt nicht, Auftrag hängt in der Warteschlange.',
      knownErrorId: known[0]!.id,
    }),
    'call',
  );
  const outage = await declareOutage(
    at(26 * 60),
    declareOutageSchema.parse({
      title: 'E-Mail gestört',
      category: 'email',
      since: new Date(now.getTime() - 26 * 60 * 60_000 - 15 * 60_000),
      callerMessage: 'Der E-Mail-Versand ist seit 08:15 gestört. Die IT arbeitet daran; Sie müssen nichts tun, Mails gehen nicht verloren.',
      itTicketNumber: 'MAJ-2026-0031',
    }),
  );
  for (let i = 0; i < 7; i++) await countOutageCall(at(26 * 60 - 5 - i * 7), outage.id, outageCallSchema.parse({}));
  await closeOutage(at(24 * 60), demoSettings, outage.id, { note: 'Mailgateway neu gestartet, Warteschlange abgearbeitet.' });
  // Today's open outage: the banner on every agent page, with a few calls already counted on it.
  const open = await declareOutage(
    at(40),
    declareOutageSchema.parse({
      title: 'OK.EWO nicht erreichbar',
      category: 'application',
      since: new Date(now.getTime() - 45 * 60_000),
      callerMessage:
        'Das Melderegister OK.EWO ist gestört. Die IT arbeitet daran; bitte nichts neu starten, wir melden uns, sobald es wieder geht.',
      itTicketNumber: 'MAJ-2026-0044',
    }),
  );
  for (let i = 0; i < 3; i++) await countOutageCall(at(35 - i * 9), open.id, outageCallSchema.parse({ reporterName: null }));
}
