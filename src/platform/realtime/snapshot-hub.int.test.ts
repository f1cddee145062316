import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { ALL_TENANTS, type Database } from '../db/database.js';
import { StagedChanges, stopChanges, type Change } from './change-bus.js';
import { SnapshotHub } from './snapshot-hub.js';

// The one SSE hub on the real change bus (in-process on PGlite, NOTIFY on PostgreSQL).
let db: TestDatabase;
let database: Database;

/** A stand-in for an opened event stream: records what the hub writes. */
class FakeStream extends EventEmitter {
  frames: string[] = [];
  isEnded = false;
  write(frame: string) {
    this.frames.push(frame);
    return true;
  }
  end() {
    this.isEnded = true;
    this.emit('close');
  }
  snapshots() {
    return this.frames.filter((f) => f.startsWith('event: test\n')).map((f) => JSON.parse(f.split('data: ')[1]!) as { n: number });
  }
}
const asResponse = (s: FakeStream) => s as unknown as ServerResponse;

async function publish(...changes: Change[]) {
  const staged = new StagedChanges(database);
  await database.scoped(ALL_TENANTS, async (tx) => {
    for (const change of changes) await staged.stage(tx, change);
  });
  staged.flush();
}

beforeAll(async () => {
  db = await createTestDatabase();
  database = db.database;
});
afterAll(async () => {
  await stopChanges(database);
  await db?.destroy();
});

describe('snapshot hub', () => {
  it('sends one snapshot to every client, recomputes once per burst of relevant changes, ignores other topics', async () => {
    let computations = 0;
    const topics: string[] = [];
    const hub = new SnapshotHub({
      database,
      event: 'test',
      isRelevant: (change) => {
        topics.push(change.topic);
        return change.topic === 'dispatch';
      },
      snapshot: async () => ({ n: ++computations }),
      coalesceMs: 500,
      onError: (error) => {
        throw error;
      },
    });
    const first = new FakeStream();
    await hub.add(asResponse(first));
    await vi.waitFor(() => expect(first.snapshots()).toEqual([{ n: 1 }]), { timeout: 20_000 });
    // A second client gets the latest snapshot at once, without a recomputation.
    const second = new FakeStream();
    await hub.add(asResponse(second));
    expect(second.snapshots()).toEqual([{ n: 1 }]);
    expect(hub.size).toBe(2);

    await publish(...Array.from({ length: 20 }, (): Change => ({ topic: 'dispatch' })), { topic: 'chat' });
    await vi.waitFor(() => expect(second.snapshots().length).toBe(2), { timeout: 20_000 });
    expect(computations).toBe(2);
    expect(first.frames.at(-1)).toBe(second.frames.at(-1));
    expect(topics.filter((t) => t === 'chat')).toHaveLength(1);

    // Only irrelevant changes: no recomputation; the next relevant one brings exactly one.
    await publish({ topic: 'calls' });
    await publish({ topic: 'dispatch' });
    await vi.waitFor(() => expect(first.snapshots().length).toBe(3), { timeout: 20_000 });
    expect(computations).toBe(3);
    expect(topics).toContain('calls');

    hub.close();
    expect(first.isEnded && second.isEnded).toBe(true);
    expect(hub.size).toBe(0);
  });

  it('refreshes without any change when asked to, and recomputes for a joining client if asked', async () => {
    let computations = 0;
    const hub = new SnapshotHub({
      database,
      event: 'test',
      isRelevant: () => false,
      snapshot: async () => ({ n: ++computations }),
      refreshMs: 50,
      coalesceMs: 10,
      isRecomputedOnJoin: true,
      onError: (error) => {
        throw error;
      },
    });
    const client = new FakeStream();
    await hub.add(asResponse(client));
    await vi.waitFor(() => expect(client.snapshots().length).toBeGreaterThanOrEqual(3), { timeout: 20_000 });
    const numbers = client.snapshots().map((s) => s.n);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const late = new FakeStream();
    await hub.add(asResponse(late));
    expect(late.snapshots()).toHaveLength(1); // the last one at once, a fresh one follows
    await vi.waitFor(() => expect(late.snapshots().length).toBeGreaterThanOrEqual(2), { timeout: 20_000 });
    hub.close();
  });

  it('reports a failing snapshot and keeps serving', async () => {
    const errors: unknown[] = [];
    let isFailing = true;
    const hub = new SnapshotHub({
      database,
      event: 'test',
      isRelevant: (change) => change.topic === 'dispatch',
      snapshot: async () => {
        if (isFailing) throw new Error('boom');
        return { n: 1 };
      },
      coalesceMs: 10,
      onError: (error) => errors.push(error),
    });
    const client = new FakeStream();
    await hub.add(asResponse(client));
    await vi.waitFor(() => expect(errors).toHaveLength(1), { timeout: 20_000 });
    isFailing = false;
    await publish({ topic: 'dispatch' });
    await vi.waitFor(() => expect(client.snapshots()).toEqual([{ n: 1 }]), { timeout: 20_000 });
    hub.close();
  });
});
