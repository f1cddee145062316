import type { Tx } from '../../platform/db/database.js';
import type { StagedChanges } from '../../platform/realtime/change-bus.js';

// The frame of one state change of a request (request-lifecycle.ts, handover.ts): its own file, so the
// two use it without importing each other.

export interface TicketSettings {
  publicUrl: string;
  timeZone: string;
  accessLinkDays: number;
}

export interface Step {
  tx: Tx;
  actorName: string;
  settings: TicketSettings;
  now: Date;
  /** Live-view notifications (routed queue) staged in this transaction; the caller flushes after commit. */
  changes: StagedChanges;
}
