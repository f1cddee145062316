import './appointments.css';
import { registerPages, registerStartSections } from '../../app/nav';
import { AgentBookingPage } from './agent-booking-page';
import { DayListPage } from './day-list-page';
import { LocationsAdminPage } from './locations-admin-page';
import { AppointmentsStartSection } from './start-section';

registerPages(
  { path: '/termine/buchen', label: 'Termin buchen', roles: ['agent', 'supervisor', 'backoffice', 'admin'], component: AgentBookingPage },
  { path: '/verwaltung/terminstandorte', label: 'Terminstandorte', roles: ['admin'], component: LocationsAdminPage },
  { path: '/termine/tagesliste', label: 'Tagesliste Termine', roles: ['backoffice', 'supervisor', 'admin'], component: DayListPage },
);

registerStartSections({
  id: 'appointments',
  roles: ['agent', 'supervisor', 'backoffice', 'admin'],
  component: AppointmentsStartSection,
  order: 40,
});
