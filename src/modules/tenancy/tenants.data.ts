/**
 * The tenants of the DialogCenter Hannover: the Region Hannover administration and
 * the 21 cities and municipalities of the Region. Keys are the official ones
 * (Amtlicher Gemeindeschlüssel; the Region has the Kreisschlüssel 03241).
 * Pilot onboarding dates from council resolution 2271/2021 and the pilot plan.
 */
export interface TenantSeed {
  slug: string;
  name: string;
  officialName: string;
  ags: string;
  kind: 'stadt' | 'gemeinde' | 'region';
  lifecycle: 'planned' | 'pilot' | 'live' | 'ended';
  pilotStart?: string;
  liveStart?: string;
  isHost?: boolean;
  postalCodes: string[];
}

const hannoverPostalCodes = [
  '30159', '30161', '30163', '30165', '30167', '30169', '30171', '30173', '30175', '30177', '30179',
  '30419', '30449', '30451', '30453', '30455', '30457', '30459', '30519', '30521', '30539', '30559',
  '30625', '30627', '30629', '30655', '30657', '30659', '30669',
];

export const tenantSeeds: TenantSeed[] = [
  { slug: 'region-hannover', name: 'Regionsverwaltung', officialName: 'Region Hannover', ags: '03241', kind: 'region', lifecycle: 'pilot', pilotStart: '2022-01-01', postalCodes: [] },
  { slug: 'hannover', name: 'Hannover', officialName: 'Landeshauptstadt Hannover', ags: '03241001', kind: 'stadt', lifecycle: 'live', liveStart: '2022-01-01', isHost: true, postalCodes: hannoverPostalCodes },
  { slug: 'barsinghausen', name: 'Barsinghausen', officialName: 'Stadt Barsinghausen', ags: '03241002', kind: 'stadt', lifecycle: 'pilot', pilotStart: '2022-05-01', postalCodes: ['30890'] },
  { slug: 'burgdorf', name: 'Burgdorf', officialName: 'Stadt Burgdorf', ags: '03241003', kind: 'stadt', lifecycle: 'planned', postalCodes: ['31303'] },
  { slug: 'burgwedel', name: 'Burgwedel', officialName: 'Stadt Burgwedel', ags: '03241004', kind: 'stadt', lifecycle: 'pilot', pilotStart: '2022-04-01', postalCodes: ['30938'] },
  { slug: 'garbsen', name: 'Garbsen', officialName: 'Stadt Garbsen', ags: '03241005', kind: 'stadt', lifecycle: 'planned', postalCodes: ['30823', '30826', '30827'] },
  { slug: 'gehrden', name: 'Gehrden', officialName: 'Stadt Gehrden', ags: '03241006', kind: 'stadt', lifecycle: 'planned', postalCodes: ['30989'] },
  { slug: 'hemmingen', name: 'Hemmingen', officialName: 'Stadt Hemmingen', ags: '03241007', kind: 'stadt', lifecycle: 'planned', postalCodes: ['30966'] },
  { slug: 'isernhagen', name: 'Isernhagen', officialName: 'Gemeinde Isernhagen', ags: '03241008', kind: 'gemeinde', lifecycle: 'pilot', pilotStart: '2022-02-01', postalCodes: ['30916'] },
  { slug: 'laatzen', name: 'Laatzen', officialName: 'Stadt Laatzen', ags: '03241009', kind: 'stadt', lifecycle: 'pilot', pilotStart: '2022-03-01', postalCodes: ['30880'] },
  { slug: 'langenhagen', name: 'Langenhagen', officialName: 'Stadt Langenhagen', ags: '03241010', kind: 'stadt', lifecycle: 'pilot', pilotStart: '2022-01-01', postalCodes: ['30851', '30853', '30855'] },
  { slug: 'lehrte', name: 'Lehrte', officialName: 'Stadt Lehrte', ags: '03241011', kind: 'stadt', lifecycle: 'planned', postalCodes: ['31275'] },
  { slug: 'neustadt', name: 'Neustadt am Rübenberge', officialName: 'Stadt Neustadt am Rübenberge', ags: '03241012', kind: 'stadt', lifecycle: 'planned', postalCodes: ['31535'] },
  { slug: 'pattensen', name: 'Pattensen', officialName: 'Stadt Pattensen', ags: '03241013', kind: 'stadt', lifecycle: 'planned', postalCodes: ['30982'] },
  { slug: 'ronnenberg', name: 'Ronnenberg', officialName: 'Stadt Ronnenberg', ags: '03241014', kind: 'stadt', lifecycle: 'planned', postalCodes: ['30952'] },
  { slug: 'seelze', name: 'Seelze', officialName: 'Stadt Seelze', ags: '03241015', kind: 'stadt', lifecycle: 'planned', postalCodes: ['30926'] },
  { slug: 'sehnde', name: 'Sehnde', officialName: 'Stadt Sehnde', ags: '03241016', kind: 'stadt', lifecycle: 'planned', postalCodes: ['31319'] },
  { slug: 'springe', name: 'Springe', officialName: 'Stadt Springe', ags: '03241017', kind: 'stadt', lifecycle: 'planned', postalCodes: ['31832'] },
  { slug: 'uetze', name: 'Uetze', officialName: 'Gemeinde Uetze', ags: '03241018', kind: 'gemeinde', lifecycle: 'planned', postalCodes: ['31311'] },
  { slug: 'wedemark', name: 'Wedemark', officialName: 'Gemeinde Wedemark', ags: '03241019', kind: 'gemeinde', lifecycle: 'pilot', pilotStart: '2022-06-01', postalCodes: ['30900'] },
  { slug: 'wennigsen', name: 'Wennigsen (Deister)', officialName: 'Gemeinde Wennigsen (Deister)', ags: '03241020', kind: 'gemeinde', lifecycle: 'planned', postalCodes: ['30974'] },
  { slug: 'wunstorf', name: 'Wunstorf', officialName: 'Stadt Wunstorf', ags: '03241021', kind: 'stadt', lifecycle: 'pilot', pilotStart: '2022-07-01', postalCodes: ['31515'] },
];

/** Default reachability of the D115 promise: Monday to Friday 8:00 to 18:00. */
export const defaultServiceHours = {
  '1': [{ from: '08:00', to: '18:00' }],
  '2': [{ from: '08:00', to: '18:00' }],
  '3': [{ from: '08:00', to: '18:00' }],
  '4': [{ from: '08:00', to: '18:00' }],
  '5': [{ from: '08:00', to: '18:00' }],
  '6': [],
  '7': [],
};
