import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('starts with sensible defaults: embedded database in ./data, port 3000, demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', DEMO_DATA: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('fails fast with a readable German message naming each bad setting', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toContain('Ungültige Konfiguration');
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('DATABASE_URL muss mit postgres://');
    }
  });
});
