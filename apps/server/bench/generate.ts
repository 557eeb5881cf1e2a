/** Reproducible news-style articles with varied people, organizations and places (seeded PRNG). */

const FIRST = [
  'Anna',
  'Boris',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Irina',
  'Jonas',
  'Keiko',
  'Luis',
  'Mara',
  'Nikolai',
  'Olga',
  'Pedro',
  'Qiu',
  'Rosa',
  'Stefan',
  'Tanya',
];
const LAST = [
  'Novak',
  'Petrov',
  'Silva',
  'Keller',
  'Moreau',
  'Haddad',
  'Lindqvist',
  'Tanaka',
  'Okafor',
  'Brennan',
  'Kowalski',
  'Rossi',
  'Ivanova',
  'Schmidt',
  'Duarte',
  'Nakamura',
  'Fischer',
  'Larsen',
  'Costa',
  'Weber',
];
const ROLES = [
  'Finance Minister',
  'Foreign Minister',
  'spokesman',
  'union leader',
  'chief executive',
  'Mayor',
  'coach',
  'professor',
];
const ORGS = [
  'European Commission',
  'World Bank',
  'Harbor Workers Union',
  'National Bank',
  'Red Cross',
  'United Nations',
  'City Council',
  'Supreme Court',
];
const PLACES = [
  'Berlin',
  'Paris',
  'Madrid',
  'Warsaw',
  'Vienna',
  'Lisbon',
  'Prague',
  'Budapest',
  'Oslo',
  'Athens',
  'Rome',
  'Dublin',
  'Kyiv',
  'Tokyo',
  'Nairobi',
  'Lima',
];
const TOPICS = [
  'the budget',
  'the port strike',
  'new trade rules',
  'the election',
  'energy prices',
  'the flood response',
  'a bridge project',
  'the peace talks',
];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  title: string;
  publisher: string;
  publishedAt: string;
  text: string;
}

export function generateArticles(count: number, seed = 42): GeneratedArticle[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const a = `${pick(FIRST)} ${pick(LAST)}`;
    const b = `${pick(FIRST)} ${pick(LAST)}`;
    const [roleA, roleB, org, place, other, topic] = [
      pick(ROLES),
      pick(ROLES),
      pick(ORGS),
      pick(PLACES),
      pick(PLACES),
      pick(TOPICS),
    ];
    const surnameA = a.split(' ')[1];
    const surnameB = b.split(' ')[1];
    const paragraphs = [
      `${roleA} ${a} said on Tuesday that talks on ${topic} in ${place} had reached a decisive stage, according to the ${org}.`,
      `"We are closer than we have been in months, and we will not walk away now," ${surnameA} told reporters in ${place}. "Everyone in ${other} is watching."`,
      `${b}, the ${roleB}, disagreed. ${surnameB} accused ${surnameA} of rushing the process and said the ${org} had not seen the final text.`,
      `The dispute over ${topic} has divided officials in ${place} and ${other} for weeks. Analysts expect a vote before the end of the month.`,
      `"This is not a deal, it is a press release," ${surnameB} said. ${surnameA} did not respond to a request for comment on ${index % 7 === 0 ? 'Wednesday' : 'Thursday'}.`,
    ];
    return {
      title: `${surnameA} and ${surnameB} clash over ${topic} (${index + 1})`,
      publisher: 'The Bench Gazette',
      publishedAt: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
      text: paragraphs.join('\n\n'),
    };
  });
}
