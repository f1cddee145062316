import './appointments.css';
import { registerPages, registerPublicPages, registerStartSections } from '../../app/nav';
import { AgentBookingPage } from './agent-booking-page';
import { DayListPage } from './day-list-page';
import { ManageAppointmentPage } from './manage-page';
import { WaitlistOfferPage } from './offer-page';
import { PublicBookingPage } from './public-booking-page';
import { AppointmentsStartSection } from './start-section';

registerPages(
  { path: '/termine/buchen', label: 'Termin buchen', roles: ['agent', 'supervisor', 'backoffice', 'admin'], component: AgentBookingPage },
  { path: '/termine/tagesliste', label: 'Tagesliste Termine', roles: ['backoffice', 'supervisor', 'admin'], component: DayListPage },
);

registerPublicPages(
  { path: '/buerger/termine', component: PublicBookingPage },
  { path: '/buerger/termine/verwalten', component: ManageAppointmentPage },
  { path: '/buerger/termine/angebot', component: WaitlistOfferPage },
);

registerStartSections({
  id: 'appointments',
  roles: ['agent', 'supervisor', 'backoffice', 'admin'],
  component: AppointmentsStartSection,
  order: 40,
});
