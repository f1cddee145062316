import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
const t0=Date.now();
const db = await PGlite.create({ extensions: { pg_trgm, unaccent, btree_gist } });
console.log('create', Date.now()-t0);
await db.exec(`create role dc_app nologin; create table t(id int, tenant text); alter table t enable row level security; alter table t force row level security;
create policy p on t to dc_app using (current_setting('app.scope', true) = '*' or tenant = any(string_to_array(current_setting('app.scope', true), ',')));
grant select, insert on t to dc_app; insert into t values (1,'a'),(2,'b');`);
await db.transaction(async tx => {
  await tx.query(`select set_config('app.scope','a',true), set_config('role','dc_app',true)`);
  console.log((await tx.query('select * from t')).rows, (await tx.query('select current_user')).rows);
});
console.log((await db.query('select count(*) from t, current_user')).rows);
const dump = await db.dumpDataDir('gzip'); console.log('dump size', dump.size);
const t1=Date.now(); const db2 = await PGlite.create({ loadDataDir: dump, extensions: { pg_trgm, unaccent, btree_gist } }); console.log('load', Date.now()-t1, (await db2.query('select count(*) from t')).rows);
