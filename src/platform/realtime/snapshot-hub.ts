import type { ServerResponse } from 'node:http';
import type { Database } from '../db/database.js';
import { subscribeChanges, type Change } from './change-bus.js';

export interface SnapshotHubOptions<T> {
  database: Database;
  /** The SSE event name of each pushed snapshot (`event: <name>`). */
  event: string;
  /** Which changes on the change bus make the snapshot stale. */
  isRelevant: (change: Change) => boolean;
  /** Computes the one snapshot every client gets (no per-user data in it). */
  snapshot: () => Promise<T>;
  /** Recompute also every so many ms without any change (e.g. alerts that appear with time). */
  refreshMs?: number;
  /** How long a change waits for others to arrive before the one recomputation (default 100 ms). */
  coalesceMs?: number;
  /** Recompute when a client joins even if a snapshot is at hand (it is sent first either way). */
  isRecomputedOnJoin?: boolean;
  onError: (error: unknown) => void;
}

const HEARTBEAT_MS = 15_000;

/**
 * Fans one snapshot out to every connected browser over server-sent events (the
 * wallboard, the dispatch board). A change (any instance, see change-bus.ts)
 * schedules one recomputation; at most one runs at a time and changes arriving
 * meanwhile cause exactly one more, so 500 browsers and 2,000 events/s cost a few
 * snapshot queries per second, not one per browser or per event. Everyone gets the
 * same serialised frame. Subscribes lazily on the first client; `close()` on shutdown.
 */
export class SnapshotHub<T> {
  private readonly clients = new Set<ServerResponse>();
  private unsubscribe?: () => void;
  private subscribing?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;
  private refresh?: NodeJS.Timeout;
  private isComputing = false;
  private isDirty = false;
  private last?: string;

  constructor(private readonly options: SnapshotHubOptions<T>) {}

  /** Adds an opened event stream (see `openEventStream`); it gets the latest snapshot at once. */
  async add(response: ServerResponse): Promise<void> {
    await this.start();
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
    if (this.last) response.write(this.last);
    if (!this.last || this.options.isRecomputedOnJoin) this.schedule();
  }

  get size() {
    return this.clients.size;
  }

  private start() {
    this.subscribing ??= (async () => {
      this.unsubscribe = await subscribeChanges(this.options.database, (change) => {
        if (this.options.isRelevant(change)) this.schedule();
      });
      this.heartbeat = setInterval(() => this.broadcast(': keep-alive\n\n'), HEARTBEAT_MS);
      if (this.options.refreshMs) this.refresh = setInterval(() => this.schedule(), this.options.refreshMs);
    })();
    return this.subscribing;
  }

  private schedule() {
    if (this.isComputing) {
      this.isDirty = true;
      return;
    }
    this.timer ??= setTimeout(() => void this.run(), this.options.coalesceMs ?? 100);
  }

  private async run() {
    this.timer = undefined;
    if (this.clients.size === 0) {
      this.last = undefined; // stale now: the next client waits for a fresh one
      return;
    }
    this.isComputing = true;
    try {
      const snapshot = await this.options.snapshot();
      this.last = `event: ${this.options.event}\ndata: ${JSON.stringify(snapshot)}\n\n`;
      this.broadcast(this.last);
    } catch (error) {
      this.options.onError(error);
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
