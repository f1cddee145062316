import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import type { AppointmentSettings } from './appointment-settings.js';
import { enforceIpRate, verifyProofOfWork } from './bot-protection.js';

// The gates in front of the public booking API. Each runs in its OWN transaction, before the use case, so a
// refused attempt still counts against the limit (the use case's transaction may roll back).

/** Counts one `action` from this IP and refuses above `limit` per hour. */
export function guardIpRate(database: Database, action: string, ip: string, limit: number): Promise<void> {
  return database.scoped(ALL_TENANTS, (tx) => enforceIpRate(tx, action, ip, limit));
}

/** A reservation attempt: the IP limit for holds, then the proof of work (signature, expiry, single use). */
export function guardHoldAttempt(
  database: Database,
  settings: AppointmentSettings,
  ip: string,
  challenge: string,
  nonce: string,
): Promise<void> {
  return database.scoped(ALL_TENANTS, async (tx) => {
    await enforceIpRate(tx, 'hold', ip, settings.holdsPerIpHour);
    await verifyProofOfWork(tx, settings, challenge, nonce);
  });
}
