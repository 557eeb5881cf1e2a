// English short forms of country names that news text uses and the data packages lack
// (their alternate spellings are ISO codes, official and native names). Names only: every
// coordinate and id still comes from the gazetteer.
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'U.S.A.', 'America'],
  GB: ['UK', 'U.K.', 'Britain'],
};
