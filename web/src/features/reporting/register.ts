import { registerPages } from '../../app/nav';
import { CallsReportPage } from './calls-report-page';
import { PilotEvaluationPage } from './pilot-page';

registerPages(
  { path: '/berichte/anrufe', label: 'Anrufbericht', roles: ['supervisor', 'admin'], component: CallsReportPage },
  { path: '/berichte/pilot', label: 'Pilotbewertung', roles: ['supervisor', 'admin'], component: PilotEvaluationPage },
);
