// Cue lexicons for page chrome: the parts of a scraped page that are not the story.
// Each pattern describes a kind of line publishers print, not any one article.

/** Opens a publisher's appeal (donation, membership, newsletter); the block runs on from here. */
export const APPEAL_OPENERS: RegExp[] = [
  /^(?:an? )?(?:message|note|letter|word|request) from (?:the )?\p{Lu}/iu,
  /^dear (?:readers?|friends|subscribers|supporters|members|listeners|viewers)\b/i,
  /^(?:please )?(?:support|help|fund|back) (?:us|our|independent|quality|local|trusted)\b/i,
  /^(?:please )?(?:consider )?(?:donat(?:e|ing)|mak(?:e|ing) a (?:donation|contribution)|becom(?:e|ing) a (?:member|subscriber|supporter|patron))\b/i,
  /^(?:[^.!?]{0,40}[.!?]\s+)?(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|updates|digest)\b/i,
  /^(?:like|enjoy(?:ed|ing)?|love) (?:this|our) (?:story|article|reporting|journalism|newsletter)\?/i,
  /^(?:get|receive) (?:our|the) .*\bnewsletter\b/i,
  // A teaser before the sign-up ("Match report and ratings: sign up to our ... newsletter").
  /^[^.!?]{0,60}:\s*(?:sign up|subscribe|register)\b[^.!?]{0,80}\bnewsletters?\b/i,
  /\bunsubscribe at any time\b/i,
  /^(?:we need your (?:help|support)|before you go|you(?:'|’)ve read \d+)/i,
];

/** Words of an appeal that keep it running once opened. */
export const APPEAL_CONTINUATION =
  /\b(?:we|our|us|you|your|yours|support|donat\w*|subscri\w*|contribut\w*|journalism|journalists|newsroom|readers?|thank you|remind me later|membership)\b/i;

/** One-line links and controls around the story. */
export const NAVIGATION_LINES: RegExp[] = [
  /^(?:read|see|watch|listen)(?: (?:more|also|next|the full story|this))\s*(?::|\||-|–|—|\.{3}|…|$)/i,
  /^(?:related|recommended|most read|more on this(?: story)?|more from|you may also like|trending|top stories|also read)\b\s*(?::|\||-|–|—|$)/i,
  /^remind me later\.?$/i,
  /^(?:share|tweet|email|print|copy link|comments?|skip to (?:main )?content|back to top)(?: this (?:article|story|page))?\.?$/i,
  /^share (?:on|via) \w+(?:\s*\|\s*(?:share (?:on|via) \w+|copy link|email|print))*$/i,
  /^(?:follow us on|like us on|join us on)\b/i,
  /^(?:key events|show key events only|live updates?|latest updates|jump to|in this article|table of contents|most popular|editor'?s picks|related topics|topics?)\s*:?$/i,
  /^(?:skip to|sign in|log in|subscribe)\b.{0,40}$/i,
];

/** Advertising slots. */
export const AD_LINE =
  /^(?:advertisement|sponsored(?: content)?|ad|promoted|story continues below(?: advertisement)?)\.?$/i;

/** Copyright and legal footers. */
export const LEGAL_LINE = /^(?:copyright\b|©).{0,160}$|all rights reserved\.?$/i;

/** Cookie and consent banners. */
export const COOKIE_LINE =
  /\bcookies?\b.*\b(?:we use|accept|consent|privacy|this (?:web)?site|settings|preferences)\b|\b(?:we use|accept|manage)\b.*\bcookies?\b/i;

/** Author lines and dates above or below the story. */
export const BYLINE_LINES: RegExp[] = [
  /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|al|bin|and|&))*(?:\s*(?:,|\||and|-|–|—)\s*[^.!?]*)?$/u,
  /^\(?(?:reporting|writing|editing|additional reporting|compiled|written|story) by\b/i,
  /^(?:updated|published|posted|last updated)\b\s*(?::|on|at)?\s*[\p{L}\d]/iu,
];

/** Photo and video captions and credits. */
export const CAPTION_LINES: RegExp[] = [
  /^(?:image|photo|video) (?:source|caption|credit)s?\s*[,:]/i,
  /^(?:photo|image|picture|illustration|video|graphic|file photo|pictured|caption)(?: credit)?\s*(?::|by\b)/i,
  /\((?:photo|image|picture|video)(?: credit)?\s*(?::|by\b)[^)]*\)\s*$/i,
  /(?:\/|\||\bvia\b|\bcredit:?)\s*(?:getty images|ap(?: photo)?|afp|reuters|epa(?:-efe)?|shutterstock|alamy|anadolu|xinhua|tass|sputnik|ria novosti|pa images?|bloomberg)\b.{0,40}$/i,
  /\b(?:getty images|ap photo|afp photo|reuters\/|epa-efe|shutterstock)\b/i,
];

/** Disclosures, corrections and editor's notes. */
export const DISCLOSURE_LINES: RegExp[] = [
  /^(?:disclosure|full disclosure|editor(?:'|’)?s note|note to readers|correction|clarification|update)\s*:/i,
  /^this (?:article|story|post|report) (?:was|has been|is) (?:updated|corrected|amended|produced|published|written|supported|funded|sponsored)\b/i,
  /^(?:the author|the writer|the reporter)s? (?:owns?|holds?|has|have|is|are) (?:no )?(?:a )?(?:positions?|shares?|stakes?|financial)/i,
  /\b(?:is|are) (?:an? )?(?:investor|client|sponsor|funder|advertiser|partner)s? (?:in|of|with) (?:the )?(?:publisher|this (?:site|newsletter))\b/i,
];

/** A line that is markup rather than prose (scraped HTML left in the text). */
export const MARKUP_LINE = /^\s*<[^>]+>(?:[^<]*<[^>]+>)*\s*$/;

/** An entry of a list of links under a navigation heading: "09:42 Ferry sailings cancelled". */
export const NAVIGATION_ENTRY = /^(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|[AP]M)?\s+\S.{0,100}|[•·▪–-]\s+\S.{0,100})$/;
