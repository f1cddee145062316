/**
 * German names for audit actions, entity types and detail fields. Actions other
 * modules add later still show, with their technical name.
 */
export const actionLabels: Record<string, string> = {
  'auth.login': 'Anmeldung',
  'auth.login_failed': 'Anmeldung fehlgeschlagen',
  'auth.login_refused_locked': 'Anmeldung abgewiesen (gesperrt)',
  'auth.login_refused_disabled': 'Anmeldung abgewiesen (deaktiviert)',
  'auth.logout': 'Abmeldung',
  'auth.password_changed': 'Eigenes Passwort geändert',
  'auth.password_change_failed': 'Passwortänderung fehlgeschlagen',
  'permission.granted': 'Konto mit Berechtigungen angelegt',
  'permission.changed': 'Berechtigungen geändert',
  'user.updated': 'Konto geändert',
  'tenant.onboarded': 'Mandant aufgenommen',
  'tenant.updated': 'Mandant geändert',
  'service_agreement.updated': 'Servicevereinbarung geändert',
  'department.created': 'Fachbereich angelegt',
  'department.updated': 'Fachbereich geändert',
  'tenant_contact.created': 'Ansprechperson angelegt',
  'tenant_contact.updated': 'Ansprechperson geändert',
  'tenant_contact.deleted': 'Ansprechperson entfernt',
  'personal_data.read': 'Personenbezogene Daten gelesen',
  'audit.searched': 'Protokoll durchsucht',
};

/** Prefixes offered as suggestions in the action filter (the API matches by prefix). */
export const actionPrefixes: { value: string; label: string }[] = [
  { value: 'permission.', label: 'Berechtigungen (alle)' },
  { value: 'auth.', label: 'Anmeldungen (alle)' },
  { value: 'personal_data.read', label: 'Lesezugriffe auf personenbezogene Daten' },
  { value: 'tenant', label: 'Mandanten und Ansprechpersonen' },
  { value: 'service_agreement.', label: 'Servicevereinbarungen' },
  { value: 'department.', label: 'Fachbereiche' },
  { value: 'audit.', label: 'Protokollsuchen' },
  ...Object.entries(actionLabels).map(([value, label]) => ({ value, label })),
];

export const entityTypeLabels: Record<string, string> = {
  user: 'Konto',
  tenant: 'Mandant',
  service_agreement: 'Servicevereinbarung',
  department: 'Fachbereich',
  tenant_contact: 'Ansprechperson',
  tenant_contacts: 'Ansprechpersonen',
};

export const fieldLabels: Record<string, string> = {
  roles: 'Rollen',
  tenantId: 'Mandant',
  departmentIds: 'Fachbereiche',
  active: 'Aktiv',
  displayName: 'Anzeigename',
  email: 'E-Mail',
  username: 'Benutzername',
  passwordHash: 'Passwort',
  lockedUntil: 'Gesperrt bis',
  failedLoginCount: 'Fehlversuche',
  passwordChangedAt: 'Passwort geändert am',
  name: 'Name',
  officialName: 'Amtlicher Name',
  lifecycle: 'Lebenszyklus',
  pilotStart: 'Pilotbeginn',
  liveStart: 'Beginn Regelbetrieb',
  endedOn: 'Beendet am',
  postalCodes: 'Postleitzahlen',
  serviceLevelPercent: 'Servicelevel (%)',
  serviceLevelSeconds: 'Servicelevel (Sekunden)',
  firstContactResolutionPercent: 'Erstlösungsquote (%)',
  replyWithinWorkingHours: 'Rückmeldung (Arbeitsstunden)',
  shortAbandonSeconds: 'Kurzabbrecher (Sekunden)',
  serviceHours: 'Servicezeiten',
  reference: 'Aktenzeichen',
  signedOn: 'Unterzeichnet am',
  termStart: 'Laufzeit von',
  termEnd: 'Laufzeit bis',
  notes: 'Anmerkungen',
  code: 'Kürzel',
  phone: 'Telefon',
  deputyEmail: 'Vertretung',
  count: 'Anzahl',
  slug: 'Kennung',
  filter: 'Suchfilter',
  fields: 'Felder',
  reason: 'Grund',
};

export const roleNames: Record<string, string> = {
  agent: 'Agent/in',
  supervisor: 'Teamleitung',
  editor: 'Redaktion',
  backoffice: 'Fachbereich',
  dispatcher: 'Leitstelle',
  billing: 'Abrechnung',
  admin: 'Administration',
  auditor: 'Revision',
};
