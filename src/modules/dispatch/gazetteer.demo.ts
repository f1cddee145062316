/**
 * A small demo gazetteer of the project's own: well-known streets, squares and
 * landmarks of Hannover and the pilot towns with coordinates entered by hand
 * (approximate, checked against the shipped municipality borders by the same
 * validation as every import). Streets are known only by their two ends: house
 * numbers between are interpolated and marked "ungefähre Lage". It is demo data,
 * not a replacement for the city's official address list (see the import).
 */
export interface DemoPlace {
  kind: 'place' | 'street';
  name: string;
  district: string | null;
  postalCode?: string;
  lat: number;
  lon: number;
  /** Streets: the far end and the house numbers at both ends. */
  end?: { lat: number; lon: number };
  from?: number;
  to?: number;
}

export const demoPlaces: DemoPlace[] = [
  // Hannover, Stadtbezirk Mitte
  { kind: 'place', name: 'Kröpcke', district: 'Mitte', postalCode: '30159', lat: 52.3744, lon: 9.7386 },
  { kind: 'place', name: 'Kröpcke-Uhr', district: 'Mitte', postalCode: '30159', lat: 52.37435, lon: 9.73855 },
  { kind: 'place', name: 'Ernst-August-Platz (Hauptbahnhof)', district: 'Mitte', postalCode: '30159', lat: 52.3766, lon: 9.7406 },
  { kind: 'place', name: 'Raschplatz', district: 'Mitte', postalCode: '30161', lat: 52.3783, lon: 9.7425 },
  { kind: 'place', name: 'Steintor', district: 'Mitte', postalCode: '30159', lat: 52.3747, lon: 9.732 },
  { kind: 'place', name: 'Neues Rathaus (Trammplatz)', district: 'Mitte', postalCode: '30159', lat: 52.3672, lon: 9.7387 },
  { kind: 'place', name: 'Aegidientorplatz', district: 'Mitte', postalCode: '30159', lat: 52.3696, lon: 9.744 },
  { kind: 'place', name: 'Opernplatz', district: 'Mitte', postalCode: '30159', lat: 52.3732, lon: 9.7408 },
  { kind: 'place', name: 'Marktkirche (Hanns-Lilje-Platz)', district: 'Mitte', postalCode: '30159', lat: 52.3718, lon: 9.7353 },
  { kind: 'place', name: 'Platz der Göttinger Sieben (Landtag)', district: 'Mitte', postalCode: '30159', lat: 52.3703, lon: 9.7337 },
  { kind: 'place', name: 'Waterlooplatz', district: 'Mitte', postalCode: '30169', lat: 52.366, lon: 9.73 },
  { kind: 'place', name: 'Goseriede', district: 'Mitte', postalCode: '30159', lat: 52.3775, lon: 9.7315 },
  { kind: 'place', name: 'Klagesmarkt', district: 'Mitte', postalCode: '30159', lat: 52.379, lon: 9.733 },
  { kind: 'place', name: 'Welfenplatz', district: 'Mitte', postalCode: '30161', lat: 52.382, lon: 9.747 },
  { kind: 'place', name: 'Stadion (Heinz-von-Heiden-Arena)', district: 'Mitte', postalCode: '30169', lat: 52.36, lon: 9.731 },
  { kind: 'place', name: 'Zoo Hannover', district: 'Mitte', postalCode: '30175', lat: 52.3764, lon: 9.7719 },
  {
    kind: 'street',
    name: 'Georgstraße',
    district: 'Mitte',
    postalCode: '30159',
    lat: 52.3746,
    lon: 9.7336,
    end: { lat: 52.3719, lon: 9.7415 },
    from: 1,
    to: 54,
  },
  {
    kind: 'street',
    name: 'Bahnhofstraße',
    district: 'Mitte',
    postalCode: '30159',
    lat: 52.3758,
    lon: 9.7398,
    end: { lat: 52.3746, lon: 9.7388 },
    from: 1,
    to: 16,
  },
  {
    kind: 'street',
    name: 'Kurt-Schumacher-Straße',
    district: 'Mitte',
    postalCode: '30159',
    lat: 52.3761,
    lon: 9.7351,
    end: { lat: 52.3776, lon: 9.7391 },
    from: 1,
    to: 40,
  },
  {
    kind: 'street',
    name: 'Marienstraße',
    district: 'Mitte',
    postalCode: '30171',
    lat: 52.3705,
    lon: 9.7456,
    end: { lat: 52.3708, lon: 9.7602 },
    from: 1,
    to: 90,
  },
  {
    kind: 'street',
    name: 'Lister Meile',
    district: 'Mitte',
    postalCode: '30161',
    lat: 52.3792,
    lon: 9.7439,
    end: { lat: 52.383, lon: 9.7486 },
    from: 1,
    to: 36,
  },
  // Vahrenwald-List
  {
    kind: 'street',
    name: 'Lister Meile',
    district: 'Vahrenwald-List',
    postalCode: '30161',
    lat: 52.383,
    lon: 9.7486,
    end: { lat: 52.3869, lon: 9.7533 },
    from: 37,
    to: 90,
  },
  { kind: 'place', name: 'Lister Platz', district: 'Vahrenwald-List', postalCode: '30163', lat: 52.3876, lon: 9.7531 },
  {
    kind: 'street',
    name: 'Podbielskistraße',
    district: 'Vahrenwald-List',
    postalCode: '30163',
    lat: 52.3879,
    lon: 9.7549,
    end: { lat: 52.3962, lon: 9.7977 },
    from: 1,
    to: 380,
  },
  {
    kind: 'street',
    name: 'Vahrenwalder Straße',
    district: 'Vahrenwald-List',
    postalCode: '30165',
    lat: 52.3802,
    lon: 9.7378,
    end: { lat: 52.403, lon: 9.7412 },
    from: 1,
    to: 200,
  },
  // Nord, Herrenhausen-Stöcken, Linden-Limmer
  { kind: 'place', name: 'Leibniz Universität (Welfenschloss)', district: 'Nord', postalCode: '30167', lat: 52.3822, lon: 9.7178 },
  {
    kind: 'street',
    name: 'Engelbosteler Damm',
    district: 'Nord',
    postalCode: '30167',
    lat: 52.3816,
    lon: 9.7262,
    end: { lat: 52.3937, lon: 9.7206 },
    from: 1,
    to: 140,
  },
  {
    kind: 'place',
    name: 'Herrenhäuser Gärten (Großer Garten)',
    district: 'Herrenhausen-Stöcken',
    postalCode: '30419',
    lat: 52.3909,
    lon: 9.6986,
  },
  { kind: 'place', name: 'Küchengarten', district: 'Linden-Limmer', postalCode: '30449', lat: 52.3668, lon: 9.7201 },
  { kind: 'place', name: 'Lindener Marktplatz', district: 'Linden-Limmer', postalCode: '30449', lat: 52.3631, lon: 9.7199 },
  { kind: 'place', name: 'Schwarzer Bär', district: 'Linden-Limmer', postalCode: '30449', lat: 52.3656, lon: 9.7233 },
  {
    kind: 'street',
    name: 'Limmerstraße',
    district: 'Linden-Limmer',
    postalCode: '30451',
    lat: 52.367,
    lon: 9.7199,
    end: { lat: 52.3726, lon: 9.7008 },
    from: 1,
    to: 120,
  },
  // Südstadt-Bult, Döhren-Wülfel, Buchholz-Kleefeld
  { kind: 'place', name: 'Maschsee (Nordufer)', district: 'Südstadt-Bult', postalCode: '30169', lat: 52.362, lon: 9.739 },
  { kind: 'place', name: 'Maschsee', district: 'Südstadt-Bult', postalCode: '30519', lat: 52.356, lon: 9.741 },
  { kind: 'place', name: 'Stephansplatz', district: 'Südstadt-Bult', postalCode: '30171', lat: 52.36, lon: 9.753 },
  {
    kind: 'street',
    name: 'Sallstraße',
    district: 'Südstadt-Bult',
    postalCode: '30171',
    lat: 52.3654,
    lon: 9.7519,
    end: { lat: 52.3562, lon: 9.7563 },
    from: 1,
    to: 100,
  },
  {
    kind: 'street',
    name: 'Hildesheimer Straße',
    district: 'Südstadt-Bult',
    postalCode: '30169',
    lat: 52.3683,
    lon: 9.7452,
    end: { lat: 52.3465, lon: 9.76 },
    from: 1,
    to: 200,
  },
  { kind: 'place', name: 'Fiedelerplatz', district: 'Döhren-Wülfel', postalCode: '30519', lat: 52.344, lon: 9.766 },
  { kind: 'place', name: 'Eilenriede (Steuerndieb)', district: 'Buchholz-Kleefeld', postalCode: '30655', lat: 52.3855, lon: 9.7865 },
];

/** Landmarks of the pilot towns (district null: the municipality's name is used). */
export const demoPlacesPilotTowns: DemoPlace[] = [
  { kind: 'place', name: 'Marktplatz Langenhagen', district: null, postalCode: '30853', lat: 52.4398, lon: 9.7392 },
  { kind: 'place', name: 'City Center Langenhagen (CCL)', district: null, postalCode: '30853', lat: 52.4425, lon: 9.7369 },
  { kind: 'place', name: 'Flughafen Hannover-Langenhagen (Terminal)', district: null, postalCode: '30855', lat: 52.4604, lon: 9.6854 },
  { kind: 'place', name: 'Marktplatz Laatzen (Leine-Center)', district: null, postalCode: '30880', lat: 52.3118, lon: 9.798 },
  { kind: 'place', name: 'Rathaus Isernhagen (Altwarmbüchen)', district: null, postalCode: '30916', lat: 52.43, lon: 9.85 },
  { kind: 'place', name: 'Rathaus Burgwedel (Großburgwedel)', district: null, postalCode: '30938', lat: 52.4927, lon: 9.8587 },
  { kind: 'place', name: 'Klosterkirche Barsinghausen', district: null, postalCode: '30890', lat: 52.3029, lon: 9.4596 },
  { kind: 'place', name: 'Rathaus Wedemark (Mellendorf)', district: null, postalCode: '30900', lat: 52.5314, lon: 9.7013 },
  { kind: 'place', name: 'Marktplatz Wunstorf', district: null, postalCode: '31515', lat: 52.4236, lon: 9.4351 },
  { kind: 'place', name: 'Steinhude (Strandterrassen)', district: null, postalCode: '31515', lat: 52.4545, lon: 9.356 },
];
