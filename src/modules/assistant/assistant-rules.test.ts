import { describe, expect, it } from 'vitest';
import { checkGrounded, extractFacts } from './grounding.js';
import { classifyIntent } from './intent.js';
import { municipalitiesForPostalCode } from '../tenancy/index.js';

describe('classifyIntent', () => {
  it('recognises emergencies in German and English at once', () => {
    for (const text of [
      'Es brennt in der Küche!',
      'mein Vater ist bewusstlos',
      'Er atmet nicht mehr',
      'Hilfe, ich werde bedroht',
      'There is a fire in my house',
      'my friend is unconscious',
    ]) {
      expect(classifyIntent(text).kind, text).toBe('emergency');
    }
  });

  it('recognises a wish for a person, out-of-scope matters and ordinary questions', () => {
    expect(classifyIntent('Ich will mit einem Menschen sprechen').kind).toBe('human');
    expect(classifyIntent('kann ich bitte mit einer Mitarbeiterin reden').kind).toBe('human');
    expect(classifyIntent('I want to talk to a person').kind).toBe('human');
    expect(classifyIntent('Wie ist der Stand meines Antrags auf Wohngeld?')).toEqual({ kind: 'out_of_scope', reason: 'case_status' });
    expect(classifyIntent('Ich möchte mich über den Bürgerservice beschweren')).toEqual({ kind: 'out_of_scope', reason: 'complaint' });
    expect(classifyIntent('Wo gebe ich meine Einkommensteuererklärung beim Finanzamt ab?')).toEqual({
      kind: 'out_of_scope',
      reason: 'other_authority',
    });
    for (const text of [
      'Osterfeuer anmelden',
      'Brandschutz im Keller',
      'perso verlängern',
      'Hundesteuer Laatzen',
      'sterbefall melden wer ist zuständig',
    ]) {
      expect(classifyIntent(text).kind, text).toBe('question');
    }
  });
});

describe('checkGrounded (no invented facts)', () => {
  const source =
    'Gebühr: 37,00 € (ab 24 Jahren). Bürgeramt Laatzen, Marktplatz 13, 30880 Laatzen. Telefon 0511 8205-1234. Mo-Fr 08:00-12:00 Uhr.';

  it('finds amounts, dates, times, phone numbers, postal codes and street addresses', () => {
    const facts = extractFacts(
      'Die Gebühr beträgt 37,00 €, bis zum 12.03.2026, ab 08:00 Uhr, Telefon 0511 8205-1234, Marktplatz 13, 30880 Laatzen.',
    );
    expect(facts).toEqual(expect.arrayContaining(['37,00', '12.03.2026', '08:00', '0511 8205-1234', 'Marktplatz 13', '30880']));
  });

  it('accepts a reply whose facts all occur in the cited text', () => {
    const reply = 'Gebühr: 37,00 € (ab 24 Jahren). Zuständig: Bürgeramt Laatzen, Marktplatz 13, 30880 Laatzen, Telefon 0511 8205-1234.';
    expect(checkGrounded(reply, [source])).toEqual({ ok: true, unsupported: [] });
  });

  it('refuses a reply with an invented fee, date, phone number or address', () => {
    expect(checkGrounded('Die Gebühr beträgt 45,00 €.', [source]).unsupported).toEqual(['45,00']);
    expect(checkGrounded('Bitte kommen Sie bis zum 01.02.2027.', [source]).ok).toBe(false);
    expect(checkGrounded('Rufen Sie 0511 168-0 an.', [source]).ok).toBe(false);
    expect(checkGrounded('Das Amt ist in der Hildesheimer Straße 20.', [source]).unsupported).toEqual(
      expect.arrayContaining(['Hildesheimer Straße 20']),
    );
    // Text without facts needs no source.
    expect(checkGrounded('Dazu habe ich leider keine passende Auskunft gefunden.', []).ok).toBe(true);
  });
});

describe('municipalitiesForPostalCode', () => {
  it('gives one municipality for most codes and both for a shared one', () => {
    expect(municipalitiesForPostalCode('30880')).toEqual(['03241009']);
    expect(municipalitiesForPostalCode('30669').length).toBe(2);
    expect(municipalitiesForPostalCode('10115')).toEqual([]);
  });
});
