/** replylint for Node.js: files, folders, standard input. */
export { type FileResult, lintFile } from './lint-files.js';
export { displayPath, type ExpandedPaths, expandPaths, formatOf, formatsByExtension } from './paths.js';
export { decodeText, readSource, readStdin } from './read-source.js';
