/**
 * Public entry of the tenancy module: the only file other modules, app.ts, demo data and CLI import
 * (rules in .dependency-cruiser.cjs, decision record 0063). Tenants, service agreements, departments,
 * contacts.
 */
export { tenancyRoutes } from './tenancy.routes.js';
export { operatorRoutes } from './operator.routes.js';
export {
  createContact,
  createDepartment,
  eraseTenantContactsInTx,
  getTenantDetail,
  listAgreements,
  listDepartments,
  listTenants,
  onboardTenant,
  updateAgreement,
  updateTenant,
} from './tenancy.service.js';
export {
  entersOperation,
  registerEnteredOperationHook,
  registerLifecycleGate,
  type EnteredOperationHook,
  type LifecycleGate,
  type ReadinessCheck,
} from './lifecycle-gate.js';
export {
  findAgreementInTx,
  findDepartmentInTx,
  findTenantInTx,
  listContactsInTx,
  listDepartmentsInTx,
  listCoordinatorEmailsInTx,
  listTenantsInTx,
  type Agreement,
  type Department,
  type Tenant,
} from './tenancy.directory.js';
export { listTenantsCount } from './tenancy.bootstrap.js';
export { defaultServiceHours, tenantSeeds, type TenantSeed } from './tenants.data.js';
export type { ServiceHours } from './tenancy.schema.js';
export { isValidLeitwegId, leitwegCheckDigits, makeLeitwegId } from './leitweg-id.js';
export { municipalitiesForPostalCode } from './postal-codes.data.js';
