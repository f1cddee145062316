import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The citizen pages (no login), each loaded on its own from its feature's `public.ts` entry: a citizen
 * opening /kontakt downloads the contact form, never the staff application (decision record 0066).
 * A feature adds its citizen pages here and only here; e2e/bundle-split.e2e.test.ts reads this file's
 * imports and proves from the build manifest that none of them pulls in staff code. Kept apart so the
 * citizen part can become its own Vite entry (the citizen portal, issue 15).
 */
export interface PublicRoute {
  path: string;
  component: LazyExoticComponent<ComponentType>;
}

export const page = <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) => lazy(() => load().then((m) => ({ default: pick(m) })));

const appointments = () => import('./features/appointments/public');
const contacts = () => import('./features/contacts/public');
const knowledge = () => import('./features/knowledge/public');
const legal = () => import('./features/legal/public');
const tickets = () => import('./features/tickets/public');

export const citizenRoutes: PublicRoute[] = [
  { path: '/buerger/termine', component: page(appointments, (m) => m.PublicBookingPage) },
  { path: '/buerger/termine/verwalten', component: page(appointments, (m) => m.ManageAppointmentPage) },
  { path: '/buerger/termine/angebot', component: page(appointments, (m) => m.WaitlistOfferPage) },
  { path: '/buerger/leistungen', component: page(knowledge, (m) => m.PublicServicesPage) },
  { path: '/buerger/impressum', component: page(legal, (m) => m.ImprintPage) },
  { path: '/buerger/datenschutz', component: page(legal, (m) => m.PrivacyNoticePage) },
  { path: '/buerger/barrierefreiheit', component: page(legal, (m) => m.AccessibilityStatementPage) },
  { path: '/chat', component: page(contacts, (m) => m.PublicChatPage) },
  { path: '/antwort/:token', component: page(tickets, (m) => m.AccessLinkPage) },
  { path: '/rueckfrage/:token', component: page(tickets, (m) => m.AccessLinkPage) },
];
