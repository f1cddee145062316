import './billing.css';
import { registerPages, registerStartSections } from '../../app/nav';
import type { Me } from '../../app/session';
import { CostPlanPage } from './cost-plan-page';
import { InvoiceDetailPage } from './invoice-detail-page';
import { InvoicesPage } from './invoices-page';
import { BillingPreviewPage } from './preview-page';
import { SellerPage } from './seller-page';
import { BillingStartSection } from './start-section';

/** The center's billing staff (role billing, bound to no tenant); a tenant's billing contact only reads its invoices. */
const centerStaff = (me: Me) => me.user.tenantId === null;

registerPages(
  { path: '/abrechnung', label: 'Abrechnung', roles: ['billing'], component: BillingPreviewPage, when: centerStaff },
  { path: '/abrechnung/rechnungen', label: 'Rechnungen', roles: ['billing'], component: InvoicesPage },
  { path: '/abrechnung/rechnungen/:invoiceId', label: 'Rechnung', roles: ['billing'], component: InvoiceDetailPage, inNav: false },
  { path: '/abrechnung/kostenplan', label: 'Kostenplan', roles: ['billing'], component: CostPlanPage, when: centerStaff },
  { path: '/abrechnung/stammdaten', label: 'Rechnungssteller', roles: ['billing'], component: SellerPage, when: centerStaff },
);
registerStartSections({ id: 'billing-start', roles: ['billing'], component: BillingStartSection, order: 40 });
