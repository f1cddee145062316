import '../admin/admin.css';
import './privacy.css';
import type { Me } from '../../app/session';
import { registerPages, registerStartSections } from '../../app/nav';
import { PrivacyStartSection } from './privacy-start-section';
import { ProcessingRecordsPage } from './records-page';
import { PrivacyRequestsPage } from './requests-page';
import { RetentionPage } from './retention-page';

// Data protection is center-wide work: staff bound to one tenant have none of it (the API refuses them too).
const centerStaff = (me: Me) => me.user.tenantId === null;

registerPages(
  {
    path: '/datenschutz/anfragen',
    label: 'Betroffenenanfragen',
    roles: ['privacy_officer', 'auditor'],
    component: PrivacyRequestsPage,
    when: centerStaff,
  },
  {
    path: '/datenschutz/aufbewahrung',
    label: 'Aufbewahrungsfristen',
    roles: ['privacy_officer', 'admin', 'auditor'],
    component: RetentionPage,
    when: centerStaff,
  },
  {
    path: '/datenschutz/verzeichnis',
    label: 'Verarbeitungsverzeichnis',
    roles: ['privacy_officer', 'admin', 'auditor'],
    component: ProcessingRecordsPage,
    when: centerStaff,
  },
);
registerStartSections({ id: 'privacy-overview', roles: ['privacy_officer'], component: PrivacyStartSection, order: 40 });
