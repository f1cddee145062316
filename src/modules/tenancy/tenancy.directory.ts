import type { Tx } from '../../platform/db/database.js';
import * as repo from './tenancy.repository.js';
import type { AgreementRow, DepartmentRow, TenantRow } from './tenancy.repository.js';

/**
 * What other modules read from tenancy INSIDE THEIR OWN transaction (same tenant scope, same snapshot, so a
 * booking or a forwarding sees the tenant and department it checks). Read-only: changes go through the use
 * cases in tenancy.service.ts. Exported through the module's public entry (index.ts) only.
 */
export type Tenant = TenantRow;
export type Department = DepartmentRow;
export type Agreement = AgreementRow;

/** Every tenant the transaction's scope lets through, by name. */
export function listTenantsInTx(tx: Tx): Promise<Tenant[]> {
  return repo.listTenants(tx);
}

export function findTenantInTx(tx: Tx, tenantId: string): Promise<Tenant | undefined> {
  return repo.findTenant(tx, tenantId);
}

export function findDepartmentInTx(tx: Tx, tenantId: string, departmentId: string): Promise<Department | undefined> {
  return repo.findDepartment(tx, tenantId, departmentId);
}

/** The tenant's departments (its directory), by name. */
export function listDepartmentsInTx(tx: Tx, tenantId: string): Promise<Department[]> {
  return repo.listDepartments(tx, tenantId);
}

/** The tenant's service agreement (targets, service hours), if one was made. */
export function findAgreementInTx(tx: Tx, tenantId: string): Promise<Agreement | undefined> {
  return repo.findAgreement(tx, tenantId);
}

/** Coordinators' e-mail addresses (escalations). */
export function listCoordinatorEmailsInTx(tx: Tx, tenantId: string): Promise<string[]> {
  return repo.listCoordinatorEmails(tx, tenantId);
}

/** The tenant's named people (coordinator, data protection, billing …); personal data: callers audit reads they show. */
export function listContactsInTx(tx: Tx, tenantId: string) {
  return repo.listContacts(tx, tenantId);
}
