// Deterministic inputs for the benchmark: realistic replies from the labelled corpora,
// recombined with a seeded generator so every run measures the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const corpusRoot = new URL('../corpus/', import.meta.url).pathname;

export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every labelled reply's text, front matter removed. */
export function corpusReplies() {
  return readdirSync(corpusRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(corpusRoot, entry.name))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => readFileSync(join(corpusRoot, entry.name, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')),
    );
}

const words = (text) => text.split(/\s+/).filter(Boolean).length;

/** The agent's own part of a reply: everything before the quoted thread. */
const agentPart = (text) => text.split(/\n(?:On .*wrote:|-----Original Message-----|From: |>)/)[0].trim();

/**
 * `count` replies of about 120 words: the agent's own text of corpus replies (quoted thread
 * and signature cut), topped up by splicing in paragraphs of other replies.
 */
export function replies(count, seed = 42) {
  const random = seeded(seed);
  const pool = corpusReplies().map(agentPart);
  const paragraphs = pool.flatMap((text) => text.split(/\n\s*\n/)).filter((paragraph) => words(paragraph) > 8);
  const out = [];
  for (let i = 0; i < count; i++) {
    let reply = pool[Math.floor(random() * pool.length)];
    while (words(reply) < 100) reply += `\n\n${paragraphs[Math.floor(random() * paragraphs.length)]}`;
    out.push(reply);
  }
  return out;
}

/** One long draft of about `target` words: a greeting, many paragraphs of agents' own prose, a sign-off. */
export function longDraft(target = 5000, seed = 7) {
  const random = seeded(seed);
  const paragraphs = corpusReplies()
    .map((text) => agentPart(text))
    // A reply's first paragraph is its greeting and its last the sign-off or signature.
    .flatMap((text) => text.split(/\n\s*\n/).slice(1, -1))
    .filter((paragraph) => words(paragraph) > 15 && !/^(?:>|-{2,}|On |From:|Sent:|Hi |Dear |Hello)|wrote:/m.test(paragraph));
  let text = 'Hi Jane,\n\n';
  while (words(text) < target) text += `${paragraphs[Math.floor(random() * paragraphs.length)]}\n\n`;
  return `${text}Kind regards,\nTom\n`;
}

/** A Zendesk macros export of `count` macros, each a reply of the corpus, as a helpdesk would export it. */
export function zendeskExport(count, seed = 11) {
  // Each macro its own reply, as in a real export: no two bodies alike to share a parse.
  const pool = replies(count, seed);
  const macros = Array.from({ length: count }, (_, index) => ({
    id: 360000000 + index,
    title: `Macro ${index + 1}`,
    active: true,
    actions: [
      { field: 'status', value: 'pending' },
      {
        field: 'comment_value',
        value: pool[index].replace(/^Hi [^,\n]+,/, 'Hi {{ticket.requester.first_name}},'),
      },
    ],
  }));
  return JSON.stringify({ macros, next_page: null, count }, null, 2);
}

/** Text made to be hard: long runs of what the patterns look for, and near misses. */
export function adversarial(size, seed = 3) {
  const random = seeded(seed);
  const pieces = [
    'we ',
    "can't ",
    'not ',
    'no, ',
    'within ',
    'the ',
    'courier ',
    'you ',
    'should ',
    'have ',
    '{{',
    '}}',
    '!!!',
    '> ',
    '\n',
    'a'.repeat(50),
    ' ',
    '.',
    ',',
    'Hi ',
    'Dear ',
    '-- \n',
    'ALL CAPS ',
    '((((',
    '[[',
    '[Customer Name] ',
    '{x}',
    '<<<<',
    '> From: ',
    '<!-- ',
  ];
  let text = '';
  while (text.length < size) text += pieces[Math.floor(random() * pieces.length)];
  return text.slice(0, size);
}
