// Run as `node --enable-source-maps tests/support/built-regexps.js` from the repository root.
// Records every regular expression that replylint's own code builds at run time (`new RegExp`
// from data such as word lists), with the source line that built it, while the library, the
// Node entry and the language server are loaded and replies in every format are linted.
// Prints JSON: [{ source, flags, file, line }] (file relative to the repository root).
const Native = RegExp;
const root = new URL('../../', import.meta.url).pathname;
const ours = /\((?:file:\/\/)?(\/[^():]+\/(?:rules|packages\/replylint|server)\/src\/[^():]+\.ts):(\d+):\d+\)/;
const built = new Map();

function record(args) {
  const frame = ours.exec(new Error().stack ?? '');
  if (!frame) return;
  const [pattern, flags] = args;
  const source = pattern instanceof Native ? pattern.source : String(pattern ?? '(?:)');
  const entry = {
    source,
    flags: flags === undefined ? (pattern instanceof Native ? pattern.flags : '') : String(flags),
    file: frame[1].slice(root.length),
    line: Number(frame[2]),
  };
  built.set(JSON.stringify(entry), entry);
}

globalThis.RegExp = new Proxy(Native, {
  construct(target, args, newTarget) {
    record(args);
    return Reflect.construct(target, args, newTarget);
  },
  apply(target, self, args) {
    record(args);
    return Reflect.apply(target, self, args);
  },
});

const { lint, lintSync } = await import('replylint');
const { readReplies } = await import('replylint/node');
await import('replylint-language-server');

const thread = [
  '---',
  'customer: Jane Smith',
  '---',
  'Hi there,',
  '',
  "No, we can't refund it. The courier lost it, obviously. I'll call you back within the hour!",
  '',
  'Kind regards,',
  'Tom',
  '',
  'On Tue, 3 Mar 2026 at 10:14, Jane Smith <jane@example.com> wrote:',
  '> WHERE is my order?? Third time asking.',
  '> Thanks, Jane',
  '',
].join('\n');
lintSync(thread, { preset: 'strict' });
lintSync(thread.replace('Hi there', 'Dear {{ticket.requester.first_name}}'), { preset: 'strict' });
lintSync(`# Reply\n\n${thread.split('---\n').pop()}`, { format: 'md', preset: 'strict' });
lintSync(`<p>Hello [Customer Name],</p><p>That is not possible.</p>`, { format: 'html', preset: 'strict' });
await lint(`To: Jane Smith <jane@example.com>\nSubject: Re: order\n\nHi Jane,\n\nWe can't do that.\n`, {
  format: 'eml',
  preset: 'strict',
});
await readReplies(
  JSON.stringify({ macros: [{ id: 1, title: 'T', actions: [{ field: 'comment_value', value: 'Hi' }] }] }),
  'json',
);
await readReplies('- id: a\n  title: A\n  body: Hi there\n', 'yaml');
await readReplies('id,title,body\n1,A,Hi there\n', 'csv');

process.stdout.write(JSON.stringify([...built.values()]));
