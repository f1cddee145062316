import { systemActor } from '../platform/auth/actor.js';
import type { Database } from '../platform/db/database.js';
import type { UseCaseContext } from '../platform/context.js';
import { createUser, listUsers } from '../modules/accounts/index.js';
import {
  createContact,
  createDepartment,
  getTenantDetail,
  listTenants,
  onboardTenant,
  tenantSeeds,
} from '../modules/tenancy/index.js';
import { seedAppointmentsDemo } from '../modules/appointments/index.js';
import { seedTicketsDemo } from '../modules/tickets/index.js';
import { seedContactsDemo } from '../modules/contacts/index.js';
import { seedDispatchDemo } from '../modules/dispatch/index.js';
import { seedKnowledgeBase } from '../modules/knowledge/index.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';
import { demoMailDomain, municipalDepartments, regionDepartments } from './demo-departments.js';

/**
 * Demo data through the same use cases users call (so it is audited and
 * validated like real input). Idempotent: what exists is left alone.
 * Other modules add their demo data through `demoSeeders`.
 */
export type DemoSeeder = (ctx: UseCaseContext) => Promise<void>;
export const demoSeeders: DemoSeeder[] = [seedKnowledgeBase, seedAppointmentsDemo, seedContactsDemo, seedTicketsDemo, seedDispatchDemo];

export async function seedDemoData(database: Database): Promise<void> {
  const ctx: UseCaseContext = { database, actor: systemActor('demo-seed') };
  await seedTenantsAndDepartments(ctx);
  await seedAccounts(ctx);
  for (const seeder of demoSeeders) await seeder(ctx);
}

/** The 22 tenants only: the minimum a fresh production installation needs. */
export async function seedTenants(database: Database): Promise<void> {
  const ctx: UseCaseContext = { database, actor: systemActor('setup') };
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
