import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { MailAttachment } from './mail.schema.js';

/** One mail as handed to a transport. */
export interface TransportMail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  attachments: MailAttachment[];
}

/** What the transport reports back: addresses the server refused while accepting the rest. */
export interface TransportResult {
  rejected: string[];
}

/** What the dispatcher needs from a mail transport; SMTP in production and tests. */
export interface MailTransport {
  send(mail: TransportMail): Promise<TransportResult>;
  close(): void;
}

/** SMTP connection settings, validated in src/config.ts (SMTP_*). */
export interface SmtpSettings {
  url: string;
  /** Milliseconds to wait for the TCP (and TLS) connection. */
  connectionTimeoutMs: number;
  /** Milliseconds to wait for the server's greeting once connected. */
  greetingTimeoutMs: number;
  /** Milliseconds of silence on an open connection before giving up. */
  socketTimeoutMs: number;
}

export const defaultSmtpTimeouts = { connectionTimeoutMs: 5_000, greetingTimeoutMs: 5_000, socketTimeoutMs: 15_000 } as const;

/** nodemailer options with every timeout set: a dead or silent server must never hold a sender for minutes. */
export function smtpOptions(settings: SmtpSettings, pooled: boolean): SMTPTransport.Options {
  return {
    url: settings.url,
    ...(pooled ? { pool: true, maxConnections: 2, maxMessages: 500 } : {}),
    connectionTimeout: settings.connectionTimeoutMs,
    greetingTimeout: settings.greetingTimeoutMs,
    socketTimeout: settings.socketTimeoutMs,
    dnsTimeout: settings.connectionTimeoutMs,
  } as SMTPTransport.Options;
}

/**
 * Real SMTP via nodemailer. Pooled: one connection carries many mails (a connection
 * per mail costs a handshake each); every timeout set (connection, greeting, socket).
 */
export function smtpTransport(settings: SmtpSettings): MailTransport {
  const transporter = nodemailer.createTransport(smtpOptions(settings, true));
  return {
    async send(mail) {
      const info = await transporter.sendMail({
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to.join(', '),
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.contentType,
          ...(a.encoding ? { encoding: a.encoding } : {}),
        })),
      });
      const rejected = (info.rejected ?? []) as (string | { address: string })[];
      return { rejected: rejected.map((r) => (typeof r === 'string' ? r : r.address)) };
    },
    close: () => transporter.close(),
  };
}

/** A transport that accepts and discards every mail (demo seeding, benchmarks of the outbox alone). */
export const discardTransport: MailTransport = { send: async () => ({ rejected: [] }), close: () => undefined };
