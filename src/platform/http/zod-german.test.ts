import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configureGermanValidationMessages } from './zod-german.js';

describe('German validation messages', () => {
  configureGermanValidationMessages();
  const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues.map((i) => i.message);

  it('says limits of numbers, strings and lists in plain German', () => {
    expect(messages(z.number().int().max(600), 700)).toEqual(['Höchstens 600.']);
    expect(messages(z.number().min(1), 0)).toEqual(['Mindestens 1.']);
    expect(messages(z.string().min(2), 'x')).toEqual(['Mindestens 2 Zeichen.']);
    expect(messages(z.string().max(3), 'abcd')).toEqual(['Höchstens 3 Zeichen.']);
    expect(messages(z.array(z.string()).max(1), ['a', 'b'])).toEqual(['Höchstens 1 Einträge.']);
  });

  it('keeps messages a schema sets itself, and answers other checks in German', () => {
    expect(messages(z.number().max(100, 'Höchstens 100 %.'), 150)).toEqual(['Höchstens 100 %.']);
    expect(messages(z.number(), 'x')[0]).toMatch(/^Ungültige Eingabe/);
  });
});
