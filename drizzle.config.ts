import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the module schemas and committed as plain SQL.
// `npm run db:generate` serialises runs with a lock file, because several people
// (or agents) may change schemas at the same time.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/platform/db/schema.ts',
  out: './migrations',
  entities: { roles: { provider: '', include: [] } },
});
