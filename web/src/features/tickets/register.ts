import { registerPages, registerStartSections } from '../../app/nav';
import { CallbacksPage } from './callbacks-page';
import { ClosingDaysPage } from './closing-days-page';
import { ForwardPage } from './forward-page';
import { OnTimeReportPage } from './on-time-report-page';
import { ProposalsPage } from './proposals-page';
import { RequestDetailPage } from './request-detail-page';
import { RequestListPage } from './request-list-page';
import { SecondLevelStartSection } from './start-section';

registerPages(
  { path: '/weiterleitung/neu', label: 'Anliegen weiterleiten', roles: ['agent', 'supervisor'], component: ForwardPage },
  { path: '/anliegen', label: 'Zweite Ebene', roles: ['agent', 'supervisor', 'backoffice', 'admin'], component: RequestListPage },
  {
    path: '/anliegen/:id',
    label: 'Anfrage',
    roles: ['agent', 'supervisor', 'backoffice', 'admin'],
    component: RequestDetailPage,
    inNav: false,
  },
  { path: '/rueckrufe', label: 'Rückrufe', roles: ['agent', 'supervisor'], component: CallbacksPage },
  { path: '/berichte/fristtreue', label: 'Fristtreue 2. Ebene', roles: ['supervisor', 'admin'], component: OnTimeReportPage },
  { path: '/verwaltung/schliesstage', label: 'Schließtage', roles: ['admin'], component: ClosingDaysPage },
  { path: '/wissen/vorschlaege', label: 'Vorschläge 2. Ebene', roles: ['editor', 'supervisor'], component: ProposalsPage },
);

registerStartSections({
  id: 'tickets-second-level',
  roles: ['agent', 'supervisor', 'backoffice'],
  component: SecondLevelStartSection,
  order: 30,
});
