/** replylint for Node.js: files, folders, standard input, configuration. */
export { ConfigLoader, type ConfigLoaderOptions, configNames, type ResolvedConfig } from './config.js';
export { applyFixes, type FixOutcome } from './fix.js';
export { type FileResult, type LintBatch, type LintFileOptions, lintFile, lintText, maxReplyLength } from './lint-files.js';
export { displayPath, type ExpandedPaths, type ExpandOptions, expandPaths } from './paths.js';
export { defaultConcurrency, LintPool } from './pool.js';
export {
  type Charset,
  type DecodedText,
  decode,
  decodeText,
  encode,
  maxSourceBytes,
  readSource,
  readSourceFile,
  readStdin,
} from './read-source.js';
export { isReplyFile, kindOf, kindsByExtension, readReplies, type SourceKind } from './sources.js';
export { writeFileAtomic } from './write.js';
