/**
 * The one error type of the application. Every failure a user can meet has a
 * stable code (for clients and tests), an HTTP status (mapped here, in one place)
 * and a German message for people. Technical detail stays in logs.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, title: 'Die Eingaben sind nicht gültig.' },
  BAD_REQUEST: { status: 400, title: 'Die Anfrage ist fehlerhaft.' },
  UNAUTHENTICATED: { status: 401, title: 'Bitte melden Sie sich an.' },
  INVALID_CREDENTIALS: { status: 401, title: 'Benutzername oder Passwort ist falsch.' },
  ACCOUNT_LOCKED: { status: 423, title: 'Das Konto ist vorübergehend gesperrt.' },
  ACCOUNT_DISABLED: { status: 403, title: 'Das Konto ist deaktiviert.' },
  FORBIDDEN: { status: 403, title: 'Dafür fehlt Ihnen die Berechtigung.' },
  CROSS_SITE_REQUEST: { status: 403, title: 'Anfragen von fremden Seiten werden abgewiesen.' },
  BREAK_GLASS_REQUIRED: {
    status: 403,
    title: 'Personenbezogene Daten liest die Administration nur im Notfall mit Begründung (Notfallzugriff, wird protokolliert).',
  },
  FOUR_EYES_REQUIRED: { status: 403, title: 'Hier muss eine zweite Person prüfen und freigeben.' },
  NOT_FOUND: { status: 404, title: 'Der Eintrag wurde nicht gefunden.' },
  CONFLICT: { status: 409, title: 'Der Eintrag wurde inzwischen geändert oder existiert bereits.' },
  NOT_READY: { status: 409, title: 'Es fehlen noch Voraussetzungen.' },
  TOO_MANY_REQUESTS: { status: 429, title: 'Zu viele Anfragen. Bitte warten Sie einen Moment.' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Die Anfrage ist zu groß.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Dieses Datenformat wird nicht unterstützt.' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Der Dienst ist gerade nicht verfügbar.' },
  INTERNAL: { status: 500, title: 'Ein unerwarteter Fehler ist aufgetreten.' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `targets.serviceLevelPercent`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** German sentence for the user; defaults to the catalogue title. */
  readonly userMessage: string;
  readonly issues?: FieldIssue[];
  /** Further extension members of the problem details (e.g. `checks` of a refused go-live), plain JSON. */
  readonly extensions?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    userMessage?: string,
    options?: { issues?: FieldIssue[]; cause?: unknown; extensions?: Record<string, unknown> },
  ) {
    super(userMessage ?? errorCatalogue[code].title, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage ?? errorCatalogue[code].title;
    this.issues = options?.issues;
    this.extensions = options?.extensions;
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export const notFound = (what = 'Der Eintrag') => new AppError('NOT_FOUND', `${what} wurde nicht gefunden.`);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
