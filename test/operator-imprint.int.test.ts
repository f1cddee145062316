import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('imprint: the operator of the center is a setting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        OPERATOR_NAME: 'Stadt Musterhausen',
        OPERATOR_REPRESENTED_BY: 'Die Bürgermeisterin',
        OPERATOR_STREET: 'Rathausplatz 1',
        OPERATOR_POSTAL_CODE: '31515',
        OPERATOR_CITY: 'Musterhausen',
        OPERATOR_PHONE: '05031 12345',
        OPERATOR_EMAIL: 'impressum@musterhausen.example',
      },
    });
  });
  afterAll(() => t?.close());

  it('serves the configured operator to everyone, without a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/operator' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      name: 'Stadt Musterhausen',
      representedBy: 'Die Bürgermeisterin',
      street: 'Rathausplatz 1',
      postalCode: '31515',
      city: 'Musterhausen',
      phone: '05031 12345',
      email: 'impressum@musterhausen.example',
      legalForm: 'Körperschaft des öffentlichen Rechts, vertreten durch den Oberbürgermeister',
    });
  });

  it('defaults to the host city, and refuses a bad setting at start with a German message', () => {
    const defaults = loadConfig({ NODE_ENV: 'test' });
    expect([defaults.OPERATOR_NAME, defaults.OPERATOR_STREET, defaults.OPERATOR_POSTAL_CODE]).toEqual([
      'Landeshauptstadt Hannover',
      'Trammplatz 2',
      '30159',
    ]);
    expect(() => loadConfig({ NODE_ENV: 'test', OPERATOR_POSTAL_CODE: '3015' })).toThrow(/fünfstellige Postleitzahl/);
    expect(() => loadConfig({ NODE_ENV: 'test', OPERATOR_EMAIL: 'kein-mail' })).toThrow(/OPERATOR_EMAIL/);
  });
});
