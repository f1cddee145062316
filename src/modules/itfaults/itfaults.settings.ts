import type { Config } from '../../config.js';
import { parseTargets, type PriorityTargets } from './priority.js';

/** What the IT fault use cases need from the validated configuration (README, "Configuration"). */
export interface ItFaultSettings {
  mailTo: string | null;
  /** Lower-case addresses and `@domain` entries whose mail replies count as status from IT. */
  replyFrom: string[];
  mailLocalPart: string;
  webhookUrl: string | null;
  webhookSecret: string | null;
  statusToken: string | null;
  signatureWindowSeconds: number;
  webhookMaxAttempts: number;
  webhookRetryMs: number;
  webhookTimeoutMs: number;
  webhookPollSeconds: number;
  targets: PriorityTargets;
  publicUrl: string;
}

export function itFaultSettings(config: Config): ItFaultSettings {
  const targets = parseTargets(config.ITFAULT_TARGETS);
  if (typeof targets === 'string') throw new Error(`ITFAULT_TARGETS: ${targets}`);
  const mailDomain = config.ITFAULT_MAIL_TO ? `@${config.ITFAULT_MAIL_TO.split('@')[1]!.toLowerCase()}` : null;
  const replyFrom = (config.ITFAULT_REPLY_FROM ?? mailDomain ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return {
    mailTo: config.ITFAULT_MAIL_TO ?? null,
    replyFrom,
    mailLocalPart: config.ITFAULT_MAIL_LOCAL_PART,
    webhookUrl: config.ITFAULT_WEBHOOK_URL ?? null,
    webhookSecret: config.ITFAULT_WEBHOOK_SECRET ?? null,
    statusToken: config.ITFAULT_STATUS_TOKEN ?? null,
    signatureWindowSeconds: config.ITFAULT_SIGNATURE_WINDOW_SECONDS,
    webhookMaxAttempts: config.ITFAULT_WEBHOOK_MAX_ATTEMPTS,
    webhookRetryMs: config.ITFAULT_WEBHOOK_RETRY_SECONDS * 1000,
    webhookTimeoutMs: config.ITFAULT_WEBHOOK_TIMEOUT_MS,
    webhookPollSeconds: config.ITFAULT_WEBHOOK_POLL_SECONDS,
    targets,
    publicUrl: config.PUBLIC_URL.replace(/\/$/, ''),
  };
}

/** Is this sender allowed to send status by mail reply? */
export const isTrustedReplySender = (settings: ItFaultSettings, address: string | null) => {
  if (!address) return false;
  const a = address.trim().toLowerCase();
  return settings.replyFrom.some((entry) => (entry.startsWith('@') ? a.endsWith(entry) : a === entry));
};
