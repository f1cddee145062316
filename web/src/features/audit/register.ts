import '../admin/admin.css';
import { registerPages, registerStartSections } from '../../app/nav';
import { AuditPage } from './audit-page';
import { PermissionChangesSection } from './permission-changes-section';

registerPages({ path: '/revision', label: 'Protokoll', roles: ['auditor'], component: AuditPage });
registerStartSections({ id: 'foundation-audit-permission-changes', roles: ['auditor'], component: PermissionChangesSection, order: 40 });
