import { isIP } from 'node:net';
import { z } from 'zod';
import { roles, type Role } from './platform/auth/roles.js';
import { DEFAULT_BUSINESS_TIME_ZONE, isValidTimeZone } from './platform/time/berlin-time.js';

/** Names proxy-addr (Fastify's trustProxy) understands for whole address ranges. */
const proxyRangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One TRUST_PROXY entry: an IPv4/IPv6 address, a CIDR range, or loopback/linklocal/uniquelocal. */
export function isProxyAddress(entry: string): boolean {
  if (proxyRangeNames.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: which peers may tell us the client's address in X-Forwarded-For.
 * Off (unset or `false`): request.ip is the socket's peer and the header is ignored.
 * Otherwise a comma-separated list of the reverse proxies' addresses or CIDR ranges.
 * `true` (trust anyone) is refused: any client could then forge its address.
 */
const trustProxySchema = z
  .string()
  .default('false')
  .transform((value, ctx): false | string[] => {
    const trimmed = value.trim();
    if (trimmed === 'false') return false;
    if (trimmed === 'true') {
      ctx.addIssue({
        code: 'custom',
        message:
          'TRUST_PROXY=true würde jedem Absender vertrauen; bitte die Adressen der eigenen Reverse-Proxys angeben (z. B. 127.0.0.1 oder 10.0.0.0/8)',
      });
      return z.NEVER;
    }
    const entries = trimmed
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const bad = entries.filter((e) => !isProxyAddress(e));
    if (entries.length === 0 || bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `TRUST_PROXY muss false sein oder eine durch Kommas getrennte Liste von IP-Adressen/CIDR-Bereichen (ungültig: ${bad.join(', ') || '(leer)'})`,
      });
      return z.NEVER;
    }
    return entries;
  });

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An OIDC issuer: https, or http only on the loopback interface (a provider on this machine, tests). */
export function isAcceptableIssuerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.search || url.hash) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
  } catch {
    return false;
  }
}

/**
 * OIDC_GROUP_ROLES: which groups of the identity provider give which of our roles, entries separated by
 * `;`, each `group=role[,role]`, split at the LAST `=` (directory group names such as
 * `CN=DC-Agents,OU=Gruppen` contain `=` and `,`). Example: `dc-redaktion=editor;dc-fachbereich=backoffice`.
 */
export function parseGroupRoles(value: string): { mapping: Record<string, Role[]> } | { error: string } {
  const mapping: Record<string, Role[]> = {};
  const entries = value
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return { error: 'OIDC_GROUP_ROLES ist leer' };
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    const group = at > 0 ? entry.slice(0, at).trim() : '';
    const named =
      at > 0
        ? entry
            .slice(at + 1)
            .split(',')
            .map((r) => r.trim())
        : [];
    const unknown = named.filter((r) => !(roles as readonly string[]).includes(r));
    if (!group || named.length === 0 || unknown.length > 0) {
      return {
        error: `OIDC_GROUP_ROLES: „${entry}“ ist nicht „Gruppe=Rolle[,Rolle]“ mit Rollen aus ${roles.join(', ')}${unknown.length ? ` (unbekannt: ${unknown.join(', ')})` : ''}`,
      };
    }
    mapping[group] = [...new Set([...(mapping[group] ?? []), ...(named as Role[])])];
  }
  return { mapping };
}

/** An origin a site may frame the assistant from: scheme, host and port only, https (http for loopback). */
function isEmbeddingOrigin(entry: string): boolean {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return false;
  }
  if (url.origin.toLowerCase() !== entry.toLowerCase()) return false; // a path, query, user or trailing slash
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

/** A comma-separated list whose every entry must pass `valid`; the message names the bad ones. */
const checkedCommaList = (valid: (entry: string) => boolean, message: (bad: string[]) => string) =>
  z
    .string()
    .optional()
    .transform((value, ctx): string[] => {
      const entries = (value ?? '')
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
      const bad = entries.filter((e) => !valid(e));
      if (bad.length > 0) {
        ctx.addIssue({ code: 'custom', message: message(bad) });
        return z.NEVER;
      }
      return entries;
    });

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean),
  );

/**
 * All configuration comes from the environment and is validated once at start,
 * so a typo fails fast with a readable message instead of surfacing at 3 a.m.
 */
const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** postgres://… selects a real PostgreSQL server; empty means embedded PGlite. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL muss mit postgres:// oder postgresql:// beginnen')
      .optional(),
    /**
     * A direct connection to the same PostgreSQL (never through a transaction pooler such as pgbouncer) for
     * what needs a session of its own: LISTEN (live updates), pg-boss, migrations (session advisory lock),
     * backups. Unset: DATABASE_URL. Set it when DATABASE_URL goes through pgbouncer (decision 0148).
     */
    DATABASE_DIRECT_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_DIRECT_URL muss mit postgres:// oder postgresql:// beginnen')
      .optional(),
    /** Folder of the embedded database; one process owns it (lock file). */
    DATA_DIR: z.string().default('./data'),
    /** Seed demo data on start when the database has no tenants yet. */
    DEMO_DATA: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    /** Months of demo call history generated in the background after start (through the ingest); 0 = none. */
    DEMO_HISTORY_MONTHS: z.coerce
      .number({ message: 'DEMO_HISTORY_MONTHS muss eine Zahl sein' })
      .int()
      .min(0, 'DEMO_HISTORY_MONTHS: mindestens 0')
      .max(120, 'DEMO_HISTORY_MONTHS: höchstens 120')
      .default(3),
    /** Reverse proxies allowed to set X-Forwarded-For (see trustProxySchema); off by default. */
    TRUST_PROXY: trustProxySchema,
    /** Set true behind TLS so that cookies carry the Secure flag. */
    COOKIE_SECURE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCKOUT_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Public base URL used in mails and links; unset: http://localhost:<PORT>. */
    PUBLIC_URL: z.string().url().optional(),
    /** Outgoing mail server, smtp://user:pass@host:587 or smtps://…:465; unset = mails wait in the outbox. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/\s]+/, 'SMTP_URL muss mit smtp:// oder smtps:// beginnen, z. B. smtp://mail.example.org:587')
      .optional(),
    /** Milliseconds to wait for the connection to the mail server (TCP and TLS). */
    SMTP_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    /** Milliseconds to wait for the mail server's greeting once connected. */
    SMTP_GREETING_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    /** Milliseconds of silence on an open connection before the send is given up (and retried later). */
    SMTP_SOCKET_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
    MAIL_FROM: z
      .string()
      .regex(/@[^@\s>]+>?\s*$/, 'MAIL_FROM braucht eine E-Mail-Adresse, z. B. DialogCenter <dialogcenter@example.org>')
      .default('DialogCenter Hannover <dialogcenter@hannover-stadt.de>'),
    /** Business time zone (IANA name): office hours, working days, "today" on the wallboard. */
    TZ_BUSINESS: z
      .string()
      .default(DEFAULT_BUSINESS_TIME_ZONE)
      .refine(isValidTimeZone, 'TZ_BUSINESS muss eine IANA-Zeitzone sein, z. B. Europe/Berlin'),
    /** E-mail channel: port of the built-in SMTP receiver (unset = off; 0 = any free port, for tests). */
    INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    INBOUND_SMTP_HOST: z.string().default('127.0.0.1'),
    /** Largest accepted inbound mail in bytes. */
    INBOUND_SMTP_MAX_BYTES: z.coerce.number().int().min(10_000).max(50_000_000).default(10_000_000),
    /** Days a secure answer link (department without account, citizen reply) stays valid. */
    ACCESS_LINK_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    /** Start the job runner (mail outbox, deadline sweep, appointment sweeper) in this process; unset means on, except under NODE_ENV=test. */
    BACKGROUND_JOBS: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    /** Seconds between runs of the mail outbox dispatcher (use cases that queue mail also ask for an early run). */
    OUTBOX_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
    /** Mails the dispatcher claims per run. */
    OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
    /** Failed attempts after which a mail is given up (status failed, shown to supervisors). */
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
    /** First retry delay in seconds; doubles per attempt, at most one hour. */
    OUTBOX_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** Seconds a claimed batch belongs to one dispatcher; afterwards another may take it over (crash). */
    OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(30).max(86_400).default(600),
    SLA_SWEEP_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
    /** Assistant: days a conversation is kept after its last message, then deleted with its transcript. */
    /** Assistant: optional OpenAI-compatible endpoint (base URL, e.g. http://127.0.0.1:8080/v1) that may rephrase official texts; unset = off. */
    ASSISTANT_LLM_URL: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'ASSISTANT_LLM_URL muss mit http:// oder https:// beginnen')
      .optional(),
    /** Assistant: API key for ASSISTANT_LLM_URL (Bearer). */
    ASSISTANT_LLM_KEY: z.string().min(1).optional(),
    /** Assistant: model name sent to the endpoint. */
    ASSISTANT_LLM_MODEL: z.string().min(1).default('default'),
    /** Assistant: how long a rephrasing may take before the plain excerpt is shown. */
    ASSISTANT_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),
    /**
     * Assistant widget (decision 0165): the origins of the municipalities' web sites that may embed the
     * assistant in a frame (comma-separated, e.g. https://www.laatzen.de). Empty: nobody may frame it.
     * https only; http only for localhost and 127.0.0.1 (a test or a local trial).
     */
    ASSISTANT_WIDGET_ORIGINS: checkedCommaList(
      isEmbeddingOrigin,
      (bad) =>
        `ASSISTANT_WIDGET_ORIGINS erwartet Ursprünge wie https://www.laatzen.de (ohne Pfad, durch Kommas getrennt; http nur für localhost), ungültig: ${bad.join(', ')}`,
    ).transform((origins) => [...new Set(origins.map((o) => o.toLowerCase()))]),
    /** Dispatch desk: minutes an urgent incident may stay without a unit before the board raises the alert. */
    DISPATCH_ALERT_MINUTES: z.coerce.number().int().min(1).max(120).default(5),
    /** Large-file imports (queue_log, knowledge, gazetteer): the largest upload in MB, streamed to a temporary file. */
    IMPORT_MAX_MB: z.coerce.number().int().min(1).max(4096).default(200),
    /** Seconds between runs of the appointment sweeper (expired holds, waiting-list offers, reminders, personal data). */
    APPOINTMENT_SWEEP_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
    /** Appointments: minutes a chosen slot is held while the citizen fills in the form. */
    APPOINTMENT_HOLD_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
    /** Appointments: minutes a freed slot is reserved for the next person on the waiting list. */
    APPOINTMENT_OFFER_MINUTES: z.coerce.number().int().min(5).max(2880).default(120),
    /** Appointments: proof-of-work difficulty (leading zero bits) for public holds; 0 switches it off. */
    APPOINTMENT_POW_BITS: z.coerce.number().int().min(0).max(24).default(14),
    /** Appointments: key that signs proof-of-work challenges (random per process when unset). */
    APPOINTMENT_SECRET: z.string().min(16).optional(),
    /** Appointments: open future appointments allowed per e-mail address and per person (tenant-wide). */
    APPOINTMENT_MAX_PER_EMAIL: z.coerce.number().int().min(1).max(50).default(3),
    APPOINTMENT_MAX_PER_PERSON: z.coerce.number().int().min(1).max(50).default(2),
    /** Appointments: public slot holds allowed per IP address and hour. */
    APPOINTMENT_HOLDS_PER_IP_HOUR: z.coerce.number().int().min(1).max(10000).default(30),
    /** IT faults: address of the IT service desk that gets each fault by mail (outbox); unset: no mail hand-over. */
    ITFAULT_MAIL_TO: z.string().email('ITFAULT_MAIL_TO muss eine E-Mail-Adresse sein, z. B. servicedesk@example.org').optional(),
    /** IT faults: sender addresses or @domains whose replies with a reference in the subject count as status (default: ITFAULT_MAIL_TO's domain). */
    ITFAULT_REPLY_FROM: z.string().optional(),
    /** IT faults: local part of the center's fault address; mail to it becomes a work item "IT-Störung" in the routed queue. */
    ITFAULT_MAIL_LOCAL_PART: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,40}$/, 'ITFAULT_MAIL_LOCAL_PART: nur Kleinbuchstaben, Ziffern, Punkt, Binde- und Unterstrich')
      .default('it-stoerung'),
    /** IT faults: webhook of the IT service desk (JSON POST, signed); unset: no webhook. */
    ITFAULT_WEBHOOK_URL: z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, 'ITFAULT_WEBHOOK_URL muss mit http:// oder https:// beginnen')
      .optional(),
    /** IT faults: shared secret of the HMAC-SHA256 signatures, outbound and inbound (16+ characters). */
    ITFAULT_WEBHOOK_SECRET: z.string().min(16, 'ITFAULT_WEBHOOK_SECRET braucht mindestens 16 Zeichen').optional(),
    /** IT faults: bearer token the IT service desk may use instead of a signature for status calls (24+ characters). */
    ITFAULT_STATUS_TOKEN: z.string().min(24, 'ITFAULT_STATUS_TOKEN braucht mindestens 24 Zeichen').optional(),
    /** IT faults: seconds a signed call's timestamp may differ from now (replay window). */
    ITFAULT_SIGNATURE_WINDOW_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
    /** IT faults: webhook attempts before a delivery is given up; first retry delay (doubles, at most 1 h); timeout per call; poll interval. */
    ITFAULT_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    ITFAULT_WEBHOOK_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    ITFAULT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    ITFAULT_WEBHOOK_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
    /** IT faults: response/resolution targets per priority, e.g. "P1=30min/4h,P2=1h/8h" (units min, h, d); unnamed priorities keep the defaults. */
    ITFAULT_TARGETS: z
      .string()
      .regex(
        /^\s*P[1-5]\s*=\s*\d+(min|m|h|d)\s*\/\s*\d+(min|m|h|d)\s*(,\s*P[1-5]\s*=\s*\d+(min|m|h|d)\s*\/\s*\d+(min|m|h|d)\s*)*$/,
        'ITFAULT_TARGETS erwartet z. B. P1=30min/4h,P2=1h/8h (Reaktion/Lösung je Priorität)',
      )
      .optional(),
    /**
     * Imprint (§ 5 DDG, § 18 MStV) of the citizen pages: the operator of the center. Defaults: the Landeshauptstadt
     * Hannover, which runs the DialogCenter for the Region's administrations; another operator sets its own.
     */
    OPERATOR_NAME: z.string().trim().min(3).max(200).default('Landeshauptstadt Hannover'),
    OPERATOR_REPRESENTED_BY: z.string().trim().min(3).max(200).default('Der Oberbürgermeister'),
    OPERATOR_STREET: z.string().trim().min(3).max(200).default('Trammplatz 2'),
    OPERATOR_POSTAL_CODE: z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'OPERATOR_POSTAL_CODE: fünfstellige Postleitzahl, z. B. 30159')
      .default('30159'),
    OPERATOR_CITY: z.string().trim().min(2).max(100).default('Hannover'),
    OPERATOR_PHONE: z.string().trim().min(3).max(100).default('115'),
    OPERATOR_EMAIL: z.string().trim().email('OPERATOR_EMAIL muss eine E-Mail-Adresse sein').optional(),
    OPERATOR_LEGAL_FORM: z
      .string()
      .trim()
      .min(3)
      .max(300)
      .default('Körperschaft des öffentlichen Rechts, vertreten durch den Oberbürgermeister'),
    /** Onboarding: share (percent) of a tenant's services whose local part is complete and verified in its review interval, for go-live. */
    ONBOARDING_KNOWLEDGE_SHARE: z.coerce.number().int().min(1).max(100).default(90),
    /** Onboarding: agents trained for a tenant before it may go live. */
    ONBOARDING_MIN_TRAINED_AGENTS: z.coerce.number().int().min(0).max(50).default(2),
    /** Onboarding: seconds between runs of the go-live/leaving job (scheduled lifecycle changes, exports, deletions). */
    ONBOARDING_JOB_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
    /**
     * GET /metrics (Prometheus): besides an API token of scope metrics:read, callers from these
     * addresses/CIDR ranges (comma-separated, as seen through TRUST_PROXY) may scrape without a token.
     */
    METRICS_ALLOW_FROM: checkedCommaList(
      (e) => isProxyAddress(e) && !proxyRangeNames.has(e),
      (bad) => `METRICS_ALLOW_FROM erwartet IP-Adressen oder CIDR-Bereiche, durch Kommas getrennt (ungültig: ${bad.join(', ')})`,
    ),
    /** Live telephony events: how far in the future (clock skew of the telephone system) an event time may lie. */
    TELEPHONY_EVENT_MAX_FUTURE_SECONDS: z.coerce.number().int().min(0).max(2_678_400).default(300),
    /** Live telephony events: how old an event may be (a system replaying buffered events); queue_log imports are not limited. */
    TELEPHONY_EVENT_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(36_500).default(3650),
    /** Staffing and billing: full cost of one full-time agent post per year in euros (salary, overhead, workplace). */
    COST_PER_FTE_YEAR: z.coerce.number().min(0).max(1_000_000).default(70_000),
    /** Staffing: weekly working hours of one full-time post (TVöD: 39). */
    WEEKLY_HOURS_PER_FTE: z.coerce.number().min(1).max(60).default(39),
    /**
     * Single sign-on over OpenID Connect (decision 0132): the identity provider's issuer URL (https; http only on
     * 127.0.0.1/localhost). Unset: no SSO, the login page shows only the local login.
     */
    OIDC_ISSUER_URL: z
      .string()
      .refine(isAcceptableIssuerUrl, 'OIDC_ISSUER_URL muss eine https://-Adresse ohne Query sein (http:// nur auf 127.0.0.1/localhost)')
      .transform((v) => v.replace(/\/$/, ''))
      .optional(),
    /** SSO: the client registered at the identity provider (confidential client, client_secret_basic). */
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** SSO: base URL the provider redirects back to (`…/api/v1/auth/oidc/callback`); unset: PUBLIC_URL. */
    OIDC_REDIRECT_BASE_URL: z
      .string()
      .regex(/^https?:\/\/[^\s?#]+$/, 'OIDC_REDIRECT_BASE_URL muss mit http:// oder https:// beginnen (ohne Query)')
      .transform((v) => v.replace(/\/$/, ''))
      .optional(),
    /** SSO: scopes asked for (space-separated, `openid` always included). */
    OIDC_SCOPES: z.string().default('openid profile email'),
    /** SSO: claim that lists the user's groups (array or space-separated string). */
    OIDC_ROLES_CLAIM: z.string().min(1).default('groups'),
    /** SSO: claim that names the user's tenant (its slug, e.g. `laatzen`, or its id). */
    OIDC_TENANT_CLAIM: z.string().min(1).default('tenant'),
    /** SSO: claim the login name is made from (then e-mail's local part, then the subject). */
    OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
    /** SSO: groups → roles (see parseGroupRoles); required when OIDC_ISSUER_URL is set. */
    OIDC_GROUP_ROLES: z
      .string()
      .optional()
      .transform((value, ctx): Record<string, Role[]> | undefined => {
        if (value === undefined) return undefined;
        const parsed = parseGroupRoles(value);
        if ('error' in parsed) {
          ctx.addIssue({ code: 'custom', message: parsed.error });
          return z.NEVER;
        }
        return parsed.mapping;
      }),
    /** SSO: tenants (slugs, comma-separated) the provider may bind users to; empty: it binds none (center staff only). */
    OIDC_ALLOWED_TENANTS: commaList,
  })
  .refine((c) => !c.DATABASE_DIRECT_URL || c.DATABASE_URL, {
    message: 'DATABASE_DIRECT_URL gilt nur zusammen mit DATABASE_URL (PostgreSQL); ohne DATABASE_URL läuft die eingebettete Datenbank',
    path: ['DATABASE_DIRECT_URL'],
  })
  .refine((c) => !c.OIDC_ISSUER_URL || (c.OIDC_CLIENT_ID && c.OIDC_CLIENT_SECRET && c.OIDC_GROUP_ROLES), {
    path: ['OIDC_ISSUER_URL'],
    message: 'OIDC_ISSUER_URL ist gesetzt: dann braucht es auch OIDC_CLIENT_ID, OIDC_CLIENT_SECRET und OIDC_GROUP_ROLES.',
  })
  .refine((c) => c.OIDC_ISSUER_URL || !(c.OIDC_CLIENT_ID || c.OIDC_CLIENT_SECRET || c.OIDC_GROUP_ROLES || c.OIDC_REDIRECT_BASE_URL), {
    path: ['OIDC_ISSUER_URL'],
    message: 'OIDC_* ist teilweise gesetzt: ohne OIDC_ISSUER_URL bleibt die Anmeldung mit Dienstkonto aus. Bitte OIDC_ISSUER_URL angeben.',
  })
  .refine((c) => !c.ITFAULT_WEBHOOK_URL || c.ITFAULT_WEBHOOK_SECRET, {
    path: ['ITFAULT_WEBHOOK_SECRET'],
    message: 'ITFAULT_WEBHOOK_URL ist gesetzt: dann braucht es ITFAULT_WEBHOOK_SECRET (mindestens 16 Zeichen) zum Signieren.',
  })
  .refine(
    (c) =>
      c.OUTBOX_LEASE_SECONDS * 1000 >
      c.OUTBOX_BATCH_SIZE * (c.SMTP_CONNECTION_TIMEOUT_MS + c.SMTP_GREETING_TIMEOUT_MS + c.SMTP_SOCKET_TIMEOUT_MS),
    {
      path: ['OUTBOX_LEASE_SECONDS'],
      message:
        'OUTBOX_LEASE_SECONDS muss länger sein als OUTBOX_BATCH_SIZE × (SMTP_CONNECTION_TIMEOUT_MS + SMTP_GREETING_TIMEOUT_MS + SMTP_SOCKET_TIMEOUT_MS), sonst übernimmt ein zweiter Versand Mails, die noch gesendet werden.',
    },
  );

export type Config = Omit<z.infer<typeof configSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ungültige Konfiguration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  return { ...config, PUBLIC_URL: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` };
}

/** The line the server logs once it listens: the address it really bound, and the public URL if that differs. */
export function startMessage(listeningOn: string, config: Pick<Config, 'PUBLIC_URL'>, databaseKind: string): string {
  const bound = listeningOn.replace('://0.0.0.0:', '://localhost:').replace('://[::]:', '://localhost:');
  const publicUrl = config.PUBLIC_URL.replace(/\/$/, '');
  const alsoPublic = publicUrl === bound ? '' : `, öffentlich ${publicUrl}`;
  return `DialogCenter läuft auf ${bound}${alsoPublic} (Datenbank: ${databaseKind})`;
}

/**
 * The URL for connections that keep session state (LISTEN, pg-boss, the migration lock, pg_dump):
 * DATABASE_DIRECT_URL, else DATABASE_URL. Undefined on the embedded database.
 */
export function directDatabaseUrl(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_DIRECT_URL'>): string | undefined {
  return config.DATABASE_DIRECT_URL ?? config.DATABASE_URL;
}
