/**
 * A small demo gazetteer of the project's own: well-known streets, squares and
 * landmarks of Hannover and the pilot towns with coordinates entered by hand
 * (approximate, WGS84, checked against the shipped municipality borders by the same
 * validation as every import). Streets are known only by their two ends: house
 * numbers between are interpolated and marked "ungefähre Lage". It is demo data,
 * not a replacement for the city's official address list (see the import).
 *
 * The data are two tables, one row per entry, columns separated by "|". District
 * "-" means none (outside Hannover the municipality's name is used). A street may
 * have several rows, one per stretch (Lister Meile crosses two Stadtbezirke).
 */
export interface DemoPlace {
  kind: 'place' | 'street';
  name: string;
  district: string | null;
  postalCode: string;
  lat: number;
  lon: number;
  /** Streets: the far end and the house numbers at both ends. */
  end?: { lat: number; lon: number };
  from?: number;
  to?: number;
}

/** Squares, landmarks and other named places (one point each). */
const PLACES = `
name                                      | district             | plz   | lat      | lon
Kröpcke                                   | Mitte                | 30159 | 52.3744  | 9.7386
Kröpcke-Uhr                               | Mitte                | 30159 | 52.37435 | 9.73855
Ernst-August-Platz (Hauptbahnhof)         | Mitte                | 30159 | 52.3766  | 9.7406
Raschplatz                                | Mitte                | 30161 | 52.3783  | 9.7425
Steintor                                  | Mitte                | 30159 | 52.3747  | 9.732
Neues Rathaus (Trammplatz)                | Mitte                | 30159 | 52.3672  | 9.7387
Aegidientorplatz                          | Mitte                | 30159 | 52.3696  | 9.744
Opernplatz                                | Mitte                | 30159 | 52.3732  | 9.7408
Marktkirche (Hanns-Lilje-Platz)           | Mitte                | 30159 | 52.3718  | 9.7353
Platz der Göttinger Sieben (Landtag)      | Mitte                | 30159 | 52.3703  | 9.7337
Waterlooplatz                             | Mitte                | 30169 | 52.366   | 9.73
Goseriede                                 | Mitte                | 30159 | 52.3775  | 9.7315
Klagesmarkt                               | Mitte                | 30159 | 52.379   | 9.733
Welfenplatz                               | Mitte                | 30161 | 52.382   | 9.747
Stadion (Heinz-von-Heiden-Arena)          | Mitte                | 30169 | 52.36    | 9.731
Zoo Hannover                              | Mitte                | 30175 | 52.3764  | 9.7719
Lister Platz                              | Vahrenwald-List      | 30163 | 52.3876  | 9.7531
Leibniz Universität (Welfenschloss)       | Nord                 | 30167 | 52.3822  | 9.7178
Herrenhäuser Gärten (Großer Garten)       | Herrenhausen-Stöcken | 30419 | 52.3909  | 9.6986
Küchengarten                              | Linden-Limmer        | 30449 | 52.3668  | 9.7201
Lindener Marktplatz                       | Linden-Limmer        | 30449 | 52.3631  | 9.7199
Schwarzer Bär                             | Linden-Limmer        | 30449 | 52.3656  | 9.7233
Maschsee (Nordufer)                       | Südstadt-Bult        | 30169 | 52.362   | 9.739
Maschsee                                  | Südstadt-Bult        | 30519 | 52.356   | 9.741
Stephansplatz                             | Südstadt-Bult        | 30171 | 52.36    | 9.753
Fiedelerplatz                             | Döhren-Wülfel        | 30519 | 52.344   | 9.766
Eilenriede (Steuerndieb)                  | Buchholz-Kleefeld    | 30655 | 52.3855  | 9.7865
Marktplatz Langenhagen                    | -                    | 30853 | 52.4398  | 9.7392
City Center Langenhagen (CCL)             | -                    | 30853 | 52.4425  | 9.7369
Flughafen Hannover-Langenhagen (Terminal) | -                    | 30855 | 52.4604  | 9.6854
Marktplatz Laatzen (Leine-Center)         | -                    | 30880 | 52.3118  | 9.798
Rathaus Isernhagen (Altwarmbüchen)        | -                    | 30916 | 52.43    | 9.85
Rathaus Burgwedel (Großburgwedel)         | -                    | 30938 | 52.4927  | 9.8587
Klosterkirche Barsinghausen               | -                    | 30890 | 52.3029  | 9.4596
Rathaus Wedemark (Mellendorf)             | -                    | 30900 | 52.5314  | 9.7013
Marktplatz Wunstorf                       | -                    | 31515 | 52.4236  | 9.4351
Steinhude (Strandterrassen)               | -                    | 31515 | 52.4545  | 9.356
`;

/** Streets by their two ends: house number and point at the start, house number and point at the end. */
const STREETS = `
name                   | district        | plz   | house_from | lat     | lon    | house_to | end_lat | end_lon
Georgstraße            | Mitte           | 30159 | 1          | 52.3746 | 9.7336 | 54       | 52.3719 | 9.7415
Bahnhofstraße          | Mitte           | 30159 | 1          | 52.3758 | 9.7398 | 16       | 52.3746 | 9.7388
Kurt-Schumacher-Straße | Mitte           | 30159 | 1          | 52.3761 | 9.7351 | 40       | 52.3776 | 9.7391
Marienstraße           | Mitte           | 30171 | 1          | 52.3705 | 9.7456 | 90       | 52.3708 | 9.7602
Lister Meile           | Mitte           | 30161 | 1          | 52.3792 | 9.7439 | 36       | 52.383  | 9.7486
Lister Meile           | Vahrenwald-List | 30161 | 37         | 52.383  | 9.7486 | 90       | 52.3869 | 9.7533
Podbielskistraße       | Vahrenwald-List | 30163 | 1          | 52.3879 | 9.7549 | 380      | 52.3962 | 9.7977
Vahrenwalder Straße    | Vahrenwald-List | 30165 | 1          | 52.3802 | 9.7378 | 200      | 52.403  | 9.7412
Engelbosteler Damm     | Nord            | 30167 | 1          | 52.3816 | 9.7262 | 140      | 52.3937 | 9.7206
Limmerstraße           | Linden-Limmer   | 30451 | 1          | 52.367  | 9.7199 | 120      | 52.3726 | 9.7008
Sallstraße             | Südstadt-Bult   | 30171 | 1          | 52.3654 | 9.7519 | 100      | 52.3562 | 9.7563
Hildesheimer Straße    | Südstadt-Bult   | 30169 | 1          | 52.3683 | 9.7452 | 200      | 52.3465 | 9.76
`;

/** Splits a "|" table into rows of trimmed cells, checking the header and the column count. */
export function parseDemoTable(text: string, header: string[]): string[][] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const head = lines[0]!.split('|').map((c) => c.trim());
  if (head.join('|') !== header.join('|')) throw new Error(`Demo table header ${head.join('|')} is not ${header.join('|')}`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length !== header.length || cells.some((c) => c === '')) throw new Error(`Demo table row ${i + 1} is malformed: ${line}`);
    return cells;
  });
}

const num = (cell: string) => {
  const n = Number(cell);
  if (!Number.isFinite(n)) throw new Error(`Demo table: not a number: ${cell}`);
  return n;
};
const districtOf = (cell: string) => (cell === '-' ? null : cell);

export const demoPlaces: DemoPlace[] = [
  ...parseDemoTable(PLACES, ['name', 'district', 'plz', 'lat', 'lon']).map(
    ([name, district, plz, lat, lon]): DemoPlace => ({
      kind: 'place',
      name: name!,
      district: districtOf(district!),
      postalCode: plz!,
      lat: num(lat!),
      lon: num(lon!),
    }),
  ),
  ...parseDemoTable(STREETS, ['name', 'district', 'plz', 'house_from', 'lat', 'lon', 'house_to', 'end_lat', 'end_lon']).map(
    ([name, district, plz, from, lat, lon, to, endLat, endLon]): DemoPlace => ({
      kind: 'street',
      name: name!,
      district: districtOf(district!),
      postalCode: plz!,
      lat: num(lat!),
      lon: num(lon!),
      end: { lat: num(endLat!), lon: num(endLon!) },
      from: num(from!),
      to: num(to!),
    }),
  ),
];
