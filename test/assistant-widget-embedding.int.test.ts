import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The assistant widget (decision 0165): only the assistant's embedded pages may be framed, only by the
 * sites in ASSISTANT_WIDGET_ORIGINS; every other answer keeps frame-ancestors 'none' and X-Frame-Options.
 */
describe('assistant widget: framing only for the configured sites', () => {
  let t: TestApp;
  let closed: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { ASSISTANT_WIDGET_ORIGINS: 'https://www.laatzen.de, https://www.wedemark.de:8443' } });
    closed = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
    await closed?.close();
  });
  const headersOf = async (app: TestApp, url: string) => (await app.app.inject({ method: 'GET', url })).headers;

  it('lets the configured sites frame the embedded assistant in both languages and the chat it hands over to', async () => {
    for (const url of ['/de/assistent?einbettung=1', '/en/assistant?einbettung=1&ort=laatzen', '/chat?einbettung=1']) {
      const h = await headersOf(t, url);
      expect(String(h['content-security-policy']), url).toContain('frame-ancestors https://www.laatzen.de https://www.wedemark.de:8443');
      expect(String(h['content-security-policy']), url).not.toContain("frame-ancestors 'none'");
      expect(h['x-frame-options'], url).toBeUndefined();
    }
  });

  it('keeps every other page unframeable: the portal assistant itself, other pages with the flag, the API', async () => {
    for (const url of [
      '/de/assistent',
      '/de/assistent?einbettung=0',
      '/de?einbettung=1',
      '/kontakt?einbettung=1',
      '/api/health?einbettung=1',
    ]) {
      const h = await headersOf(t, url);
      expect(String(h['content-security-policy']), url).toContain("frame-ancestors 'none'");
      expect(h['x-frame-options'], url).toBe('DENY');
    }
  });

  it('without configured sites nobody may frame the embedded assistant', async () => {
    const h = await headersOf(closed, '/de/assistent?einbettung=1');
    expect(String(h['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(h['x-frame-options']).toBe('DENY');
  });

  it("serves the widget's script readable from other origins (Cross-Origin-Resource-Policy)", async () => {
    expect((await headersOf(closed, '/assistent-widget.js'))['cross-origin-resource-policy']).toBe('cross-origin');
    expect((await headersOf(closed, '/de'))['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('refuses a bad origin at start with a message that names it', () => {
    for (const bad of ['http://www.laatzen.de', 'https://www.laatzen.de/', 'https://www.laatzen.de/seite', 'www.laatzen.de', "'none'"]) {
      expect(() => loadConfig({ ASSISTANT_WIDGET_ORIGINS: bad }), bad).toThrow(/ASSISTANT_WIDGET_ORIGINS.*ungültig/);
    }
    expect(loadConfig({ ASSISTANT_WIDGET_ORIGINS: 'https://WWW.Laatzen.de,http://localhost:8080' }).ASSISTANT_WIDGET_ORIGINS).toEqual([
      'https://www.laatzen.de',
      'http://localhost:8080',
    ]);
  });
});
