import './billing.css';
import { registerPages, registerStartSections } from '../../app/nav';
import { CostPlanPage } from './cost-plan-page';
import { InvoicesPage } from './invoices-page';
import { BillingPreviewPage } from './preview-page';
import { BillingStartSection } from './start-section';

registerPages(
  { path: '/abrechnung', label: 'Abrechnung', roles: ['billing'], component: BillingPreviewPage },
  { path: '/abrechnung/rechnungen', label: 'Rechnungen', roles: ['billing'], component: InvoicesPage },
  { path: '/abrechnung/kostenplan', label: 'Kostenplan', roles: ['billing'], component: CostPlanPage },
);
registerStartSections({ id: 'billing-start', roles: ['billing'], component: BillingStartSection, order: 40 });
