import PDFDocument from 'pdfkit';
import type { UseCaseContext } from '../../platform/context.js';
import { localDate } from '../../platform/time/berlin-time.js';
import type { Actor } from '../../platform/auth/actor.js';
import { ALL_TENANTS } from '../../platform/db/database.js';
import { listUsers } from '../accounts/index.js';
import { completeLocalPartsDueForReviewInTx, localPartCoverageInTx, verifyEntry } from '../knowledge/index.js';
import { setTrainedAgents } from '../routing/index.js';
import { createDepartment, listTenants, type Tenant } from '../tenancy/index.js';
import { getOnboarding, updateOnboarding, updateStep, uploadDocument } from './onboarding.service.js';
import { onboardingStepKeys } from './onboarding.schema.js';

/**
 * Demo onboarding through the same use cases (decision 0170): Hannover and the pilot tenants have
 * their agreement's steps done, the processing agreement signed and trained agents, so every mandatory
 * check passes; Garbsen is half-way (some steps open, a department without contact, no offices though
 * bookings are agreed, no billing data, one trained agent, a go-live planned); the other planned
 * tenants have not started. Idempotent: does nothing once any onboarding exists.
 */
export async function seedOnboardingDemo(ctx: UseCaseContext): Promise<void> {
  const tenants = await listTenants(ctx);
  const garbsen = tenants.find((t) => t.slug === 'garbsen');
  if (!garbsen || (await getOnboarding(ctx, garbsen.id)).onboarding.version > 0) return;
  const users = await listUsers(ctx);
  const agentIds = ['agent', 'agent2', 'teamleitung']
    .map((u) => users.find((x) => x.username === u)?.id)
    .filter((id): id is string => !!id);
  const today = localDate(ctx.clock.now());

  for (const tenant of tenants.filter((t) => t.lifecycle === 'pilot' || t.lifecycle === 'live')) {
    const start = (tenant.pilotStart ?? tenant.liveStart)!;
    await updateOnboarding(ctx, tenant.id, {
      version: 0,
      answeredCategories: [],
      forwardedServices: 'Anliegen, die der erste Kontakt nicht klären kann, an den zuständigen Fachbereich (zweite Ebene).',
      // Every pilot tenant has offices in the appointment demo.
      includesBookings: true,
      bookedServices: 'Termine der Bürgerämter (und der Ausländerbehörde der Region).',
      technicalNotes: 'Rufumleitung der Servicenummer auf die ACD-Warteschlange des DialogCenters; Konten für die Redaktion.',
      processingAgreementSignedOn: shiftDays(start, -30),
      noticeMonths: 12,
    });
    for (const [i, key] of onboardingStepKeys.entries()) {
      await updateStep(ctx, tenant.id, key, {
        version: 0,
        owner: key === 'data_protection' || key === 'cost_refund' ? 'municipality' : 'center',
        status: 'done',
        dueOn: null,
        doneOn: shiftDays(start, -40 + i * 5),
        note: null,
      });
    }
    await setTrainedAgents(ctx, tenant.id, agentIds);
    await catchUpOnReviews(ctx, tenant, today);
    if (tenant.slug === 'langenhagen') {
      await uploadDocument(ctx, tenant.id, {
        stepKey: 'tasks',
        fileName: 'Zweckvereinbarung DialogCenter Langenhagen (unterzeichnet).pdf',
        content: await agreementPdf(ctx, tenant, start),
      });
    }
  }

  // Garbsen, half-way: what is done, what is open, and why checks fail.
  await updateOnboarding(ctx, garbsen.id, {
    version: 0,
    answeredCategories: ['buergeramt', 'standesamt', 'abfall', 'steuern'],
    forwardedServices: 'Bürgeramt, Standesamt, Abfall, Steuern: was der erste Kontakt nicht klärt, an den Fachbereich.',
    includesBookings: true,
    bookedServices: 'Personalausweis, Reisepass, Meldebescheinigung im Bürgeramt Garbsen.',
    technicalNotes: 'Rufumleitung beantragt; ACD-Warteschlange dc-garbsen eingerichtet.',
    processingAgreementSignedOn: shiftDays(today, -10),
    noticeMonths: 12,
    goLiveOn: firstOfMonthAfter(today, 2),
    goLiveLifecycle: 'pilot',
  });
  const garbsenSteps = {
    tasks: {
      status: 'done',
      doneOn: shiftDays(today, -30),
      dueOn: null,
      note: 'Leistungskatalog mit dem Fachbereich Bürgerdienste abgestimmt.',
    },
    technical: {
      status: 'in_progress',
      doneOn: null,
      dueOn: shiftDays(today, 14),
      note: 'Standort Bürgeramt und Öffnungszeiten fehlen noch.',
    },
    data_protection: { status: 'done', doneOn: shiftDays(today, -10), dueOn: null, note: null },
    cost_refund: {
      status: 'open',
      doneOn: null,
      dueOn: shiftDays(today, 21),
      note: 'Leitweg-ID und Rechnungsanschrift von der Kämmerei erbeten.',
    },
    term: { status: 'open', doneOn: null, dueOn: shiftDays(today, 21), note: null },
  } as const;
  for (const key of onboardingStepKeys) {
    await updateStep(ctx, garbsen.id, key, {
      version: 0,
      owner: key === 'data_protection' || key === 'cost_refund' ? 'municipality' : 'center',
      ...garbsenSteps[key],
    });
  }
  await createDepartment(ctx, garbsen.id, {
    name: 'Stabsstelle Digitalisierung',
    code: 'StS 10',
    email: null,
    phone: null,
    deputyEmail: null,
  });
  if (agentIds[0]) await setTrainedAgents(ctx, garbsen.id, [agentIds[0]]);
}

/**
 * The demo knowledge base keeps about one local part in 17 overdue (work for the freshness dashboard),
 * which leaves some tenants just under the 90 % readiness share: their editors re-verify due entries
 * until 92 % are complete and verified, always leaving a few overdue for the dashboard.
 */
async function catchUpOnReviews(ctx: UseCaseContext, tenant: Tenant, today: string) {
  const { coverage, due } = await ctx.database.scoped(ALL_TENANTS, async (tx) => ({
    coverage: await localPartCoverageInTx(tx, tenant, [], today),
    due: await completeLocalPartsDueForReviewInTx(tx, tenant.id, today),
  }));
  const needed = Math.ceil(coverage.services * 0.92) - coverage.ready;
  if (needed <= 0) return;
  const editor: Actor = {
    userId: null,
    username: `redaktion.${tenant.slug}`,
    displayName: `Redaktion ${tenant.name}`,
    roles: ['editor'],
    tenantId: tenant.id,
    departmentIds: [],
  };
  for (const leikaKey of due.slice(0, Math.min(needed, Math.max(0, due.length - 3)))) {
    await verifyEntry({ ...ctx, actor: editor }, leikaKey, 'local');
  }
}

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function firstOfMonthAfter(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
}

/** A short stand-in for the signed agreement (demo only). */
function agreementPdf(ctx: UseCaseContext, tenant: Tenant, start: string): Promise<Buffer> {
  const created = ctx.clock.now();
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Zweckvereinbarung ${tenant.name}`, CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.fontSize(16).text(`Zweckvereinbarung über das DialogCenter`);
  pdf.moveDown().fontSize(11).text(`zwischen der Landeshauptstadt Hannover und der ${tenant.officialName}`);
  pdf
    .moveDown()
    .text(
      `Beginn: ${start.split('-').reverse().join('.')}. Aufgaben, technische Voraussetzungen, Datenschutz, Kostenerstattung und Laufzeit wie vereinbart.`,
    );
  pdf.moveDown().text('(Demo-Dokument)');
  pdf.end();
  return done;
}
