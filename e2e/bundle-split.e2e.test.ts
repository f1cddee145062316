import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The bundle split (issue 9 item 7, decision record 0066), proven from the build itself: Vite's
 * manifest (web/dist/.vite/manifest.json) lists every chunk with its static imports, and each chunk's
 * source map names the modules inside it. A citizen page's import graph (its lazy entry plus every
 * chunk loaded with it, the main entry included) must hold no staff code; the wall screen likewise.
 * Runs on the output of `npm run build:web` (`npm run test:browser` builds first).
 */
const web = (path: string) => fileURLToPath(new URL(`../web/${path}`, import.meta.url));
const manifestFile = web('dist/.vite/manifest.json');

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

// Modules only the staff application may load: its chunk and root, the registries and shell, every
// feature's page registration, the staff-only features, and the staff pages of the shared features.
const staffOnly = [
  /^src\/staff-app\.tsx$/,
  /^src\/features\/index\.ts$/,
  /\/register\.ts$/,
  /^src\/app\/(layout|nav)\.tsx?$/,
  /^src\/features\/(account|admin|audit|reporting|staffing|start|dispatch)\//,
  /-pages?\.tsx$/, // staff pages; the citizen pages are listed in `citizenPages`
  /start-section/,
  /node_modules\/echarts\//,
];
const citizenPages = [
  'src/features/appointments/public-booking-page.tsx',
  'src/features/appointments/manage-page.tsx',
  'src/features/appointments/offer-page.tsx',
  'src/features/knowledge/public-services-page.tsx',
  'src/features/tickets/access-link-page.tsx',
  'src/features/contacts/public-pages.tsx',
  'src/features/legal/imprint-page.tsx',
  'src/features/legal/privacy-notice-page.tsx',
  'src/features/legal/accessibility-page.tsx',
];
const wallScreenPages = ['src/features/contacts/wallboard-page.tsx'];
/** The portal's pages that load on their own route, after the entry chunk. */
const portalLazyPages = ['booking', 'assistant', 'contact', 'status', 'topics'].map((p) => `src/portal/${p}-page.tsx`);
const portalPages = ['src/portal/search-page.tsx', 'src/portal/service-page.tsx', ...portalLazyPages];

describe('bundle split (build manifest)', () => {
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} fehlt: erst \`npm run build:web\` ausführen.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>;
  // Two HTML entries (decision 0162): index.html (staff app, wall screen, older citizen pages) and portal.html.
  const entry = Object.entries(manifest).find(([k, c]) => c.isEntry && k === 'index.html');

  /** The chunks loaded with `key`: the chunk itself and its static imports, transitively (not the lazy ones). */
  function graph(key: string, seen = new Set<string>()): Set<string> {
    if (seen.has(key)) return seen;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`chunk ${key} is not in the manifest`);
    seen.add(key);
    for (const i of chunk.imports ?? []) graph(i, seen);
    return seen;
  }
  /** The modules inside a chunk, from its source map, relative to web/ (node_modules kept as such). */
  function modules(key: string): string[] {
    const mapFile = web(`dist/${manifest[key]!.file}.map`);
    // A chunk that only re-exports (the wall screen's entry) has no source map: no modules of its own.
    if (!existsSync(mapFile)) return [];
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
    return map.sources.map((s) => s.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/'));
  }
  const staffModulesIn = (keys: Iterable<string>, allowed: string[]) =>
    [...keys].flatMap((k) =>
      modules(k)
        .filter((m) => !allowed.includes(m) && staffOnly.some((r) => r.test(m)))
        .map((m) => `${manifest[k]!.file}: ${m}`),
    );

  // The citizen entries are exactly the lazy imports in web/src/citizen-routes.tsx.
  const citizenEntries = [...readFileSync(web('src/citizen-routes.tsx'), 'utf8').matchAll(/import\('\.\/([^']+)'\)/g)].map(
    (m) => `src/${m[1]}.ts`,
  );

  it('the main entry holds the router, session and query cache, and loads every page lazily', () => {
    expect(entry, 'the manifest has an entry').toBeDefined();
    const [entryKey, entryChunk] = entry!;
    expect(entryChunk.dynamicImports).toEqual(
      expect.arrayContaining([...citizenEntries, 'src/staff-app.tsx', 'src/features/contacts/wall-screen.ts']),
    );
    // What every page loads (a citizen's first request) carries no staff code.
    expect(staffModulesIn(graph(entryKey), [])).toEqual([]);
    expect(modules(entryKey).some((m) => m.includes('@tanstack/query-core'))).toBe(true);
  });

  it('each citizen entry (/buerger/*, /kontakt, /chat, /status, secure links) loads no staff chunk and no staff module', () => {
    expect(citizenEntries.sort()).toEqual([
      'src/features/appointments/public.ts',
      'src/features/contacts/public.ts',
      'src/features/knowledge/public.ts',
      'src/features/legal/public.ts',
      'src/features/tickets/public.ts',
    ]);
    for (const key of citizenEntries) {
      expect(manifest[key]?.isDynamicEntry, `${key} is its own chunk`).toBe(true);
      const chunks = graph(key);
      expect([...chunks], `${key} does not load the staff app`).not.toContain('src/staff-app.tsx');
      expect(staffModulesIn(chunks, citizenPages), `staff modules loaded with ${key}`).toEqual([]);
    }
    // Not vacuous: the citizen pages really are in those graphs.
    const loaded = citizenEntries.flatMap((k) => [...graph(k)].flatMap(modules));
    expect(loaded).toEqual(expect.arrayContaining(citizenPages));
  });

  it('the citizen portal (/de, /en) is its own entry: no staff code, no staff entry, its booking, assistant, contact, status and KoliBri lazily', () => {
    expect(
      Object.entries(manifest)
        .filter(([, c]) => c.isEntry)
        .map(([k]) => k)
        .sort(),
    ).toEqual(['index.html', 'portal.html']);
    const chunks = graph('portal.html');
    expect([...chunks]).not.toContain('index.html');
    expect([...chunks]).not.toContain('src/staff-app.tsx');
    const inside = [...chunks].flatMap(modules);
    expect(staffModulesIn(chunks, portalPages)).toEqual([]);
    // Nothing of the other entry: its router, session, query cache or citizen routes.
    expect(inside.filter((m) => /^src\/(main\.tsx|citizen-routes|staff-app|app\/(session|query|api)\.tsx?$)|@tanstack/.test(m))).toEqual(
      [],
    );
    expect(inside).toEqual(expect.arrayContaining(['src/portal/main.tsx', 'src/portal/search-page.tsx', 'src/portal/service-page.tsx']));
    // KoliBri's components and the booking page come in their own chunks, after the first paint.
    expect(inside.some((m) => m.startsWith('node_modules/@public-ui/components/'))).toBe(false);
    expect(manifest['portal.html']!.dynamicImports).toEqual(expect.arrayContaining(portalLazyPages));
    for (const lazyPage of portalLazyPages) {
      const chunks = [...graph(lazyPage)];
      expect(chunks).not.toContain('index.html');
      expect(staffModulesIn(new Set(chunks), portalPages), `staff modules loaded with ${lazyPage}`).toEqual([]);
    }
  });

  it('the wall screen loads no staff app either', () => {
    const chunks = graph('src/features/contacts/wall-screen.ts');
    expect([...chunks]).not.toContain('src/staff-app.tsx');
    expect(staffModulesIn(chunks, wallScreenPages)).toEqual([]);
    expect([...chunks].flatMap(modules)).toEqual(expect.arrayContaining(wallScreenPages));
  });

  it('the staff app is one lazy chunk holding the staff pages', () => {
    const staff = manifest['src/staff-app.tsx'];
    expect(staff?.isDynamicEntry).toBe(true);
    const inside = [...graph('src/staff-app.tsx')].flatMap(modules);
    expect(inside).toEqual(
      expect.arrayContaining([
        'src/staff-app.tsx',
        'src/features/admin/register.ts',
        'src/features/contacts/desktop-page.tsx',
        'src/app/layout.tsx',
      ]),
    );
  });
});
