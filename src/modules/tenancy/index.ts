/**
 * Public entry of the tenancy module: the only file other modules, app.ts, demo data and CLI import
 * (rules in .dependency-cruiser.cjs, decision record 0063). Tenants, service agreements, departments,
 * contacts.
 */
export { tenancyRoutes } from './tenancy.routes.js';
export {
  createContact,
  createDepartment,
  getTenantDetail,
  listAgreements,
  listDepartments,
  listTenants,
  onboardTenant,
  updateAgreement,
} from './tenancy.service.js';
export {
  findAgreementInTx,
  findDepartmentInTx,
  findTenantInTx,
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
