import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { systemActor } from '../../platform/auth/actor.js';
import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import type { Clock } from '../../platform/time/clock.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { listTenants } from '../tenancy/index.js';
import { enqueueWorkItemInTx } from './routing.service.js';

/**
 * The e-mail channel: the center receives mail on its own SMTP listener (behind
 * the city's mail relay, which does spam and virus filtering). The recipient's
 * local part names the tenant (`langenhagen@…`); anything else goes to the host
 * tenant's queue. The Message-ID makes delivery idempotent (a relay that retries
 * does not create a second item).
 */
export interface InboundMail {
  messageId: string;
  fromAddress: string | null;
  fromName: string | null;
  to: string[];
  subject: string;
  text: string;
}

/**
 * Another module may take an inbound mail before it becomes an ordinary work item
 * (the IT fault desk: replies with a fault reference, mail to the fault address).
 * A claim returns true when it handled the mail. Registered per database by the
 * claiming module's route plugin (routing knows no module that claims).
 */
export type InboundMailClaim = (mail: InboundMail) => Promise<boolean>;
const claims = new WeakMap<Database, InboundMailClaim[]>();
export function registerInboundMailClaim(database: Database, claim: InboundMailClaim): () => void {
  const list = claims.get(database) ?? [];
  list.push(claim);
  claims.set(database, list);
  return () => {
    const current = claims.get(database) ?? [];
    claims.set(
      database,
      current.filter((c) => c !== claim),
    );
  };
}

export async function receiveInboundMail(database: Database, clock: Clock, mail: InboundMail) {
  for (const claim of claims.get(database) ?? []) if (await claim(mail)) return null;
  const ctx = { database, actor: systemActor('e-mail-eingang'), clock };
  const tenants = await listTenants(ctx);
  const slugs = new Map(tenants.map((t) => [t.slug, t.id]));
  const host = tenants.find((t) => t.isHost);
  const tenantId = mail.to.map((a) => slugs.get(a.split('@')[0]!.toLowerCase())).find(Boolean) ?? host?.id;
  if (!tenantId) throw new Error('no tenant for inbound mail');
  const changes = new StagedChanges(database);
  const item = await database.scoped(ALL_TENANTS, (tx) =>
    enqueueWorkItemInTx(
      tx,
      ctx.actor,
      {
        tenantId,
        channel: 'email',
        subject: mail.subject.slice(0, 300) || '(ohne Betreff)',
        body: mail.text.slice(0, 20_000),
        fromAddress: mail.fromAddress,
        fromName: mail.fromName,
        sourceRef: `mail:${mail.messageId}`.slice(0, 250),
        // Second-level promise: a reply within one working day; the queue sorts near deadlines first.
        dueAt: new Date(clock.now().getTime() + 24 * 3600_000),
        payload: { to: mail.to },
      },
      changes,
      clock.now(),
    ),
  );
  changes.flush();
  return item;
}

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => v.address ?? '')).filter(Boolean);

/** Starts the SMTP receiver; resolves with the bound port. */
export async function startInboundSmtp(
  database: Database,
  options: { host: string; port: number; maxBytes: number; clock: Clock; onError: (error: unknown) => void },
) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    banner: 'DialogCenter Hannover',
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const from = parsed.from?.value[0];
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          await receiveInboundMail(database, options.clock, {
            messageId: parsed.messageId ?? `${session.id}-${Date.now()}`,
            fromAddress: from?.address ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : null),
            fromName: from?.name || null,
            to: envelopeTo.length > 0 ? envelopeTo : addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          callback();
        })
        .catch((error: unknown) => {
          options.onError(error);
          callback(new Error('Nachricht konnte nicht angenommen werden'));
        });
    },
  });
  server.on('error', options.onError);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const running = new WeakMap<Database, number>();
/** The port the SMTP receiver of this database's app listens on (tests send mail there). */
export const inboundSmtpPort = (database: Database) => running.get(database);
export const rememberInboundSmtpPort = (database: Database, port: number) => running.set(database, port);
export const forgetInboundSmtpPort = (database: Database) => running.delete(database);
