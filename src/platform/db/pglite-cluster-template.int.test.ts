import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { queryRows } from './database.js';
import { readMigrationState } from './migrate.js';
import { openDatabase } from './open-database.js';
import { clusterTemplateFile, writeClusterTemplate } from './pglite-cluster-template.js';

// PGlite only by nature (a data folder); it runs unchanged in the PostgreSQL pass of CI.
describe('PGlite cluster template made at install time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-template-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a new data folder starts from the template, fully migrated, and keeps what is written across a restart', async () => {
    const { file } = await writeClusterTemplate();
    expect(existsSync(file)).toBe(true);
    expect(file).toBe(clusterTemplateFile());
    // Made once: a second call finds it.
    expect((await writeClusterTemplate()).made).toBe(false);

    const dataDir = join(dir, 'data');
    const first = await openDatabase({ DATA_DIR: dataDir });
    const state = await readMigrationState(first.database);
    expect(state.pending).toBe(0);
    expect(state.applied).toBe(state.known);
    // The template's extensions and roles came along (the migrations created them).
    const ext = await queryRows<{ extname: string }>(first.database.db, sql`select extname from pg_extension order by extname`);
    expect(ext.map((e) => e.extname)).toEqual(expect.arrayContaining(['btree_gist', 'pg_trgm', 'unaccent']));
    await first.database.db.execute(sql`create table template_probe (id int)`);
    await first.database.db.execute(sql`insert into template_probe values (42)`);
    await first.database.close();
    first.release();

    // A folder with data is opened as it is, not replaced by the template.
    const again = await openDatabase({ DATA_DIR: dataDir });
    const rows = await queryRows<{ id: number }>(again.database.db, sql`select id from template_probe`);
    expect(rows).toEqual([{ id: 42 }]);
    await again.database.close();
    again.release();
  }, 120_000);
});
