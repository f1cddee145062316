import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * XZuFi 2.x messages as the service directories send them (decision 0124): the Lower Saxony
 * directory's and the collection service's transfer files and PVOG/HamburgService answers. A
 * message is recognised by its structure, not by one root name: a root carrying `xzufiVersion`
 * with `nachrichtenkopf` and `schreibe` holding `leistung`, `spezialisierung`,
 * `organisationseinheit`, `onlinedienst`; or a root listing `leistung` elements directly
 * (a `leistungsverzeichnis` answer). Namespace prefixes are ignored.
 *
 * Mapped (everything else is listed in the import report, never dropped silently):
 * - `leistung/id`, `referenzLeiKa/code` (an unqualified `code` child, as every XÖV code type);
 * - `modulText` by its `leikaTextmodul/code` (code list urn:de:xzufi:codeliste:leistungstextmodulleika,
 *   `textModuleCodes`), its `inhalt` in German (`languageCode` de…; other languages are reported);
 * - `modulKosten`, `modulFrist`, `modulBearbeitungsdauer` (their `beschreibung`) → fees, deadlines,
 *   processing time; `modulBegriffImKontext/begriffImKontext/begriff` → keywords;
 * - `organisationseinheit` (`id`, `name`, `anschrift`, `kommunikation`) with its `zustaendigkeit`
 *   (`leistungID`, `gebietID` = AGS or ARS) → the local part of the tenants whose area it covers;
 * - `onlinedienst` (`link/link`, and the services it serves through `leistungID`) → online service URL.
 */
export const XZUFI_NAMESPACE = 'http://xoev.de/schemata/xzufi/2_2_0';
export const XZUFI_VERSION = '2.2.0';
export const TEXT_MODULE_LIST_URI = 'urn:de:xzufi:codeliste:leistungstextmodulleika';
export const LEIKA_LIST_URI = 'urn:de:fim:leika:leistung';

/** Codes of urn:de:xzufi:codeliste:leistungstextmodulleika that carry one of our fields. */
export const textModuleCodes = {
  '02': 'title', // Leistungsbezeichnung
  '05': 'shortText', // Kurztext
  '06': 'fullText', // Volltext
  '07': 'legalBasis', // Rechtsgrundlage(n) / Handlungsgrundlagen
  '08': 'requiredDocuments', // Erforderliche Unterlagen
  '09': 'eligibility', // Voraussetzungen
  '11': 'procedure', // Verfahrensablauf
  '14': 'forms', // Formulare
  '16': 'notes', // Hinweise (Besonderheiten)
} as const;
/** Names of the other codes of that list, for the report (what we do not map). */
const otherTextModules: Record<string, string> = {
  '03': 'Leistungsname',
  '15': 'Weiterführende Informationen',
  '18': 'Urheber',
  '22': 'Zuständige Stelle',
  '23': 'Ansprechpunkt',
  '24': 'Teaser',
  '25': 'Rechtsbehelf',
};
/** The text modules of their own (not `modulText`). */
const ownModules = { modulKosten: 'fees', modulFrist: 'deadlines', modulBearbeitungsdauer: 'processingTime' } as const;

type ModuleField = (typeof textModuleCodes)[keyof typeof textModuleCodes] | (typeof ownModules)[keyof typeof ownModules];
export type XzufiTextField = ModuleField | 'onlineServiceUrl';
const codeOf = Object.fromEntries(Object.entries(textModuleCodes).map(([code, field]) => [field, code])) as Record<string, string>;

export interface XzufiService {
  /** `leistung/id`: how the message's organisation units and online services refer to it. */
  id: string;
  leikaKey: string;
  keywords: string[];
  texts: Partial<Record<XzufiTextField, string | null>>;
}

export interface XzufiUnit {
  id: string;
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  web: string | null;
  /** Responsibilities: which service (leistung id) for which areas (AGS, 5 or 8 digits). */
  responsibilities: { serviceId: string; areas: string[] }[];
}

export interface XzufiRefusal {
  /** "Leistung 3 (id L100)" */
  record: string;
  reason: string;
}

export interface XzufiMessage {
  version: string | null;
  services: XzufiService[];
  units: XzufiUnit[];
  /** Records that cannot be read, each with its reason (the others are not affected). */
  refused: XzufiRefusal[];
  /** What the message carries that we do not map, with how often ("Element leistung/typisierung (2×)"). */
  unmapped: string[];
}

export class XzufiFormatError extends Error {}

type Node = Record<string, unknown>;
const repeatable = new Set([
  'leistung',
  'spezialisierung',
  'organisationseinheit',
  'onlinedienst',
  'modulText',
  'inhalt',
  'beschreibung',
  'begriffImKontext',
  'zustaendigkeit',
  'leistungID',
  'gebietID',
  'kommunikation',
  'anschrift',
  'link',
  'referenzLeiKa',
  'name',
  'bezeichnung',
  'begriff',
]);

const asArray = <T>(v: T | T[] | undefined | null): T[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const textOf = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object') return String(v).trim();
  const t = (v as Node)['#text'];
  return t === undefined ? '' : String(t).trim();
};
const first = (v: unknown): Node | undefined => asArray(v as Node | Node[])[0];
const codeText = (v: unknown) => textOf(first(v)?.code ?? first(v));
const lang = (n: unknown) => String((n as Node | undefined)?.['@languageCode'] ?? '').toLowerCase();

/** The German text of a multi-language element list (`inhalt`, `beschreibung`, `begriff`); other languages reported. */
function german(list: unknown, path: string, note: (what: string) => void): string | null {
  const items = asArray(list as Node | Node[] | string);
  if (items.length === 0) return null;
  const de = items.find((i) => lang(i).startsWith('de')) ?? items.find((i) => lang(i) === '') ?? null;
  for (const i of items) if (i !== de) note(`Sprachfassung ${lang(i) || '(ohne Sprache)'} in ${path}`);
  if (!de) return null;
  return textOf(de) || null;
}

/** AGS of a `gebietID`: an 8-digit AGS or 5-digit district as they are, a 12-digit ARS folded to its AGS. */
export function agsOf(raw: string): string | null {
  const v = raw.replace(/\s/g, '');
  if (/^\d{12}$/.test(v)) return v.endsWith('0000000') ? v.slice(0, 5) : `${v.slice(0, 5)}${v.slice(9)}`;
  if (/^\d{8}$/.test(v) || /^\d{5}$/.test(v)) return v;
  return null;
}

const leistungKnown = new Set(['id', 'idSekundaer', 'referenzLeiKa', 'modulText', 'modulBegriffImKontext', ...Object.keys(ownModules)]);
const unitKnown = new Set(['id', 'name', 'anschrift', 'kommunikation', 'zustaendigkeit']);

/** Reads an XZuFi message. Throws XzufiFormatError only when the whole file is unreadable. */
export function parseXzufi(xml: string): XzufiMessage {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XzufiFormatError(`Kein gültiges XML (Zeile ${valid.err.line}): ${valid.err.msg}`);
  const parser = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => repeatable.has(name),
  });
  const doc = parser.parse(xml) as Node;
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const root = (rootName ? doc[rootName] : undefined) as Node | undefined;
  if (!root || typeof root !== 'object') throw new XzufiFormatError('Die Datei enthält keine XZuFi-Nachricht.');

  // Where the objects are: <schreibe> of a transfer message, or the root itself (leistungsverzeichnis answers).
  const containers = [...asArray(root.schreibe as Node | Node[]), root].filter((c) => typeof c === 'object');
  const objects = (name: string) => containers.flatMap((c) => asArray((c as Node)[name] as Node | Node[]));
  const leistungen = objects('leistung');
  const counts = new Map<string, number>();
  const note = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  if (leistungen.length === 0 && objects('organisationseinheit').length === 0) {
    throw new XzufiFormatError(
      'Die Datei enthält keine Leistung: erwartet wird eine XZuFi-Nachricht (nachrichtenkopf, schreibe mit leistung) oder ein Leistungsverzeichnis.',
    );
  }
  for (const key of Object.keys(root)) {
    if (!key.startsWith('@') && !['nachrichtenkopf', 'schreibe', 'leistung', 'organisationseinheit', 'onlinedienst'].includes(key))
      note(`Element ${key}`);
  }
  for (const c of asArray(root.schreibe as Node | Node[]))
    for (const key of Object.keys(c))
      if (!['leistung', 'organisationseinheit', 'onlinedienst'].includes(key)) note(`Element schreibe/${key}`);

  const refused: XzufiRefusal[] = [];
  const services: XzufiService[] = [];
  leistungen.forEach((l, i) => {
    const id = textOf(first(l.id));
    const label = `Leistung ${i + 1}${id ? ` (id ${id})` : ''}`;
    const leikaKey = codeText(l.referenzLeiKa);
    if (!leikaKey) {
      refused.push({ record: label, reason: 'Kein LeiKa-Schlüssel (referenzLeiKa/code fehlt).' });
      return;
    }
    const texts: XzufiService['texts'] = {};
    for (const m of asArray(l.modulText as Node[])) {
      const code = codeText(m.leikaTextmodul);
      const field = textModuleCodes[code as keyof typeof textModuleCodes];
      if (!field) {
        note(`Textmodul ${code || '(ohne Code)'}${otherTextModules[code] ? ` ${otherTextModules[code]}` : ''}`);
        continue;
      }
      const value = german(m.inhalt, `modulText ${code}`, note);
      if (value) texts[field] = texts[field] ? `${texts[field]}\n\n${value}` : value;
    }
    for (const [element, field] of Object.entries(ownModules)) {
      const modul = first(l[element]);
      if (!modul) continue;
      const value = german(modul.beschreibung, element, note);
      if (value) texts[field] = value;
      for (const key of Object.keys(modul)) if (key !== 'beschreibung' && !key.startsWith('@')) note(`Element ${element}/${key}`);
    }
    const keywords = asArray(first(l.modulBegriffImKontext)?.begriffImKontext as Node[])
      .map((b) => german(b.begriff, 'modulBegriffImKontext', note))
      .filter((k): k is string => !!k);
    for (const key of Object.keys(l)) if (!leistungKnown.has(key) && !key.startsWith('@')) note(`Element leistung/${key}`);
    services.push({ id: id || leikaKey, leikaKey, keywords: [...new Set(keywords)], texts });
  });

  // Online services: their link becomes the online service URL of the services they serve.
  const byId = new Map(services.map((s) => [s.id, s]));
  for (const o of objects('onlinedienst')) {
    const url = asArray(o.link as Node[])
      .map((k) => textOf(first(k.link) ?? k))
      .find((u) => /^https?:\/\//.test(u));
    const served = [
      ...asArray(o.leistungID as unknown[]),
      ...asArray(o.zustaendigkeit as Node[]).flatMap((z) => asArray(z.leistungID)),
    ].map((v) => textOf(v));
    const targets = served.map((s) => byId.get(s)).filter((s): s is XzufiService => !!s);
    if (!url || targets.length === 0) {
      note('onlinedienst ohne Link oder ohne Leistung dieser Datei');
      continue;
    }
    for (const s of targets) s.texts.onlineServiceUrl ??= url;
  }
  for (const _ of objects('spezialisierung')) note('Element spezialisierung');

  const units: XzufiUnit[] = [];
  objects('organisationseinheit').forEach((o, i) => {
    const id = textOf(first(o.id));
    const name = german(first(o.name)?.name ?? o.name, 'organisationseinheit/name', note) ?? '';
    const label = `Organisationseinheit ${i + 1}${id ? ` (id ${id})` : ''}`;
    if (!name) {
      refused.push({ record: label, reason: 'Ohne Namen (name/name fehlt).' });
      return;
    }
    const address = first(o.anschrift);
    const street = [textOf(address?.strasse), textOf(address?.hausnummer)].filter(Boolean).join(' ') || null;
    const ids = asArray(o.kommunikation as Node[]).map((k) => textOf(k.kennung));
    const responsibilities = asArray(o.zustaendigkeit as Node[]).map((z) => ({
      serviceId: textOf(first(z.leistungID) ?? z.leistungID),
      areas: asArray(z.gebietID as unknown[]).map((g) => textOf(g)),
    }));
    for (const key of Object.keys(o)) if (!unitKnown.has(key) && !key.startsWith('@')) note(`Element organisationseinheit/${key}`);
    units.push({
      id: id || name,
      name,
      street,
      postalCode: textOf(address?.postleitzahl) || null,
      city: textOf(address?.ort) || null,
      phone: ids.find((v) => /^[+0-9 ()/-]{3,30}$/.test(v)) ?? null,
      email: ids.find((v) => /^[^@\s]+@[^@\s]+$/.test(v)) ?? null,
      web: ids.find((v) => /^https?:\/\//.test(v)) ?? null,
      responsibilities,
    });
  });

  const version = String(root['@xzufiVersion'] ?? '') || null;
  return {
    version,
    services,
    units,
    refused,
    unmapped: [...counts].map(([what, n]) => (n > 1 ? `${what} (${n}×)` : what)),
  };
}

/** Multi-language text as XZuFi writes it. */
const deText = (v: string) => [{ '@languageCode': 'de', '#text': v }];

/**
 * Writes an XZuFi 2.2 transfer message: `nachrichtenkopf` and `schreibe` with one `leistung` per
 * service (texts as `modulText` with the official code list; fees, deadlines and processing time
 * as their own modules; keywords as `modulBegriffImKontext`), and one `onlinedienst` per online
 * service URL. Reading it back gives the same services (round trip).
 */
export function buildXzufi(services: Omit<XzufiService, 'id'>[], header: { messageId: string; createdAt: Date }): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });
  const code = (listURI: string, value: string) => ({ '@listURI': listURI, code: value });
  const withUrl = services.filter((s) => s.texts.onlineServiceUrl);
  const body = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    'xzufi:transfer.schreibe': {
      '@xmlns:xzufi': XZUFI_NAMESPACE,
      '@xzufiVersion': XZUFI_VERSION,
      'xzufi:nachrichtenkopf': {
        'xzufi:nachrichtID': header.messageId,
        'xzufi:erstellungszeitpunkt': header.createdAt.toISOString(),
        'xzufi:sender': 'DialogCenter',
      },
      'xzufi:schreibe': {
        'xzufi:leistung': services.map((s) => ({
          'xzufi:id': s.leikaKey,
          'xzufi:referenzLeiKa': code(LEIKA_LIST_URI, s.leikaKey),
          'xzufi:modulText': Object.entries(textModuleCodes)
            .filter(([, field]) => s.texts[field])
            .map(([c, field]) => ({
              'xzufi:inhalt': deText(s.texts[field]!),
              'xzufi:leikaTextmodul': code(TEXT_MODULE_LIST_URI, c),
            })),
          ...Object.fromEntries(
            Object.entries(ownModules)
              .filter(([, field]) => s.texts[field])
              .map(([element, field]) => [`xzufi:${element}`, { 'xzufi:beschreibung': deText(s.texts[field]!) }]),
          ),
          ...(s.keywords.length > 0
            ? {
                'xzufi:modulBegriffImKontext': {
                  'xzufi:begriffImKontext': s.keywords.map((k) => ({ 'xzufi:begriff': deText(k) })),
                },
              }
            : {}),
        })),
        'xzufi:onlinedienst': withUrl.map((s) => ({
          'xzufi:id': `od-${s.leikaKey}`,
          'xzufi:bezeichnung': deText(s.texts.title ?? s.leikaKey),
          'xzufi:link': [{ 'xzufi:link': s.texts.onlineServiceUrl }],
          'xzufi:leistungID': s.leikaKey,
        })),
      },
    },
  };
  return builder.build(body) as string;
}

export const xzufiFieldCodes = codeOf;
