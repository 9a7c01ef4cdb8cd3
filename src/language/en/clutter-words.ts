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
