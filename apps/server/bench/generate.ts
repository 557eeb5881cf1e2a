/**
 * Reproducible news-style articles for the benchmark: a seeded PRNG fills article templates (a
 * lead, direct quotes, reported speech, an 'according to' source, a rebuttal) with people,
 * organisations, countries and cities drawn from lists, so the corpus has many distinct actors
 * that recur across articles the way real coverage does.
 */

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
  'Rosa',
  'Stefan',
  'Tanya',
  'Amina',
  'Kwame',
  'Priya',
  'Rahul',
  'Mehmet',
  'Ayse',
  'Jakub',
  'Zofia',
  'Lars',
  'Ingrid',
  'Mateo',
  'Lucia',
  'Tomas',
  'Fatima',
  'Omar',
  'Chen',
  'Mei',
  'Hiroshi',
  'Yuki',
  'Samuel',
  'Ruth',
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
  'Mensah',
  'Sharma',
  'Yilmaz',
  'Dvorak',
  'Andersen',
  'Herrera',
  'Mwangi',
  'Barzani',
  'Kovacs',
  'Oliveira',
  'Lambert',
  'Horvat',
  'Nasser',
  'Wagner',
  'Ferreira',
  'Popescu',
  'Jensen',
  'Castillo',
  'Adeyemi',
  'Sato',
];
const ROLES = [
  'Finance Minister',
  'Foreign Minister',
  'Defence Minister',
  'Health Minister',
  'Prime Minister',
  'President',
  'Mayor',
  'Governor',
  'Senator',
  'opposition leader',
  'union leader',
  'chief executive',
  'spokeswoman',
  'spokesman',
  'economist',
  'professor',
];
const ORGS = [
  'European Commission',
  'World Bank',
  'International Monetary Fund',
  'United Nations',
  'World Health Organization',
  'Red Cross',
  'Supreme Court',
  'Central Bank',
  'Harbor Workers Union',
  'National Teachers Association',
  'Green Party',
  'Labour Party',
  'Interior Ministry',
  'Energy Ministry',
  'City Council',
  'Amnesty International',
  'Transparency International',
  'Atlas Shipping Corp',
  'Northwind Energy Group',
  'Meridian Bank',
];
/** Country names with a capital and another large city, so places geocode and vary. */
const COUNTRIES: readonly [country: string, capital: string, city: string][] = [
  ['Germany', 'Berlin', 'Hamburg'],
  ['France', 'Paris', 'Marseille'],
  ['Spain', 'Madrid', 'Barcelona'],
  ['Poland', 'Warsaw', 'Krakow'],
  ['Austria', 'Vienna', 'Graz'],
  ['Portugal', 'Lisbon', 'Porto'],
  ['Czech Republic', 'Prague', 'Brno'],
  ['Hungary', 'Budapest', 'Debrecen'],
  ['Norway', 'Oslo', 'Bergen'],
  ['Greece', 'Athens', 'Thessaloniki'],
  ['Italy', 'Rome', 'Milan'],
  ['Ireland', 'Dublin', 'Cork'],
  ['Ukraine', 'Kyiv', 'Kharkiv'],
  ['Japan', 'Tokyo', 'Osaka'],
  ['Kenya', 'Nairobi', 'Mombasa'],
  ['Peru', 'Lima', 'Arequipa'],
  ['Nigeria', 'Abuja', 'Lagos'],
  ['India', 'New Delhi', 'Mumbai'],
  ['Turkey', 'Ankara', 'Istanbul'],
  ['Brazil', 'Brasilia', 'Sao Paulo'],
  ['Canada', 'Ottawa', 'Toronto'],
  ['Australia', 'Canberra', 'Sydney'],
  ['Egypt', 'Cairo', 'Alexandria'],
  ['Mexico', 'Mexico City', 'Guadalajara'],
  ['Sweden', 'Stockholm', 'Gothenburg'],
  ['Ghana', 'Accra', 'Kumasi'],
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
  'hospital funding',
  'the pension reform',
  'a mining licence',
  'rail fares',
  'the water shortage',
  'a new airport',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PUBLISHERS = ['The Bench Gazette', 'Daily Ledger', 'Evening Courier', 'Northern Herald', 'Global Wire'];

const an = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
const capitalize = (line: string) => line.charAt(0).toUpperCase() + line.slice(1);

/** mulberry32: small, fast and the same sequence for the same seed on every machine. */
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

interface Cast {
  a: string;
  b: string;
  lastA: string;
  lastB: string;
  roleA: string;
  roleB: string;
  org: string;
  org2: string;
  country: string;
  capital: string;
  city: string;
  other: string;
  topic: string;
  day: string;
  n: number;
}

/** Article shapes: each is a list of paragraphs; the same cast fills any of them. */
const TEMPLATES: readonly ((c: Cast) => string[])[] = [
  (c) => [
    `${c.roleA} ${c.a} said on ${c.day} that talks on ${c.topic} in ${c.capital} had reached a decisive stage, according to the ${c.org}.`,
    `"We are closer than we have been in months, and we will not walk away now," ${c.lastA} told reporters in ${c.capital}. "Everyone in ${c.other} is watching."`,
    `${c.b}, the ${c.roleB}, disagreed. ${c.lastB} accused ${c.lastA} of rushing the process and said the ${c.org} had not seen the final text.`,
    `The dispute over ${c.topic} has divided officials in ${c.country} for weeks. Analysts expect a vote before the end of the month.`,
    `"This is not a deal, it is a press release," ${c.lastB} said. ${c.lastA} did not respond to a request for comment.`,
  ],
  (c) => [
    `${c.city.toUpperCase()} (${c.org2}) - The ${c.org} warned on ${c.day} that ${c.topic} could cost ${c.country} ${c.n} million dollars this year.`,
    `In a statement, the ${c.org} said that the government in ${c.capital} had ignored repeated warnings.`,
    `${c.roleA} ${c.a} rejected the criticism. "The figures are wrong and the ${c.org} knows it," ${c.lastA} said at a news conference in ${c.city}.`,
    `According to ${c.b}, ${an(c.roleB)} who advised the ministry, the real cost is closer to ${Math.round(c.n / 2)} million.`,
    `${c.lastB} said the debate had become political. "People in ${c.city} want answers, not slogans," ${c.lastB} added.`,
  ],
  (c) => [
    `Thousands marched through ${c.city} on ${c.day} to protest against ${c.topic}, police said.`,
    `"We have been patient for too long," said ${c.a}, ${an(c.roleA)} who joined the crowd outside the ${c.org}. "Now ${c.capital} has to listen."`,
    `${c.roleB} ${c.b} called for calm and told lawmakers that the protests would not change the plan.`,
    `The ${c.org2} said that ${c.n} people had been detained and urged the authorities in ${c.country} to release them.`,
    `${c.lastA} said that the movement would return to the streets next week if ${c.lastB} did not meet its leaders.`,
  ],
  (c) => [
    `${c.country} and ${c.other} signed an agreement on ${c.topic} in ${c.capital} on ${c.day}, ending months of negotiations.`,
    `"This agreement shows what patient diplomacy can achieve," said ${c.roleA} ${c.a}, who led the talks for ${c.country}.`,
    `${c.b}, the ${c.roleB} of the ${c.org}, welcomed the deal but said that it left many questions open.`,
    `Under the agreement, ${c.city} will host a joint office from next year, according to a copy seen by ${c.org2} officials.`,
    `${c.lastA} told the ${c.org2} that both sides would review the deal in ${c.n % 12 || 6} months. "Nobody should expect miracles," ${c.lastA} said.`,
  ],
  (c) => [
    `The ${c.org} has fined ${c.org2} ${c.n} million euros over ${c.topic}, the regulator said on ${c.day}.`,
    `${c.roleA} ${c.a} said the company had misled customers in ${c.city} and across ${c.country} for at least three years.`,
    `${c.org2} said that it would appeal. "We disagree with the decision and will challenge it in court," ${c.b}, its ${c.roleB}, said in an email.`,
    `${c.lastA} accused ${c.org2} of "treating the rules as optional" and said other cases were under review in ${c.capital}.`,
    `Shares in ${c.org2} fell after the announcement, according to traders in ${c.other}.`,
  ],
];

/**
 * `count` articles from `seed`; the same arguments always give the same articles. `label` and the
 * article's number open the text and end the title, so every text is distinct and findable.
 */
export function generateArticles(count: number, seed = 42, label = 'Report'): GeneratedArticle[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const [country, capital, city] = pick(COUNTRIES);
    let lastB = pick(LAST);
    const lastA = pick(LAST);
    while (lastB === lastA) lastB = pick(LAST);
    let org2 = pick(ORGS);
    const org = pick(ORGS);
    while (org2 === org) org2 = pick(ORGS);
    const cast: Cast = {
      a: `${pick(FIRST)} ${lastA}`,
      b: `${pick(FIRST)} ${lastB}`,
      lastA,
      lastB,
      roleA: pick(ROLES),
      roleB: pick(ROLES),
      org,
      org2,
      country,
      capital,
      city,
      other: pick(COUNTRIES)[1],
      topic: pick(TOPICS),
      day: pick(DAYS),
      n: 2 + Math.floor(next() * 900),
    };
    const template = pick(TEMPLATES);
    return {
      title: `${lastA} and ${lastB} on ${cast.topic} (${label} ${index + 1})`,
      publisher: pick(PUBLISHERS),
      publishedAt: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
      text: [`${label} ${index + 1}.`, ...template(cast).map(capitalize)].join('\n\n'),
    };
  });
}
