import type { Role } from '../platform/auth/roles.js';

/** One password for every demo account, documented in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'Dialog-Demo-2026!';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  /** Slug of the tenant for tenant-bound roles. */
  tenant?: string;
  /** Department names (of that tenant) for back-office staff. */
  departments?: string[];
}

export const demoAccounts: DemoAccount[] = [
  { username: 'agent', displayName: 'Anna Agentin', roles: ['agent'] },
  { username: 'agent2', displayName: 'Ben Berater', roles: ['agent'] },
  { username: 'teamleitung', displayName: 'Sven Teamleiter', roles: ['supervisor', 'agent'] },
  { username: 'leitstelle', displayName: 'Dana Disponentin', roles: ['dispatcher'] },
  { username: 'abrechnung', displayName: 'Bernd Buchhalter', roles: ['billing'] },
  // Four-eyes rule of invoices: a second billing user approves what the first checked.
  { username: 'abrechnung2', displayName: 'Berta Buchprüferin', roles: ['billing'] },
  // A tenant's billing contact: sees and downloads only Langenhagen's issued invoices.
  { username: 'rechnung.langenhagen', displayName: 'Rainer Rechnungsprüfer', roles: ['billing'], tenant: 'langenhagen' },
  { username: 'admin', displayName: 'Ada Administratorin', roles: ['admin'] },
  { username: 'revision', displayName: 'Rita Revisorin', roles: ['auditor'] },
  // Data protection staff: citizens' requests (Art. 15-18 GDPR), retention, records of processing (decision 0137).
  { username: 'datenschutz', displayName: 'Dora Datenschutz', roles: ['privacy_officer'] },
  // The city's IT service desk (IuK): known errors, mass outages, status of handed-over faults.
  { username: 'itdesk', displayName: 'Ivo IT-Service-Desk', roles: ['itdesk'], tenant: 'hannover' },
  { username: 'redaktion.zentral', displayName: 'Zora Zentralredaktion', roles: ['editor'], tenant: 'hannover' },
  { username: 'redaktion.langenhagen', displayName: 'Lena Redakteurin', roles: ['editor'], tenant: 'langenhagen' },
  // Second editors: under the four-eyes rule a draft is published by someone other than its author.
  { username: 'pruefung.zentral', displayName: 'Paul Prüfer', roles: ['editor'], tenant: 'hannover' },
  { username: 'pruefung.langenhagen', displayName: 'Petra Prüferin', roles: ['editor'], tenant: 'langenhagen' },
  { username: 'redaktion.laatzen', displayName: 'Lars Redakteur', roles: ['editor'], tenant: 'laatzen' },
  {
    username: 'fachbereich.langenhagen',
    displayName: 'Frieda Fachbereich',
    roles: ['backoffice'],
    tenant: 'langenhagen',
    departments: ['Bürgerbüro', 'Steuern und Abgaben'],
  },
  {
    username: 'fachbereich.laatzen',
    displayName: 'Lutz Fachbereich',
    roles: ['backoffice'],
    tenant: 'laatzen',
    departments: ['Bürgerbüro'],
  },
];
