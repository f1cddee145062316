import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, startMessage } from './config.js';

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

  it('derives the public URL from the port unless it is set, and logs the address really bound', () => {
    expect(loadConfig({ PORT: '4100' }).PUBLIC_URL).toBe('http://localhost:4100');
    expect(loadConfig({ PORT: '4100', PUBLIC_URL: 'https://dialog.hannover.de' }).PUBLIC_URL).toBe('https://dialog.hannover.de');
    const local = loadConfig({ PORT: '4100' });
    expect(startMessage('http://0.0.0.0:4100', local, 'pglite')).toBe('DialogCenter läuft auf http://localhost:4100 (Datenbank: pglite)');
    // PORT=0 binds a free port: the message names that port, not 0 or 3000.
    expect(startMessage('http://127.0.0.1:38111', loadConfig({ PORT: '0' }), 'postgres')).toContain('http://127.0.0.1:38111');
    expect(startMessage('http://0.0.0.0:3000', loadConfig({ PUBLIC_URL: 'https://dialog.hannover.de/' }), 'postgres')).toBe(
      'DialogCenter läuft auf http://localhost:3000, öffentlich https://dialog.hannover.de (Datenbank: postgres)',
    );
  });

  it('trusts no proxy by default; TRUST_PROXY takes a list of addresses and CIDR ranges', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback' }).TRUST_PROXY).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('refuses TRUST_PROXY=true (anyone could forge an address) and malformed entries, naming them', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true/);
    for (const bad of ['10.0.0.0/33', 'proxy.example.org', '10.0.0.1/8/1', '::1/129', '1.2.3']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(
        new RegExp(`TRUST_PROXY.*${bad.replaceAll('.', '\\.').replaceAll('/', '\\/')}`),
      );
    }
  });

  it('checks the mail settings: an SMTP URL, a sender address, timeouts set, a lease longer than a batch can take', () => {
    const config = loadConfig({ SMTP_URL: 'smtp://mail.example.org:587' });
    expect(config).toMatchObject({
      SMTP_CONNECTION_TIMEOUT_MS: 5_000,
      SMTP_GREETING_TIMEOUT_MS: 5_000,
      SMTP_SOCKET_TIMEOUT_MS: 15_000,
      OUTBOX_MAX_ATTEMPTS: 10,
    });
    expect(() => loadConfig({ SMTP_URL: 'mail.example.org' })).toThrow(/SMTP_URL muss mit smtp:\/\/ oder smtps:\/\//);
    expect(() => loadConfig({ MAIL_FROM: 'DialogCenter' })).toThrow(/MAIL_FROM braucht eine E-Mail-Adresse/);
    expect(() => loadConfig({ SMTP_SOCKET_TIMEOUT_MS: '0' })).toThrow(/SMTP_SOCKET_TIMEOUT_MS/);
    expect(() => loadConfig({ OUTBOX_LEASE_SECONDS: '60', OUTBOX_BATCH_SIZE: '100' })).toThrow(/OUTBOX_LEASE_SECONDS muss länger sein/);
  });

  it('single sign-on: off unless configured, complete or refused at start, groups parsed into roles', () => {
    expect(loadConfig({}).OIDC_ISSUER_URL).toBeUndefined();
    const sso = loadConfig({
      OIDC_ISSUER_URL: 'https://login.region-hannover.de/realms/kommunen/',
      OIDC_CLIENT_ID: 'dialogcenter',
      OIDC_CLIENT_SECRET: 'geheim',
      OIDC_GROUP_ROLES: 'CN=DC-Redaktion,OU=Gruppen=editor; dc-fb=backoffice,editor',
      OIDC_ALLOWED_TENANTS: 'laatzen, langenhagen',
    });
    expect(sso.OIDC_ISSUER_URL).toBe('https://login.region-hannover.de/realms/kommunen');
    expect(sso.OIDC_GROUP_ROLES).toEqual({ 'CN=DC-Redaktion,OU=Gruppen': ['editor'], 'dc-fb': ['backoffice', 'editor'] });
    expect(sso.OIDC_ALLOWED_TENANTS).toEqual(['laatzen', 'langenhagen']);
    expect(() => loadConfig({ OIDC_ISSUER_URL: 'https://idp.example' })).toThrow(/OIDC_CLIENT_ID, OIDC_CLIENT_SECRET und OIDC_GROUP_ROLES/);
    expect(() => loadConfig({ OIDC_CLIENT_ID: 'x' })).toThrow(/ohne OIDC_ISSUER_URL/);
    const base = { OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y', OIDC_GROUP_ROLES: 'g=agent' };
    expect(() => loadConfig({ ...base, OIDC_ISSUER_URL: 'http://idp.example' })).toThrow(/http:\/\/ nur auf 127.0.0.1/);
    expect(loadConfig({ ...base, OIDC_ISSUER_URL: 'http://127.0.0.1:9000' }).OIDC_ISSUER_URL).toBe('http://127.0.0.1:9000');
    expect(() => loadConfig({ ...base, OIDC_ISSUER_URL: 'https://idp.example', OIDC_GROUP_ROLES: 'g=chef' })).toThrow(/unbekannt: chef/);
  });
});
