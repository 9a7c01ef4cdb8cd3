/**
 * Words the line classifier of the clean stage (src/clean/classifier) counts: data, one list per signal. None
 * names a site or a story; each is a kind of word page furniture uses and reporting rarely does.
 */

/** Pictures, players and their credits: a caption or a player's label speaks of the medium. */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'picture', 'pictures', 'pictured', 'video',
  'videos', 'footage', 'gallery', 'slideshow', 'caption', 'courtesy', 'credit', 'map', 'graphic', 'file', 'embed',
  'watch', 'play', 'playing', 'replay', 'skip', 'mute', 'fullscreen', 'autoplay', 'transcript', 'audio', 'podcast',
  'livestream', 'stream', 'clip', 'raw',
]);

/** Verbs a call to action opens with ("Sign up", "Click here", "Download our app", "Contact ..."). */
export const CALL_TO_ACTION: ReadonlySet<string> = new Set([
  'click', 'tap', 'sign', 'subscribe', 'download', 'follow', 'like', 'share', 'join', 'get', 'read', 'watch', 'listen',
  'visit', 'see', 'contact', 'email', 'send', 'submit', 'register', 'log', 'login', 'comment', 'tweet', 'vote', 'take',
  'check', 'stay', 'keep', 'find', 'view', 'more', 'continue', 'support', 'donate', 'become', 'try',
]);

/**
 * Words of a page talking about itself or its outlet ("this story", "updates", "newsletter", "app", "breaking"):
 * the outlet's promise, plea or notice, not the event.
 */
export const META_WORDS: ReadonlySet<string> = new Set([
  'story', 'stories', 'article', 'articles', 'update', 'updates', 'updated', 'newsletter', 'newsletters', 'app',
  'apps', 'alerts', 'alert', 'breaking', 'developing', 'subscribe', 'subscription', 'subscribers', 'registration',
  'registered', 'account', 'login', 'email', 'inbox', 'poll', 'survey', 'comments', 'comment', 'visited', 'visits',
  'views', 'advertisement', 'sponsored', 'ad', 'ads', 'cookies', 'privacy', 'terms', 'copyright', 'rights',
  'reserved', 'contributed', 'contributing', 'reporting', 'staff', 'editor', 'editors', 'correspondent', 'wire',
  'services', 'transcript', 'automatically', 'generated', 'related', 'recommended', 'trending', 'popular', 'latest',
  'more', 'previous', 'next', 'online', 'air', 'newscast', 'website', 'site', 'page', 'click', 'here', 'tips',
]);

/** Past-tense words that are not "-ed" forms, beyond the irregular verbs' list: the tense of reporting. */
export const PAST_MARKERS: ReadonlySet<string> = new Set(['said', 'was', 'were', 'had', 'did', 'told', 'got']);

/**
 * The nouns a list of other stories is labelled by ("Previous Stories:", "More Videos", "Past coverage") and the
 * words that qualify them in such a label: a label made of these words only heads links, not reporting.
 */
export const STORY_LIST_NOUNS: ReadonlySet<string> = new Set([
  'stories', 'articles', 'news', 'coverage', 'links', 'videos', 'posts', 'headlines', 'reads', 'galleries',
  'slideshows', 'features', 'updates',
]);
export const STORY_LIST_QUALIFIERS: ReadonlySet<string> = new Set([
  'previous', 'past', 'earlier', 'older', 'recent', 'related', 'more', 'other', 'similar', 'latest', 'top', 'popular',
  'recommended', 'trending', 'featured', 'most', 'read', 'viewed', 'watched', 'shared', 'our', 'from', 'the', 'this',
  'on', 'of', 'also', 'see', 'further', 'additional', 'prior',
]);

/** The reader addressed: the page speaking to whoever reads it (contractions are read as their pronoun). */
export const READER_PRONOUNS: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself']);

/** The outlet speaking of itself in the first person plural. */
export const OUTLET_PRONOUNS: ReadonlySet<string> = new Set(['we', 'our', 'ours', 'us']);

/** Words with which a page points at its own picture or player ("This photo shows ...", "The attached video"). */
export const POINTING_WORDS: ReadonlySet<string> = new Set([
  'this', 'these', 'above', 'below', 'attached', 'accompanying', 'featured', 'following', 'top', 'lead', 'embedded',
]);

/** Nouns that name a picture or a player (MEDIA_WORDS' nouns, without the player's verbs). */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'picture', 'pictures', 'video', 'videos',
  'footage', 'gallery', 'slideshow', 'map', 'graphic', 'clip', 'screenshot', 'screengrab', 'still',
]);

/**
 * Words that make a name in "Contact <name> at <number>" an office or an official, not the reporter: a tip line
 * ("Contact Crime Stoppers at ...", "Contact Detective Jane Roe at ...") is reporting about the case.
 */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'police', 'department', 'dept', 'office', 'sheriff', "sheriff's", 'sheriff’s', 'stoppers', 'crime', 'crimes',
  'county', 'city', 'state', 'unit', 'division', 'bureau', 'center', 'centre', 'hotline', 'line', 'tip', 'tips',
  'agency', 'service', 'services', 'authorities', 'detective', 'det', 'det.', 'detectives', 'investigator',
  'investigators', 'officer', 'officers', 'sgt', 'sgt.', 'sergeant', 'lt', 'lt.', 'lieutenant', 'capt', 'capt.',
  'captain', 'chief', 'deputy', 'deputies', 'trooper', 'troopers', 'agent', 'agents', 'fbi', 'atf', 'dea', 'patrol',
  'precinct', 'district', 'court', 'attorney', "attorney's", 'attorney’s', 'prosecutor', "prosecutor's",
  'prosecutor’s', 'homicide', 'squad', 'task', 'force', 'team', 'desk', 'crimestoppers', 'dispatch', 'emergency',
]);

/**
 * Words with which a page speaks of itself and its service rather than of the event: its stories and updates, its
 * newsletters, apps, alerts, accounts and comments.
 */
export const PAGE_SELF_WORDS: ReadonlySet<string> = new Set([
  'story', 'article', 'update', 'updates', 'newsletter', 'newsletters', 'app', 'apps', 'alerts', 'notifications',
  'subscribe', 'subscribed', 'subscription', 'subscribers', 'registering', 'registration', 'registered', 'account',
  'login', 'inbox', 'signing', 'comment', 'comments', 'commenting', 'typo', 'typos', 'website', 'page', 'link', 'links',
  'coverage', 'feed', 'podcast', 'newsroom', 'poll', 'survey',
]);
