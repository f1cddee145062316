import { systemActor } from '../platform/auth/actor.js';
import type { Database } from '../platform/db/database.js';
import { countRows } from '../platform/db/row-counts.repository.js';
import type { UseCaseContext } from '../platform/context.js';
import { createUser, listUsers } from '../modules/accounts/index.js';
import { systemClock, type Clock } from '../platform/time/clock.js';
import { createContact, createDepartment, getTenantDetail, listTenants, onboardTenant, tenantSeeds } from '../modules/tenancy/index.js';
import { seedAppointmentsDemo } from '../modules/appointments/index.js';
import { seedTicketsDemo, seedTicketsHistory } from '../modules/tickets/index.js';
import { seedContactsDemo } from '../modules/contacts/index.js';
import { seedDispatchDemo } from '../modules/dispatch/index.js';
import { seedBillingDemo } from '../modules/billing/index.js';
import { seedItFaultsDemo } from '../modules/itfaults/index.js';
import { seedKnowledgeBase } from '../modules/knowledge/index.js';
import { seedOnboardingDemo } from '../modules/onboarding/index.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';
import { demoMailDomain, municipalDepartments, regionDepartments } from './demo-departments.js';

/**
 * Demo data through the same use cases users call (so it is audited and
 * validated like real input). Idempotent: what exists is left alone.
 * Other modules add their demo data through `demoSeeders`.
 */
export type DemoSeeder = (ctx: UseCaseContext) => Promise<void>;
export const demoSeeders: DemoSeeder[] = [
  seedKnowledgeBase,
  seedAppointmentsDemo,
  seedContactsDemo,
  // The history first: reference numbers then rise with the requests' dates.
  seedTicketsHistory,
  seedTicketsDemo,
  seedDispatchDemo,
  seedBillingDemo,
  seedItFaultsDemo,
  seedOnboardingDemo,
];

/**
 * How each demo step is named in the start-up progress and which tables' rows it reports
 * (table name -> German singular and plural). A seeder without an entry is shown by its function name.
 */
export const demoStepInfo = new Map<DemoSeeder, { label: string; counts: Record<string, Plural>; afterListen?: boolean }>([
  [
    seedKnowledgeBase,
    {
      label: 'Wissensbasis',
      counts: {
        knowledge_services: ['Leistung', 'Leistungen'],
        knowledge_local_parts: ['örtlicher Teil', 'örtliche Teile'],
        knowledge_synonyms: ['Synonym', 'Synonyme'],
      },
    },
  ],
  // afterListen: history and today's traffic; the first start listens without waiting for them (main.ts).
  [
    seedAppointmentsDemo,
    {
      label: 'Termine',
      afterListen: true,
      counts: {
        appointment_locations: ['Standort', 'Standorte'],
        appointment_opening_hours: ['Öffnungszeit', 'Öffnungszeiten'],
        appointments: ['Termin', 'Termine'],
      },
    },
  ],
  [
    seedContactsDemo,
    {
      label: 'Kontakte und Telefonie',
      afterListen: true,
      counts: {
        calls: ['Anruf', 'Anrufe'],
        contacts: ['Kontakt', 'Kontakte'],
        work_items: ['Warteschlangeneintrag', 'Warteschlangeneinträge'],
      },
    },
  ],
  // The dispatch desk is not needed for a first login either (about 2 s of a first start).
  [
    seedDispatchDemo,
    {
      label: 'Einsatzleitstelle',
      afterListen: true,
      counts: { dispatch_units: ['Einsatzmittel', 'Einsatzmittel'], dispatch_incidents: ['Einsatz', 'Einsätze'] },
    },
  ],
  [
    seedBillingDemo,
    {
      label: 'Abrechnung',
      afterListen: true,
      counts: { billing_cost_items: ['Kostenposition', 'Kostenpositionen'], billing_invoices: ['Rechnung', 'Rechnungen'] },
    },
  ],
  [
    seedTicketsHistory,
    {
      label: 'Anliegen der zweiten Ebene seit Pilotbeginn',
      afterListen: true,
      counts: { service_requests: ['Anliegen', 'Anliegen'], callback_tasks: ['Rückruf', 'Rückrufe'] },
    },
  ],
  [
    seedTicketsDemo,
    {
      label: 'Anliegen der zweiten Ebene',
      afterListen: true,
      counts: { service_requests: ['Anliegen', 'Anliegen'], outbox_mail: ['Mail', 'Mails'] },
    },
  ],
  [
    seedItFaultsDemo,
    {
      label: 'IT-Störungen',
      // Not needed for a first login either.
      afterListen: true,
      counts: { it_faults: ['IT-Störung', 'IT-Störungen'], it_known_errors: ['bekannter Fehler', 'bekannte Fehler'] },
    },
  ],
  [
    seedOnboardingDemo,
    {
      label: 'Onboarding',
      counts: { tenant_onboarding: ['Onboarding', 'Onboardings'], onboarding_steps: ['Schritt', 'Schritte'] },
    },
  ],
]);

/** German singular and plural of what a count counts. */
export type Plural = readonly [one: string, other: string];

/** One finished demo step, for the progress line (main.ts prints it). */
export interface DemoStepReport {
  step: number;
  of: number;
  label: string;
  counts: { what: Plural; n: number }[];
  ms: number;
}

export interface SeedOptions {
  /** Called after each step; `formatDemoStep` makes the German line. */
  progress?: (report: DemoStepReport) => void;
  /**
   * Which steps: all (default: tests, demo:reset), only those a first login needs
   * (`beforeListen`: tenants, accounts, knowledge base) or the rest (`afterListen`).
   */
  only?: 'beforeListen' | 'afterListen';
  /** Checked between steps: a shutdown lets the running step finish and skips the rest. */
  signal?: AbortSignal;
  /** "Now" of the demo data (today's calls, recent requests, appointments); tests pass a fixed clock. */
  clock?: Clock;
}

function demoSteps() {
  return [
    {
      label: 'Mandanten und Fachbereiche',
      counts: { tenants: ['Mandant', 'Mandanten'], departments: ['Fachbereich', 'Fachbereiche'] } as Record<string, Plural>,
      run: seedTenantsAndDepartments,
      afterListen: false,
    },
    { label: 'Konten', counts: { users: ['Konto', 'Konten'] } as Record<string, Plural>, run: seedAccounts, afterListen: false },
    ...demoSeeders.map((run) => ({
      label: run.name,
      counts: {} as Record<string, Plural>,
      afterListen: false,
      ...demoStepInfo.get(run),
      run,
    })),
  ];
}

export async function seedDemoData(database: Database, { progress, only, signal, clock = systemClock }: SeedOptions = {}): Promise<void> {
  // After listen the server must keep answering: PGlite runs queries synchronously on this thread
  // and resolves them as microtasks, so without a macrotask turn between transactions no request
  // would be served until the seeding ends. setImmediate before each transaction lets I/O in.
  const shared: Database =
    only === 'afterListen'
      ? { ...database, scoped: async (scope, fn) => (await new Promise((r) => setImmediate(r)), database.scoped(scope, fn)) }
      : database;
  const ctx: UseCaseContext = { database: shared, actor: systemActor('demo-seed'), clock };
  const steps = demoSteps();
  for (const [index, step] of steps.entries()) {
    if ((only === 'beforeListen' && step.afterListen) || (only === 'afterListen' && !step.afterListen)) continue;
    if (signal?.aborted) return;
    const started = performance.now();
    await step.run(ctx);
    const ms = performance.now() - started;
    if (!progress) continue;
    const rows = await countRows(database, Object.keys(step.counts));
    const counts = Object.entries(step.counts).map(([table, what]) => ({ what, n: rows[table] ?? 0 }));
    progress({ step: index + 1, of: steps.length, label: step.label, counts, ms });
  }
}

/** "Demodaten 3/6 Wissensbasis: 312 Leistungen, 40 örtliche Teile (2,4 s)" */
export function formatDemoStep(report: DemoStepReport): string {
  const number = new Intl.NumberFormat('de-DE');
  const seconds = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(report.ms / 1000);
  const plural = new Intl.PluralRules('de-DE');
  const counts = report.counts.map(({ what, n }) => `${number.format(n)} ${plural.select(n) === 'one' ? what[0] : what[1]}`);
  return `Demodaten ${report.step}/${report.of} ${report.label}${counts.length ? `: ${counts.join(', ')}` : ''} (${seconds} s)`;
}

/** The 22 tenants only: the minimum a fresh production installation needs. */
export async function seedTenants(database: Database, { clock = systemClock }: SeedOptions = {}): Promise<void> {
  const ctx: UseCaseContext = { database, actor: systemActor('setup'), clock };
  for (const seed of tenantSeeds) await onboardTenant(ctx, seed);
}

async function seedTenantsAndDepartments(ctx: UseCaseContext) {
  for (const seed of tenantSeeds) {
    const tenant = await onboardTenant(ctx, seed);
    const detail = await getTenantDetail(ctx, tenant.id);
    if (detail.departments.length > 0) continue;
    const domain = demoMailDomain(seed.slug);
    const units = seed.kind === 'region' ? regionDepartments : municipalDepartments;
    for (const unit of units) {
      await createDepartment(ctx, tenant.id, {
        name: unit.name,
        code: unit.code,
        email: `${unit.local}@${domain}`,
        phone: null,
        deputyEmail: `${unit.local}-vertretung@${domain}`,
      });
    }
    await createContact(ctx, tenant.id, {
      name: `Koordination DialogCenter ${seed.name}`,
      function: 'coordinator',
      email: `dialogcenter@${domain}`,
    });
    await createContact(ctx, tenant.id, {
      name: `Datenschutzbeauftragte/r ${seed.name}`,
      function: 'data_protection',
      email: `datenschutz@${domain}`,
    });
  }
}

async function seedAccounts(ctx: UseCaseContext) {
  const existing = new Set((await listUsers(ctx)).map((u) => u.username));
  const tenants = await listTenants(ctx);
  for (const account of demoAccounts) {
    if (existing.has(account.username)) continue;
    const tenant = account.tenant ? tenants.find((t) => t.slug === account.tenant) : undefined;
    let departmentIds: string[] = [];
    if (tenant && account.departments) {
      const detail = await getTenantDetail(ctx, tenant.id);
      departmentIds = detail.departments.filter((d) => account.departments!.includes(d.name)).map((d) => d.id);
    }
    await createUser(ctx, {
      username: account.username,
      displayName: account.displayName,
      email: `${account.username}@dialogcenter.demo.example.org`,
      password: DEMO_PASSWORD,
      roles: account.roles,
      tenantId: tenant?.id ?? null,
      departmentIds,
    });
  }
}
