import { PhraseMatcher, type PhraseSet, type RuleTransformer, ruleUrl } from '@replylint/rules/kit';
import type { Root } from 'nlcst';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { type PresetName, type ResolvedRule, type RulesConfig, resolveRules } from '../config/rules-config.js';
import { readReply } from '../structure/index.js';

export interface ReplylintOptions {
  /** The customer's name, when the caller knows it. */
  readonly customerName?: string;
  /** Per-rule severity and options, on top of the preset. */
  readonly rules?: RulesConfig;
  /** The preset the rules start from (default `recommended`). */
  readonly preset?: PresetName;
}

const matchers = new Map<string, PhraseMatcher>();

/** One matcher for all phrase sets of the enabled rules, compiled once per combination. */
function sharedMatcher(resolved: readonly ResolvedRule[]): PhraseMatcher {
  const key = resolved
    .map(({ rule }) => rule.meta.id)
    .sort()
    .join(',');
  let matcher = matchers.get(key);
  if (!matcher) {
    const sets: PhraseSet[] = resolved.flatMap(({ rule }) => rule.phraseSets);
    matcher = new PhraseMatcher(sets);
    matchers.set(key, matcher);
  }
  return matcher;
}

const fatalBySeverity = { error: true, warning: false, info: null } as const;

/**
 * The replylint preset as a unified attacher: `unified().use(retextEnglish).use(replylint, options)`.
 *
 * Used on its own, it reads the reply structure from the file (front matter, quoted
 * thread, signature) and re-parses only the agent's words; `lint()` does that first and
 * hands over the context in `file.data.replylint`.
 */
export default function replylint(this: Processor, options: ReplylintOptions = {}): (tree: Root, file: VFile) => Root {
  const resolved = resolveRules(options.rules, options.preset);
  const matcher = sharedMatcher(resolved);
  const transformers: [ResolvedRule, RuleTransformer][] = resolved.map((entry) => [entry, entry.rule.attacher(entry.options)]);

  return (tree, file) => {
    const data = file.data.replylint ?? {};
    file.data.replylint = data;
    let root = tree;
    if (!data.context) {
      const text = String(file.value ?? '');
      const structure = readReply(text, { customerName: options.customerName });
      data.context = structure.context;
      if (structure.masked !== text) root = this.parse(new VFile(structure.masked)) as Root;
    }
    data.matcher = matcher;
    const firstOwn = file.messages.length;
    data.analysis = undefined;
    for (const [{ rule, severity }, transform] of transformers) {
      const before = file.messages.length;
      try {
        transform(root, file);
      } catch (error) {
        // One broken rule must not take the other rules' findings with it.
        const message = file.message(
          `Rule "${rule.meta.id}" failed on this reply: ${error instanceof Error ? error.message : String(error)}`,
          {
            ruleId: 'internal-error',
            source: 'replylint',
          },
        );
        message.url = ruleUrl(rule.meta.id);
        message.fatal = null;
      }
      for (const message of file.messages.slice(before)) {
        if (message.ruleId === rule.meta.id) message.fatal = fatalBySeverity[severity];
      }
    }
    sortFrom(file, firstOwn);
    return root;
  };
}

function offsetsOf(message: VFileMessage): [number, number] {
  const place = message.place;
  if (!place) return [0, 0];
  if ('start' in place) return [place.start.offset ?? 0, place.end.offset ?? place.start.offset ?? 0];
  return [place.offset ?? 0, place.offset ?? 0];
}

/** Our messages in reading order (the order `lint()` gives), after any that other plugins reported before us. */
function sortFrom(file: VFile, from: number): void {
  const own = file.messages.splice(from).sort((a, b) => {
    const [aStart, aEnd] = offsetsOf(a);
    const [bStart, bEnd] = offsetsOf(b);
    return aStart - bStart || aEnd - bEnd || String(a.ruleId).localeCompare(String(b.ruleId));
  });
  // One at a time: spreading hundreds of thousands of messages into push() overflows the stack.
  for (const message of own) file.messages.push(message);
}
