/**
 * MAX chat invite links: recognise them in any spelling and key them by one
 * normal form, `https://max.ru/join/<token>`.
 *
 * Public clients accept any max.ru link whose path holds `join/<token>`
 * (PyMax: `link.find("join/")`), so we do too; everything else on max.ru
 * (`/sferum_help`, `/<channel>`) is a channel or profile, not an invite.
 * MAX web's own invite route, `https://web.max.ru/join/<token>`, is the same
 * invite (only that path: web.max.ru's other paths are chats and settings).
 */

export const INVITE_URL_PREFIX = 'https://max.ru/join/';

/** Tokens seen are base64url-like; the length cap keeps the URL within the bridge's MAX_URL_LENGTH. */
const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;
const MAX_HOSTS = new Set(['max.ru', 'www.max.ru']);
const WEB_HOST = 'web.max.ru';

/** Returns `https://max.ru/join/<token>` for a MAX chat invite, else null. Never throws. */
export function normalizeInviteUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  let rest = raw.trim();
  const scheme = /^(?:https?:)?\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  else if (/^[a-z][a-z0-9+.-]*:/i.test(rest)) return null; // another scheme (ftp:, javascript:, …)
  // The host ends at the first '/', '?' or '#'; 'max.ru@evil.example' or 'max.ru.evil.example' stay foreign.
  const hostEnd = rest.search(/[/?#]/);
  const host = (hostEnd === -1 ? rest : rest.slice(0, hostEnd)).toLowerCase();
  if ((!MAX_HOSTS.has(host) && host !== WEB_HOST) || hostEnd === -1 || rest[hostEnd] !== '/') return null;
  const pathEnd = rest.slice(hostEnd).search(/[?#]/);
  const path = pathEnd === -1 ? rest.slice(hostEnd) : rest.slice(hostEnd, hostEnd + pathEnd);
  const segments = path.split('/');
  const at = segments.indexOf('join');
  if (at === -1 || (host === WEB_HOST && at !== 1)) return null;
  const token = segments[at + 1];
  if (token === undefined || !TOKEN.test(token)) return null;
  // Anything after the token other than a trailing slash means another kind of URL.
  const after = segments.slice(at + 2);
  if (after.some((s) => s !== '')) return null;
  return INVITE_URL_PREFIX + token;
}

/**
 * Candidate invite links in free text. The look-behind keeps 'evilmax.ru' or
 * 'evil.web.max.ru' from matching as 'max.ru' or 'web.max.ru'.
 */
const CANDIDATE =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.|web\.)?max\.ru\/(?:[^\s/?#<>"'`]+\/){0,8}?join\/[A-Za-z0-9_-]+\/?(?=$|[\s?#<>"'`)\]}.,;:!»])/gi;

/** Normalized, deduplicated invite links found in `text`, in order of appearance. */
export function findInviteLinks(text: string): string[] {
  if (typeof text !== 'string' || !text.includes('join/')) return []; // cheap: almost no message has one
  const found: string[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const url = normalizeInviteUrl(m[0]);
    if (url !== null && !found.includes(url)) found.push(url);
  }
  return found;
}
