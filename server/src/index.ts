/** replylint-language-server: the language server of replylint, for embedding or testing. */

export { mergeSettings } from './configuration.js';
export { extensionFormat, formatOf, languageFormats } from './formats.js';
export { main } from './main.js';
export { commands, ReplylintServer, reloadConfigurationCommand, setCustomerNameCommand } from './server.js';
export { defaultSettings, readSettings, type Settings, type Trace } from './settings.js';
