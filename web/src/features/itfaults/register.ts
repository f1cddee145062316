import { registerPages, registerShellBanners, registerStartSections } from '../../app/nav';
import { FaultDetailPage } from './fault-detail-page';
import { FaultListPage } from './fault-list-page';
import { IntakePage } from './intake-page';
import './itfaults.css';
import { KnownErrorsPage } from './known-errors-page';
import { OutageBanner } from './outage-banner';
import { OutagesPage } from './outages-page';
import { ItFaultReportPage } from './report-page';
import { ItFaultsStartSection } from './start-section';

registerPages(
  { path: '/it-stoerungen/neu', label: 'IT-Störung aufnehmen', roles: ['agent', 'supervisor', 'itdesk'], component: IntakePage },
  // The list's nav entry is /it-stoerungen/liste: the navigation marks an entry on every path below it.
  { path: '/it-stoerungen/liste', label: 'IT-Störungen', roles: ['agent', 'supervisor', 'itdesk'], component: FaultListPage },
  { path: '/it-stoerungen', label: 'IT-Störungen', roles: ['agent', 'supervisor', 'itdesk'], component: FaultListPage, inNav: false },
  {
    path: '/it-stoerungen/bekannte-fehler',
    label: 'Bekannte IT-Fehler',
    roles: ['agent', 'supervisor', 'itdesk'],
    component: KnownErrorsPage,
  },
  { path: '/it-stoerungen/leitstand', label: 'IT-Massenstörungen', roles: ['supervisor', 'itdesk'], component: OutagesPage },
  { path: '/it-stoerungen/:id', label: 'IT-Störung', roles: ['agent', 'supervisor', 'itdesk'], component: FaultDetailPage, inNav: false },
  { path: '/berichte/it-stoerungen', label: 'Pilotbewertung: IT-Störungen', roles: ['supervisor', 'itdesk'], component: ItFaultReportPage },
);

// The outage banner stands above every page of agents and supervisors while an outage is open.
registerShellBanners({ id: 'itfaults-outage', roles: ['agent', 'supervisor'], component: OutageBanner });

registerStartSections({ id: 'itfaults', roles: ['agent', 'supervisor', 'itdesk'], component: ItFaultsStartSection, order: 35 });
