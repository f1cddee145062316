import { describe, expect, it } from 'vitest';
import { parseCostFile, parseEuroAmount, parseGermanDate, plannedItems } from './cost-import.js';

describe('amounts as people write them', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234.56', 123456],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['1 234,5 €', 123450],
    ['48500', 4850000],
    ['0,07', 7],
    ['EUR 12', 1200],
  ])('%s is %i cents', (input, cents) => expect(parseEuroAmount(input)).toEqual({ cents }));

  it.each([
    ['', 'Der Betrag fehlt.'],
    ['-5', 'negativ'],
    ['1,2,3', 'zwei Kommas'],
    ['12.34,5', 'Dreiergruppen'],
    ['1,234', 'mehr als zwei Nachkommastellen'],
    ['zwölf', 'kein Betrag'],
  ])('%s is refused', (input, reason) => {
    const r = parseEuroAmount(input);
    expect('error' in r && r.error).toContain(reason);
  });
});

describe('dates', () => {
  it('reads TT.MM.JJJJ and JJJJ-MM-TT and refuses days that do not exist', () => {
    expect(parseGermanDate('1.9.2026')).toBe('2026-09-01');
    expect(parseGermanDate('2026-02-28')).toBe('2026-02-28');
    expect(parseGermanDate('29.02.2026')).toBeNull();
    expect(parseGermanDate('2026/01/01')).toBeNull();
  });
});

describe('the file', () => {
  it('reads comma-separated files, header names in any case and order, and groups a position by name', () => {
    const parsed = parseCostFile('BETRAG,position,Kostenart,Gilt ab\n"1000,00",Team,Personal,\n1200.5, team ,personal,1.7.2026', 2026);
    expect(parsed.refused).toEqual([]);
    expect(parsed.delimiter).toBe(',');
    expect(plannedItems(parsed.lines)).toEqual([
      expect.objectContaining({
        name: 'Team',
        changes: [
          { from: '2026-01-01', annualAmountCents: 100000 },
          { from: '2026-07-01', annualAmountCents: 120050 },
        ],
      }),
    ]);
  });

  it('a one-off position twice is refused with the line of the first', () => {
    const parsed = parseCostFile('Kostenart;Position;Betrag;Datum\nEinmalig;Kurs;10;01.02.2026\nEinmalig;Kurs;20;01.03.2026', 2026);
    expect(parsed.refused).toEqual([
      { line: 3, reason: 'Position „Kurs“ steht schon in Zeile 2; eine einmalige Position hat genau einen Betrag.' },
    ]);
  });
});
