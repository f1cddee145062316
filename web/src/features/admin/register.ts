import './admin.css';
import { registerPages, registerShellBanners, registerStartSections } from '../../app/nav';
import { ApiTokensPage } from './api-tokens-page';
import { OnboardingPage } from './onboarding-page';
import { AdminOverviewSection } from './start-sections/admin-overview-section';
import { BillingParticipantsSection, DispatcherDeskSection, SupervisorTargetsSection } from './start-sections/center-role-sections';
import { BackofficeDepartmentsSection, EditorTenantSection } from './start-sections/tenant-staff-sections';
import { TelephonyPage } from './telephony-page';
import { TenantChangesBanner } from './tenant-changes-banner';
import { TenantDetailPage } from './tenant-detail-page';
import { TenantListPage } from './tenant-list-page';
import { UserEditPage } from './user-edit-page';
import { UsersPage } from './users-page';

registerPages(
  { path: '/verwaltung/mandanten', label: 'Mandanten', roles: ['admin'], component: TenantListPage },
  { path: '/verwaltung/mandanten/:tenantId', label: 'Mandant', roles: ['admin'], component: TenantDetailPage, inNav: false },
  { path: '/verwaltung/mandanten/:tenantId/onboarding', label: 'Onboarding', roles: ['admin'], component: OnboardingPage, inNav: false },
  { path: '/verwaltung/konten', label: 'Konten', roles: ['admin'], component: UsersPage },
  { path: '/verwaltung/konten/neu', label: 'Neues Konto', roles: ['admin'], component: UserEditPage, inNav: false },
  { path: '/verwaltung/konten/:userId', label: 'Konto', roles: ['admin'], component: UserEditPage, inNav: false },
  { path: '/verwaltung/telefonie', label: 'Telefonie', roles: ['admin'], component: TelephonyPage },
  { path: '/verwaltung/api-tokens', label: 'API-Tokens', roles: ['admin'], component: ApiTokensPage },
);

// Foundation overviews per role, ids prefixed "foundation-" so the modules' own sections (default order 50) can sit beside them.
registerStartSections(
  { id: 'foundation-admin-overview', roles: ['admin'], component: AdminOverviewSection, order: 40 },
  { id: 'foundation-supervisor-targets', roles: ['supervisor'], component: SupervisorTargetsSection, order: 80 },
  { id: 'foundation-billing-participants', roles: ['billing'], component: BillingParticipantsSection, order: 80 },
  { id: 'foundation-dispatcher-desk', roles: ['dispatcher'], component: DispatcherDeskSection, order: 80 },
  { id: 'foundation-editor-tenant', roles: ['editor'], component: EditorTenantSection, order: 80 },
  { id: 'foundation-backoffice-departments', roles: ['backoffice'], component: BackofficeDepartmentsSection, order: 80 },
);

// Agents and supervisors learn about municipalities joining or leaving (onboarding, decision 0170).
registerShellBanners({ id: 'onboarding-tenant-changes', roles: ['agent', 'supervisor'], component: TenantChangesBanner });
