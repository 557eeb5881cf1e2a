// Words around a place name that tell whether the text means the place. General English, not
// tied to any article.

/** A preposition right before a name that makes it a place: "in Reading", "from Nice". */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'outside',
  'inside',
  'into',
  'across',
  'via',
  'toward',
  'towards',
  'around',
  'throughout',
  'within',
  'through',
  'off',
  'between',
  'beyond',
]);

/** Nouns that make "<noun> of <name>" about a place: "the city of Mobile", "the territory of Belarus". */
export const GEOGRAPHIC_NOUNS = new Set([
  'city',
  'town',
  'village',
  'capital',
  'port',
  'region',
  'province',
  'state',
  'district',
  'peninsula',
  'island',
  'islands',
  'territory',
  'territories',
  'border',
  'borders',
  'frontier',
  'soil',
  'land',
  'lands',
  'coast',
  'coastline',
  'airspace',
  'waters',
  'mainland',
  'countryside',
  'outskirts',
  'suburbs',
  'suburb',
  'streets',
]);

/**
 * Nouns after a demonym that make it mean the country's land: "Ukrainian peninsula", "Russian soil".
 * Not "capital", "city" or "region" (those name another place) nor "side" or "state" (the government).
 */
export const DEMONYM_PLACE_NOUNS = new Set([
  'peninsula',
  'island',
  'islands',
  'territory',
  'territories',
  'border',
  'borders',
  'frontier',
  'soil',
  'land',
  'lands',
  'coast',
  'coastline',
  'airspace',
  'waters',
  'mainland',
  'countryside',
]);

/** Nouns that make a name a region's: "the province of Ontario", "Washington state", "Kharkiv region". */
export const REGION_NOUNS = new Set([
  'state',
  'province',
  'region',
  'oblast',
  'county',
  'prefecture',
  'territory',
  'governorate',
  'canton',
  'krai',
]);

/** Suffixes after a hyphen that make the name before them a place: "Moscow-based", "Kyiv-born". */
export const LOCATIVE_SUFFIXES = new Set(['based', 'born', 'built', 'bound', 'made', 'owned', 'held', 'occupied']);

/** Compass and size words that may precede a country or city in the same capitalized run ("Eastern Ukraine"). */
export const AREA_MODIFIERS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'mainland',
  'greater',
  'upper',
  'lower',
  'inner',
  'outer',
  // Irish and British counties named by their town: "Co Cork", "County Kerry".
  'co',
  'co.',
  'county',
]);

/**
 * Last words of a facility's name ("Crimean Bridge", "Sheremetyevo International Airport").
 * Multi-word heads are matched on their last word and checked in full.
 */
export const FACILITY_HEADS = new Set([
  'bridge',
  'airport',
  'dam',
  'canal',
  'tunnel',
  'stadium',
  'arena',
  'harbor',
  'harbour',
  'refinery',
  'square',
  'plant',
  'station',
  'base',
]);

/** Heads that name a facility only with a qualifier before them: "Power Plant", "Air Base". */
export const FACILITY_QUALIFIED_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['plant', new Set(['power', 'nuclear', 'chemical', 'steel'])],
  ['station', new Set(['power', 'railway', 'train', 'nuclear'])],
  ['base', new Set(['air', 'naval', 'military', 'airbase'])],
]);
