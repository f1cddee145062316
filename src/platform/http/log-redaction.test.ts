import { describe, expect, it } from 'vitest';
import { redactPersonalData, redactText } from './log-safety.js';

describe('log redaction', () => {
  it('replaces e-mail addresses and phone numbers in every spelling', () => {
    expect(redactText('Mail an erika.muster@example.org bitte')).toBe('Mail an [E-Mail] bitte');
    expect(redactText('Jürgen.Öz@gemeinde-laatzen.de')).toBe('[E-Mail]');
    for (const phone of ['0511 4455667', '+49 511 4455667', '0511/44 55 66-7', '(0511) 4455667', '004951144556677'])
      expect(redactText(`Tel. ${phone}.`), phone).toBe('Tel. [Telefon].');
  });

  it('keeps ids, dates, times, addresses of machines and small numbers', () => {
    const keep = [
      '550e8400-e29b-41d4-a716-446655440000',
      '12345678-1234-4234-8234-123456789012',
      '2026-12-02T09:30:00.000Z',
      '2026-12-02',
      '127.0.0.1',
      'took 1234.56789 ms',
      'DC-2026-001234-K7QX',
      '/api/v1/service-requests/550e8400-e29b-41d4-a716-446655440000',
      'status 404 in 12 ms',
    ];
    for (const text of keep) expect(redactText(text), text).toBe(text);
  });

  it('walks objects and arrays, leaves numbers and keys', () => {
    expect(redactPersonalData({ a: ['x@example.org', 5], b: { c: 'Tel 0511 4455667' }, n: 5114455667 })).toEqual({
      a: ['[E-Mail]', 5],
      b: { c: 'Tel [Telefon]' },
      n: 5114455667,
    });
  });
});
