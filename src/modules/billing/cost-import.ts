/**
 * The cost import's file format (pure; decision record 0107): a CSV of cost lines, one line per
 * amount, read through the platform's one CSV reader (decision 0120) and checked row by row with
 * Zod. Columns (header line, any order, case-insensitive): Jahr, Kostenart, Position, Betrag,
 * Träger, Datum, Bemerkung; Kostenart, Position and Betrag are required.
 *
 * A recurring item (Personal, Sachkosten) may have several lines with different dates: its annual
 * amount changes from that date (a new agent from 1 September). A one-off item (Einmalig,
 * Investition) has one line with its booking date.
 */
import { z } from 'zod';
import { CsvFormatError, detectDelimiter, parseCsvWithLines } from '../../platform/csv/csv.js';
import type { CostBearer, CostCategory } from './cost-plan.js';

export interface CostLine {
  line: number;
  name: string;
  /** The name as compared: trimmed, inner spaces collapsed, lower case. */
  key: string;
  category: CostCategory;
  bearer: CostBearer;
  /** Recurring: annual amount; one-off: the amount. Cents. */
  amountCents: number;
  /** Recurring: in force from (defaults to 1 January); one-off: booked on. YYYY-MM-DD. */
  date: string;
  note: string | null;
}

export interface RefusedLine {
  line: number;
  reason: string;
}

/** Header names (lower case) of each field; the first is the one the export writes. */
export const costColumns = {
  year: ['jahr'],
  category: ['kostenart', 'art', 'kategorie'],
  name: ['position', 'bezeichnung', 'kostenposition'],
  bearer: ['träger', 'traeger', 'kostenträger', 'kostentraeger'],
  amount: ['betrag', 'betrag in €', 'betrag (€)', 'betrag in eur', 'jahresbetrag'],
  date: ['datum', 'gilt ab', 'buchungsdatum', 'gilt ab / gebucht am'],
  note: ['bemerkung', 'anmerkung', 'notiz'],
} as const;
type Field = keyof typeof costColumns;

/** The export's header line (and the template's). */
export const costCsvHeader = ['Jahr', 'Kostenart', 'Position', 'Träger', 'Betrag', 'Datum', 'Bemerkung'];

const categoryWords: Record<string, CostCategory> = {
  personal: 'personnel',
  personalkosten: 'personnel',
  personnel: 'personnel',
  sachkosten: 'material',
  sachkosten_zum_personal: 'material',
  material: 'material',
  einmalig: 'one_off',
  einmalige_kosten: 'one_off',
  einmalkosten: 'one_off',
  one_off: 'one_off',
  investition: 'investment',
  investitionen: 'investment',
  investment: 'investment',
};
const bearerWords: Record<string, CostBearer> = {
  teilnehmende: 'participants',
  'teilnehmende (erstattung)': 'participants',
  erstattung: 'participants',
  kommunen: 'participants',
  participants: 'participants',
  region: 'region',
  regionsverwaltung: 'region',
  'regionsverwaltung (beitrag)': 'region',
  region_hannover: 'region',
  träger: 'host',
  'träger (lhh)': 'host',
  lhh: 'host',
  host: 'host',
};
/** What the export writes (and the page shows). */
export const categoryLabel: Record<CostCategory, string> = {
  personnel: 'Personal',
  material: 'Sachkosten',
  one_off: 'Einmalig',
  investment: 'Investition',
};
export const bearerLabel: Record<CostBearer, string> = { participants: 'Teilnehmende', region: 'Regionsverwaltung', host: 'Träger' };

const word = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
export const nameKey = (s: string) => word(s);

/**
 * An amount in euros as people write it, to cents: `1.234,56`, `1234,56`, `1234.56`, `1 234,56 €`,
 * `1234`. A comma is the decimal mark (dots then group thousands); without a comma a dot followed
 * by exactly three digits groups thousands (cents have two), otherwise it is the decimal mark.
 * Null when it is no amount; a message when it is one we refuse.
 */
export function parseEuroAmount(input: string): { cents: number } | { error: string } {
  const s = input
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(€|EUR)$/i, '')
    .replace(/^(€|EUR)/i, '');
  if (s === '') return { error: 'Der Betrag fehlt.' };
  if (/^[-−]/.test(s)) return { error: `Der Betrag „${input.trim()}“ ist negativ; Kosten werden ohne Vorzeichen angegeben.` };
  let whole: string;
  let fraction = '';
  if (s.includes(',')) {
    const parts = s.split(',');
    if (parts.length !== 2) return { error: `„${input.trim()}“ ist kein Betrag (zwei Kommas).` };
    [whole, fraction] = parts as [string, string];
    if (whole.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(whole))
      return { error: `„${input.trim()}“ ist kein Betrag (Tausenderpunkte in Dreiergruppen, Komma vor den Cent).` };
    whole = whole.replace(/\./g, '');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    whole = s.replace(/\./g, '');
  } else if (/^\d+\.\d{1,2}$/.test(s)) {
    [whole, fraction] = s.split('.') as [string, string];
  } else {
    whole = s;
  }
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return { error: `„${input.trim()}“ ist kein Betrag in Euro.` };
  if (fraction.length > 2) return { error: `Der Betrag „${input.trim()}“ hat mehr als zwei Nachkommastellen.` };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents) || cents > 100_000_000_000) return { error: `Der Betrag „${input.trim()}“ ist zu hoch.` };
  return { cents };
}

/** `TT.MM.JJJJ` or `JJJJ-MM-TT` to YYYY-MM-DD, checked against the calendar. */
export function parseGermanDate(input: string): string | null {
  const s = input.trim();
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s) ?? null;
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

const germanDate = (ymd: string) => `${ymd.slice(8, 10)}.${ymd.slice(5, 7)}.${ymd.slice(0, 4)}`;

/** One row of the file, checked with Zod (German messages naming the column). */
function rowSchema(year: number) {
  return z.object({
    year: z.string().refine((v) => v.trim() === '' || v.trim() === String(year), {
      message: `Jahr: die Zeile gehört nicht zum Kostenplan ${year} (eine Datei je Jahr).`,
    }),
    category: z.string().transform((v, ctx) => {
      const c = categoryWords[word(v).replace(/ /g, '_')];
      if (!c)
        ctx.addIssue({
          code: 'custom',
          message: v.trim()
            ? `Kostenart: „${v.trim()}“ ist unbekannt (Personal, Sachkosten, Einmalig oder Investition).`
            : 'Kostenart: fehlt (Personal, Sachkosten, Einmalig oder Investition).',
        });
      return c ?? 'personnel';
    }),
    name: z.string().trim().min(1, 'Position: die Bezeichnung fehlt.').max(200, 'Position: höchstens 200 Zeichen.'),
    bearer: z.string().transform((v, ctx) => {
      if (v.trim() === '') return 'participants' as CostBearer;
      const b = bearerWords[word(v)] ?? bearerWords[word(v).replace(/ /g, '_')];
      if (!b)
        ctx.addIssue({ code: 'custom', message: `Träger: „${v.trim()}“ ist unbekannt (Teilnehmende, Regionsverwaltung oder Träger).` });
      return b ?? 'participants';
    }),
    amount: z.string().transform((v, ctx) => {
      const r = parseEuroAmount(v);
      if ('error' in r) ctx.addIssue({ code: 'custom', message: `Betrag: ${r.error}` });
      return 'cents' in r ? r.cents : 0;
    }),
    date: z.string().transform((v, ctx) => {
      if (v.trim() === '') return null;
      const d = parseGermanDate(v);
      if (!d) ctx.addIssue({ code: 'custom', message: `Datum: „${v.trim()}“ ist kein Datum (TT.MM.JJJJ).` });
      else if (!d.startsWith(`${year}-`)) ctx.addIssue({ code: 'custom', message: `Datum: ${germanDate(d)} liegt nicht im Jahr ${year}.` });
      return d;
    }),
    note: z
      .string()
      .trim()
      .max(1000, 'Bemerkung: höchstens 1000 Zeichen.')
      .transform((v) => v || null),
  });
}

export interface ParsedCostFile {
  delimiter: ';' | ',';
  /** Data rows read (blank lines not counted). */
  rowCount: number;
  lines: CostLine[];
  refused: RefusedLine[];
  /** The file itself cannot be read (no header, missing or unknown column, broken quotes). */
  fileError: string | null;
}

/**
 * Reads and checks a cost file for one year: every row on its own (Zod), then the rows of one
 * position together (one Kostenart and Träger per position, one line per date, a one-off once).
 * Every refused row is listed with its line number and reason.
 */
export function parseCostFile(text: string, year: number): ParsedCostFile {
  const input = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(input);
  const empty = (fileError: string): ParsedCostFile => ({ delimiter, rowCount: 0, lines: [], refused: [], fileError });
  let rows: { fields: string[]; line: number }[];
  try {
    rows = parseCsvWithLines(input, { delimiter });
  } catch (e) {
    if (e instanceof CsvFormatError) return empty(e.message);
    throw e;
  }
  const [header, ...data] = rows;
  if (!header) return empty('Die Datei ist leer.');
  const names = header.fields.map(word);
  const index: Partial<Record<Field, number>> = {};
  const unknown: string[] = [];
  names.forEach((n, i) => {
    const field = (Object.keys(costColumns) as Field[]).find((f) => (costColumns[f] as readonly string[]).includes(n));
    if (!field) {
      if (n !== '') unknown.push(header.fields[i]!.trim());
    } else if (index[field] === undefined) index[field] = i;
    else unknown.push(`${header.fields[i]!.trim()} (doppelt)`);
  });
  const missing = (['category', 'name', 'amount'] as Field[]).filter((f) => index[f] === undefined);
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length > 0 ? `Es fehlt die Spalte ${missing.map((f) => `„${costCsvHeader[fieldOrder.indexOf(f)]}“`).join(', ')}.` : '',
      unknown.length > 0 ? `Unbekannte Spalte ${unknown.map((u) => `„${u}“`).join(', ')}.` : '',
    ].filter(Boolean);
    return empty(
      `Zeile ${header.line}: ${parts.join(' ')} Erwartet wird die Kopfzeile ${costCsvHeader.join(delimiter)} (Jahr, Träger, Datum und Bemerkung dürfen fehlen).`,
    );
  }
  if (data.length === 0) return { ...empty('Die Datei enthält keine Kostenzeilen (nur die Kopfzeile).'), rowCount: 0 };

  const schema = rowSchema(year);
  const refused: RefusedLine[] = [];
  const accepted: CostLine[] = [];
  for (const row of data) {
    const cell = (f: Field) => (index[f] === undefined ? '' : (row.fields[index[f]!] ?? ''));
    const parsed = schema.safeParse({
      year: cell('year'),
      category: cell('category'),
      name: cell('name'),
      bearer: cell('bearer'),
      amount: cell('amount'),
      date: cell('date'),
      note: cell('note'),
    });
    if (!parsed.success) {
      refused.push({ line: row.line, reason: parsed.error.issues.map((i) => i.message).join(' ') });
      continue;
    }
    const v = parsed.data;
    const recurring = v.category === 'personnel' || v.category === 'material';
    if (!recurring && v.date === null) {
      refused.push({ line: row.line, reason: 'Datum: einmalige Kosten und Investitionen brauchen das Buchungsdatum.' });
      continue;
    }
    accepted.push({
      line: row.line,
      name: v.name.replace(/\s+/g, ' '),
      key: nameKey(v.name),
      category: v.category,
      bearer: v.bearer,
      amountCents: v.amount,
      date: v.date ?? `${year}-01-01`,
      note: v.note,
    });
  }

  // The lines of one position together.
  const lines: CostLine[] = [];
  const first = new Map<string, CostLine>();
  const dates = new Map<string, Map<string, number>>();
  for (const l of accepted) {
    const f = first.get(l.key);
    if (!f) {
      first.set(l.key, l);
      dates.set(l.key, new Map([[l.date, l.line]]));
      lines.push(l);
      continue;
    }
    const recurring = l.category === 'personnel' || l.category === 'material';
    if (f.category !== l.category)
      refused.push({
        line: l.line,
        reason: `Position „${l.name}“ steht schon in Zeile ${f.line} mit der Kostenart ${categoryLabel[f.category]}; eine Position hat eine Kostenart.`,
      });
    else if (f.bearer !== l.bearer)
      refused.push({
        line: l.line,
        reason: `Position „${l.name}“ steht schon in Zeile ${f.line} mit dem Träger ${bearerLabel[f.bearer]}; eine Position hat einen Träger.`,
      });
    else if (!recurring)
      refused.push({
        line: l.line,
        reason: `Position „${l.name}“ steht schon in Zeile ${f.line}; eine einmalige Position hat genau einen Betrag.`,
      });
    else if (dates.get(l.key)!.has(l.date))
      refused.push({
        line: l.line,
        reason: `Für „${l.name}“ gibt es ab ${germanDate(l.date)} schon einen Betrag in Zeile ${dates.get(l.key)!.get(l.date)}.`,
      });
    else {
      dates.get(l.key)!.set(l.date, l.line);
      lines.push(l);
    }
  }
  refused.sort((a, b) => a.line - b.line);
  return { delimiter, rowCount: data.length, lines, refused, fileError: null };
}

const fieldOrder: Field[] = ['year', 'category', 'name', 'bearer', 'amount', 'date', 'note'];

/** What one position becomes from its lines (the file is the truth for the positions it names). */
export interface PlannedItem {
  key: string;
  name: string;
  category: CostCategory;
  bearer: CostBearer;
  changes: { from: string; annualAmountCents: number }[];
  oneOffAmountCents: number | null;
  bookedOn: string | null;
  note: string | null;
  lines: number[];
}

export function plannedItems(lines: CostLine[]): PlannedItem[] {
  const byKey = new Map<string, PlannedItem>();
  for (const l of lines) {
    const recurring = l.category === 'personnel' || l.category === 'material';
    let item = byKey.get(l.key);
    if (!item) {
      item = {
        key: l.key,
        name: l.name,
        category: l.category,
        bearer: l.bearer,
        changes: [],
        oneOffAmountCents: recurring ? null : l.amountCents,
        bookedOn: recurring ? null : l.date,
        note: null,
        lines: [],
      };
      byKey.set(l.key, item);
    }
    if (recurring) item.changes.push({ from: l.date, annualAmountCents: l.amountCents });
    if (l.note && !(item.note ?? '').split(' / ').includes(l.note)) item.note = item.note ? `${item.note} / ${l.note}` : l.note;
    item.lines.push(l.line);
  }
  for (const item of byKey.values()) item.changes.sort((a, b) => (a.from < b.from ? -1 : 1));
  return [...byKey.values()];
}
