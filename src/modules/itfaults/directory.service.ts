import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/app-error.js';
import { listDepartmentsInTx, listTenantsInTx } from '../tenancy/index.js';
import { categoryLabels } from './fault-view.js';
import { itFaultsPolicy } from './itfaults.policy.js';
import { faultCategories } from './itfaults.schema.js';
import type { ItFaultSettings } from './itfaults.settings.js';
import { impactLabels, priorityMatrix, urgencies, urgencyLabels } from './priority.js';
import { targetList } from './report.service.js';

/** What the intake form needs: the host's departments, categories, the matrix and the targets. */
export async function getDirectory(ctx: UseCaseContext, settings: ItFaultSettings) {
  itFaultsPolicy.assertCanRead(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const tenants = await listTenantsInTx(tx);
    const tenant = tenants.find((t) => t.isHost) ?? (ctx.actor.tenantId ? tenants.find((t) => t.id === ctx.actor.tenantId) : undefined);
    if (!tenant) throw new AppError('NOT_FOUND', 'Es gibt keinen Trägermandanten für IT-Störungen.');
    const departments = (await listDepartmentsInTx(tx, tenant.id)).filter((d) => d.active);
    return {
      tenantId: tenant.id,
      tenantName: tenant.name,
      departments: departments.map((d) => ({ id: d.id, name: d.name, code: d.code })),
      categories: faultCategories.map((value) => ({ value, label: categoryLabels[value] })),
      matrix: priorityMatrix.map((row) => ({ impact: row.impact, label: impactLabels[row.impact], cells: row.cells })),
      urgencies: urgencies.map((value) => ({ value, label: urgencyLabels[value] })),
      targets: targetList(settings),
      handover: { mail: !!settings.mailTo, webhook: !!settings.webhookUrl },
    };
  });
}
