import type { ServerResponse } from 'node:http';
import type { Database } from '../../../platform/db/database.js';
import type { Clock } from '../../../platform/time/clock.js';
import { subscribeChanges, type Change } from '../../../platform/realtime/change-bus.js';
import { computeWallboard } from './wallboard.service.js';

/**
 * Fans the wallboard out to every connected browser over server-sent events.
 * A change (any instance, see change-bus.ts) schedules one recomputation; at most
 * one runs at a time and changes arriving meanwhile cause exactly one more, so
 * 500 browsers and 2,000 events/s cost a few snapshot queries per second, not
 * one per browser or per event. Everyone gets the same serialised snapshot.
 */
const COALESCE_MS = 100;
const HEARTBEAT_MS = 15_000;

export class WallboardHub {
  private readonly clients = new Set<ServerResponse>();
  private unsubscribe?: () => void;
  private timer?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;
  private isComputing = false;
  private isDirty = false;
  private last?: string;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly onError: (error: unknown) => void,
  ) {}

  async add(response: ServerResponse): Promise<void> {
    if (!this.unsubscribe) {
      this.unsubscribe = await subscribeChanges(this.database, (change) => this.onChange(change));
      this.heartbeat = setInterval(() => this.broadcast(': keep-alive\n\n'), HEARTBEAT_MS);
    }
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
    if (this.last) response.write(this.last);
    else this.schedule();
  }

  get size() {
    return this.clients.size;
  }

  private onChange(change: Change) {
    if (change.topic === 'chat' || change.topic === 'dispatch') return;
    this.schedule();
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
    this.isComputing = true;
    try {
      const snapshot = await computeWallboard(this.database, this.clock.now());
      this.last = `event: wallboard\ndata: ${JSON.stringify(snapshot)}\n\n`;
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
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}

/** Opens a server-sent-events response on a raw Node response. */
export function openEventStream(response: ServerResponse) {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  response.write('retry: 2000\n\n');
}
