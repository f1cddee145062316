import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';

/** The configuration the appointment use cases need, taken from the validated app config. */
export interface AppointmentSettings {
  holdMinutes: number;
  offerMinutes: number;
  powBits: number;
  secret: string;
  maxPerEmail: number;
  maxPerPerson: number;
  holdsPerIpHour: number;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
}

// Without a configured secret, challenges are signed with a per-process key: enough
// for one instance; several instances behind a balancer need APPOINTMENT_SECRET.
const processSecret = randomBytes(32).toString('hex');

export function appointmentSettings(config: Config): AppointmentSettings {
  return {
    holdMinutes: config.APPOINTMENT_HOLD_MINUTES,
    offerMinutes: config.APPOINTMENT_OFFER_MINUTES,
    powBits: config.APPOINTMENT_POW_BITS,
    secret: config.APPOINTMENT_SECRET ?? processSecret,
    maxPerEmail: config.APPOINTMENT_MAX_PER_EMAIL,
    maxPerPerson: config.APPOINTMENT_MAX_PER_PERSON,
    holdsPerIpHour: config.APPOINTMENT_HOLDS_PER_IP_HOUR,
    publicUrl: config.PUBLIC_URL.replace(/\/$/, ''),
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
  };
}
