import type { ServerResponse } from 'node:http';
import type { Database } from '../../platform/db/database.js';
import { subscribeChanges, type Change } from '../../platform/realtime/change-bus.js';
import type { Clock } from '../../platform/time/clock.js';
import { computeBoardSnapshot } from './board.service.js';

/**
 * Pushes the dispatch board to every connected dispatcher over server-sent events,
 * as the wallboard does: a change (from any instance through the change bus)
 * schedules one recomputation, changes arriving meanwhile cause exactly one more,
 * every client gets the same serialised snapshot. A periodic refresh (every
 * REFRESH_MS) lets the unassigned-urgent alert appear without any change.
 */
const COALESCE_MS = 50;
const HEARTBEAT_MS = 15_000;
const REFRESH_MS = 20_000;

export class DispatchBoardHub {
  private readonly clients = new Set<ServerResponse>();
  private unsubscribe?: () => void;
  private timer?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;
  private refresh?: NodeJS.Timeout;
  private isComputing = false;
  private isDirty = false;
  private last?: string;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly alertAfterMinutes: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  async add(response: ServerResponse): Promise<void> {
    if (!this.unsubscribe) {
      this.unsubscribe = await subscribeChanges(this.database, (change) => this.onChange(change));
      this.heartbeat = setInterval(() => this.broadcast(': keep-alive\n\n'), HEARTBEAT_MS);
      this.refresh = setInterval(() => this.schedule(), REFRESH_MS);
    }
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
    if (this.last) response.write(this.last);
    this.schedule();
  }

  get size() {
    return this.clients.size;
  }

  private onChange(change: Change) {
    if (change.topic === 'dispatch') this.schedule();
  }

  private schedule() {
    if (this.isComputing) {
      this.isDirty = true;
      return;
    }
    this.timer ??= setTimeout(() => void this.run(), COALESCE_MS);
  }

  private async run() {
    this.timer = undefined;
    if (this.clients.size === 0) return;
    this.isComputing = true;
    try {
      const snapshot = await computeBoardSnapshot(this.database, this.clock, this.alertAfterMinutes);
      this.last = `event: board\ndata: ${JSON.stringify(snapshot)}\n\n`;
      this.broadcast(this.last);
    } catch (error) {
      this.onError(error);
    } finally {
      this.isComputing = false;
      if (this.isDirty) {
        this.isDirty = false;
        this.schedule();
      }
    }
  }

  private broadcast(frame: string) {
    for (const client of this.clients) client.write(frame);
  }

  close() {
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.refresh) clearInterval(this.refresh);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
