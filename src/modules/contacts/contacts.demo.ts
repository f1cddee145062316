import { systemActor, type Actor } from '../../platform/auth/actor.js';
import type { UseCaseContext } from '../../platform/context.js';
import { listUsers } from '../accounts/index.js';
import { enqueueWorkItem, setOwnAgentState, startChat, submitContactForm } from '../routing/index.js';
import { demoServices as knowledgeDemoServices } from '../knowledge/index.js';
import { listTenants } from '../tenancy/index.js';
import { addDays, localInstant, localParts } from '../../platform/time/berlin-time.js';
import type { ContactOutcome } from './contacts.schema.js';
import { documentContacts, listUndocumentedContacts } from './contacts.service.js';
import { generatePilotDay, mulberry32, streamOfEvents } from './load/pilot-day.js';
import {
  addHotline,
  ingestCallEvents,
  listHotlines,
  listTelephoneSystems,
  mapAgentLine,
  normaliseEvent,
  registerTelephoneSystem,
} from './telephony/telephony.service.js';

/** Token of the demo telephone system (demo data only; a real system gets a random one). */
export const DEMO_ACD_TOKEN = 'demo-acd-token-hannover-2026';
export const DEMO_ACD_NAME = 'ACD DialogCenter (Demo)';
/** ACD agent ids of the demo accounts. */
export const demoAgentLines: Record<string, string> = { agent: 'SIP/1001', agent2: 'SIP/1002', teamleitung: 'SIP/1003' };

/** Demo hotline of a tenant: 0511 1689-<last three AGS digits> (Region: -000). Fictitious. */
export const demoHotline = (ags: string) => `05111689${ags.length === 8 ? ags.slice(5) : '000'}`;
export const demoQueue = (slug: string) => `dc-${slug}`;
/** From this local time on, the demo shows today's calls; earlier, the previous day's. */
const DEMO_DAY_FROM = '09:00';

/** Services agents document most: picked by title from the knowledge module's demo catalogue. */
const frequentTitles = [
  'Wohnsitz anmelden (Zuzug)',
  'Wohnsitz ummelden (Umzug innerhalb der Kommune)',
  'Meldebescheinigung beantragen',
  'Personalausweis beantragen',
  'Reisepass beantragen',
  'Verlust oder Diebstahl des Personalausweises melden',
  'Bewohnerparkausweis beantragen',
  'Sozialpass beantragen',
];
export const demoServices = knowledgeDemoServices()
  .filter((s) => frequentTitles.includes(s.title))
  .map((s) => ({ leikaKey: s.leikaKey, title: s.title }));

/** Outcomes of the demo's documented contacts and their shares (FCR about 62 %, forwarded about 10 %). */
export const demoOutcomes: [ContactOutcome, number][] = [
  ['answered_first_level', 0.62],
  ['transferred', 0.14],
  ['forwarded_second_level', 0.1],
  ['appointment_booked', 0.09],
  ['it_fault', 0.02],
  ['public_order_incident', 0.01],
  ['other', 0.02],
];

export async function seedContactsDemo(ctx: UseCaseContext): Promise<void> {
  const admin: Actor = ctx.actor;
  const adminCtx = { ...ctx, actor: admin };
  if ((await listTelephoneSystems(adminCtx)).some((s) => s.name === DEMO_ACD_NAME)) return;
  const { system } = await registerTelephoneSystem(adminCtx, DEMO_ACD_NAME, DEMO_ACD_TOKEN);
  const tenants = await listTenants(ctx);
  const existing = new Set((await listHotlines(adminCtx)).map((h) => h.dialledNumber));
  for (const t of tenants) {
    const number = demoHotline(t.ags);
    if (existing.has(number)) continue;
    await addHotline(adminCtx, {
      dialledNumber: number,
      tenantId: t.id,
      queueName: demoQueue(t.slug),
      label: `Servicenummer ${t.officialName}`,
    });
  }
  const users = await listUsers(ctx);
  for (const [username, agentId] of Object.entries(demoAgentLines)) {
    const user = users.find((u) => u.username === username);
    if (user) await mapAgentLine(adminCtx, { telephoneSystemId: system.id, externalAgentId: agentId, userId: user.id });
  }

  // Some agents are at work, so the wallboard shows people (Anna, the e2e agent, starts signed off).
  for (const [username, state] of [
    ['agent2', 'available'],
    ['teamleitung', 'break'],
  ] as const) {
    const user = users.find((u) => u.username === username);
    if (!user) continue;
    const actor: Actor = { userId: user.id, username, displayName: user.displayName, roles: user.roles, tenantId: null, departmentIds: [] };
    await setOwnAgentState({ ...ctx, actor }, state);
  }

  // The demo day's calls, for the pilot tenants (weighted by size), through the ingest path:
  // today's from 08:00 until 10 minutes ago; before 09:00 (little or nothing yet today) the
  // whole previous day instead, so desktop, wallboard history and the supervisor's list of
  // undocumented calls have content at any hour.
  const pilot = tenants.filter((t) => t.lifecycle !== 'planned');
  const weights: Record<string, number> = {
    hannover: 6,
    'region-hannover': 3,
    langenhagen: 2,
    laatzen: 1.5,
    wunstorf: 1.5,
    barsinghausen: 1.2,
  };
  const now = ctx.clock.now();
  const today = localParts(now);
  const demoDay = today.time >= DEMO_DAY_FROM ? today.date : addDays(today.date, -1);
  const calls = generatePilotDay({
    day: localInstant(demoDay, '12:00'),
    to: new Date(now.getTime() - 10 * 60_000),
    calls: 260,
    agentIds: ['SIP/1002', 'SIP/1003', 'SIP/1004', 'SIP/1005'],
    lines: pilot.map((t) => ({ dialledNumber: demoHotline(t.ags), queue: demoQueue(t.slug), weight: weights[t.slug] ?? 1 })),
    callIdPrefix: `demo-${demoDay}`,
  });
  const events = streamOfEvents(calls, { repeats: 0 }).map(normaliseEvent);
  for (let i = 0; i < events.length; i += 500) {
    await ingestCallEvents(ctx.database, system.id, events.slice(i, i + 500), { live: false });
  }

  // Most contacts documented by a supervisor on the agents' behalf; some left open (undocumented).
  const supervisorCtx = { ...ctx, actor: { ...systemActor('demo-seed'), roles: ['supervisor' as const] } };
  const random = mulberry32(2271);
  const pickOutcome = () => {
    let r = random();
    for (const [o, p] of demoOutcomes) if ((r -= p) <= 0) return o;
    return 'other' as const;
  };
  const open = await listUndocumentedContacts(supervisorCtx, new Date(now.getTime() + 3600_000));
  const toDocument = [];
  for (const { contact } of open) {
    if (random() < 0.06 || !contact.tenantId) continue;
    const service = demoServices[Math.floor(random() * demoServices.length)]!;
    toDocument.push({
      id: contact.id,
      input: { version: contact.version, tenantId: contact.tenantId, leikaKey: service.leikaKey, outcome: pickOutcome(), note: null },
    });
  }
  // In batches of the same use case: one transaction and one change notice per 100.
  for (let i = 0; i < toDocument.length; i += 100) await documentContacts(supervisorCtx, toDocument.slice(i, i + 100));

  // The other channels: mail, contact form, a waiting web chat, a call-back from second level.
  const bySlug = (slug: string) => tenants.find((t) => t.slug === slug)!;
  const mails = [
    [
      'langenhagen',
      'Frage zur Hundesteuer',
      'Guten Tag, ich habe einen Hund aus dem Tierheim übernommen. Muss ich ihn anmelden und was kostet das?',
      'k.meyer@example.org',
      'Karin Meyer',
    ],
    [
      'laatzen',
      'Termin Bürgerbüro',
      'Hallo, ich brauche dringend einen neuen Reisepass. Gibt es noch Termine diese Woche?',
      'j.schulz@example.org',
      'Jan Schulz',
    ],
    [
      'region-hannover',
      'Elterngeld Bearbeitungsstand',
      'Sehr geehrte Damen und Herren, mein Antrag auf Elterngeld ist seit sechs Wochen in Bearbeitung. Können Sie mir den Stand sagen?',
      'a.yilmaz@example.org',
      'Ayşe Yılmaz',
    ],
  ] as const;
  for (const [slug, subject, body, address, name] of mails) {
    await enqueueWorkItem(ctx, {
      tenantId: bySlug(slug).id,
      channel: 'email',
      subject,
      body,
      fromAddress: address,
      fromName: name,
      sourceRef: `mail:demo-${slug}-${subject}`,
      dueAt: new Date(now.getTime() + 20 * 3600_000),
    });
  }
  await submitContactForm(
    ctx.database,
    bySlug('wunstorf').id,
    {
      name: 'Peter Lange',
      email: 'p.lange@example.org',
      subject: 'Sperrmüll abholen',
      message: 'Wie kann ich einen Termin für die Sperrmüllabholung bekommen?',
      language: 'de',
    },
    ctx.clock,
  );
  await startChat(
    ctx.database,
    bySlug('hannover').id,
    { name: 'Gast', message: 'Wo kann ich einen Bewohnerparkausweis beantragen?', language: 'de' },
    ctx.clock,
  );
}
