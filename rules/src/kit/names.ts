import type { CustomerName, NameSource } from './context.js';

/** Courtesy titles, folded, without the full stop. */
export const titles: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
  'lady',
  'lord',
  'madam',
  'madame',
  'mme',
  'mlle',
  'herr',
  'frau',
]);

const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/** Lower-case particles that belong to the surname: "du Plessis", "van der Berg", "de la Cruz". */
const particles = new Set([
  'du',
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'le',
  'la',
  'dos',
  'das',
  'do',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
]);

/** Words that are never a person's name in a From/To line or a sign-off. */
const notNames =
  /\b(?:customer|support|team|service|services|help|helpdesk|desk|noreply|no-reply|info|admin|sales|billing|account|accounts|office|department|dept|the|company|ltd|limited|inc|llc|gmbh|plc|group|store|shop|bank|hr)\b/i;

/** Case- and accent-insensitive form used to compare names ("José" = "jose"). */
const unsplittable: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

const folded = new Map<string, string>();

export function foldName(value: string): string {
  // Called on every word of every reply: the answer for a word is kept.
  let result = folded.get(value);
  if (result === undefined) {
    result = fold(value);
    if (folded.size > 50_000) folded.clear();
    folded.set(value, result);
  }
  return result;
}

function fold(value: string): string {
  return value
    .toLowerCase()
    .replace(/[øæœßđðłþı]/g, (letter) => unsplittable[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/\.$/, '');
}

function displayCase(word: string): string {
  if (word !== word.toLowerCase() && word !== word.toUpperCase()) return word;
  return word.toLowerCase().replace(/(^|[-'\s])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

/**
 * `text` with every span from `open` to the first `close` after it replaced by `by`: what
 * `text.replace(/<[^>]*>/g, by)` does, in linear time (the regex rescans to the end from
 * every unclosed `<`).
 */
export function replaceSpans(text: string, open: string, close: string, by: string): string {
  let out = '';
  let at = 0;
  for (let start = text.indexOf(open); start !== -1; start = text.indexOf(open, at)) {
    const end = text.indexOf(close, start + open.length);
    if (end === -1) break;
    out += text.slice(at, start) + by;
    at = end + close.length;
  }
  return out + text.slice(at);
}

/**
 * Reads a name as people write it: "Jane Smith", "Smith, Jane", "Mrs. Jane Smith",
 * "Dr Patel", "jane". Returns undefined for things that are not a person's name
 * ("Customer Support", an email address, an empty string).
 */
export function parseCustomerName(raw: string, source: NameSource): CustomerName | undefined {
  let value = replaceSpans(replaceSpans(raw, '<', '>', ' '), '(', ')', ' ')
    .replace(/["“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // The lookbehind starts the trailing run only where it begins: linear, not quadratic, time.
    .replace(/^[,;:.\s]+|(?<![,;:\s])[,;:\s]+$/g, '');
  if (value === '' || /[@\d/\\{}[\]|=_]/.test(value) || notNames.test(value)) return undefined;
  // A handle, not a name: "xXRavenXx", "gamerGirl".
  if (value.split(/\s+/).some((word) => /^\p{Ll}+\p{Lu}/u.test(word))) return undefined;
  const comma = value.split(',').map((part) => part.trim());
  if (comma.length === 2 && comma[0] && comma[1] && !comma[1].includes(' ') && !comma[0].includes(' ')) {
    value = `${comma[1]} ${comma[0]}`;
  } else if (comma.length > 1) {
    value = comma[0] ?? '';
  }
  const words = value.split(' ').filter((word) => word !== '' && !suffixes.has(foldName(word)));
  if (words.length === 0 || words.length > 5) return undefined;
  let title: string | undefined;
  if (words.length > 1 && titles.has(foldName(words[0] as string))) title = words.shift();
  const names = words.filter((word) => foldName(word).replace(/\./g, '').length > 1);
  if (names.length === 0) return undefined;
  const surnameOnly = names.length === 1 && (title !== undefined || names.length < words.length);
  const first = surnameOnly ? undefined : displayCase(names[0] as string);
  let surnameFrom = names.length - 1;
  while (surnameFrom > 1 && particles.has(foldName(names[surnameFrom - 1] as string))) surnameFrom--;
  const last =
    names.length > 1
      ? names
          .slice(surnameFrom)
          .map((word) => (particles.has(foldName(word)) ? word.toLowerCase() : displayCase(word)))
          .join(' ')
      : surnameOnly
        ? displayCase(names[0] as string)
        : undefined;
  return {
    full: raw.trim(),
    ...(first ? { first } : {}),
    ...(last ? { last } : {}),
    ...(title ? { title: displayCase(title.replace(/\.$/, '')) } : {}),
    source,
  };
}

/** How to address the customer in a greeting that opens with `greeting` ("Dear", "Hi"). */
export function addressForm(name: CustomerName, greeting: string): string {
  const formal = /^dear$/i.test(greeting.trim());
  if (formal && name.title && name.last) return `${name.title} ${name.last}`;
  if (name.first) return name.first;
  if (name.title && name.last) return `${name.title} ${name.last}`;
  return name.last ?? name.full;
}

/** A short way to refer to the customer in a message. */
export function displayName(name: CustomerName): string {
  if (name.first && name.last) return `${name.first} ${name.last}`;
  if (name.title && name.last) return `${name.title} ${name.last}`;
  return name.first ?? name.last ?? name.full;
}

/** Every part of the customer's name, folded: words that are theirs, not shouting or someone else's. */
export function nameParts(customer: CustomerName | undefined): Set<string> {
  const parts = new Set<string>();
  for (const part of [customer?.first, customer?.last, ...(customer?.full.split(/[\s,]+/) ?? [])]) {
    if (part) parts.add(foldName(part));
  }
  return parts;
}
