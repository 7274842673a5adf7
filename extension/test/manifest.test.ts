import { readFileSync } from 'node:fs';
import { rules } from 'replylint';
import { defaultSettings, readSettings, commands as serverCommands } from 'replylint-language-server';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands.js';
import { defaultLanguages } from '../src/languages.js';

interface Property {
  type?: string | string[];
  default?: unknown;
  enum?: unknown[];
  markdownDescription?: string;
  properties?: Record<string, Property>;
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const properties: Record<string, Property> = manifest.contributes.configuration.properties;
const property = (key: string): Property => {
  const found = properties[`replylint.${key}`];
  if (!found) throw new Error(`package.json contributes no setting "replylint.${key}"`);
  return found;
};

describe('package.json', () => {
  it("contributes every setting the server reads, with the server's defaults", () => {
    for (const [key, value] of Object.entries(defaultSettings)) {
      expect(property(key).default, `replylint.${key}`).toEqual(value);
    }
  });

  it('declares types and values the server accepts', () => {
    const types: Record<string, string | string[]> = {
      enable: 'boolean',
      rules: 'object',
      preset: ['string', 'null'],
      customerName: 'string',
      minimumTurnaround: ['string', 'number', 'null'],
      debounceMs: 'number',
      trace: 'string',
    };
    expect(Object.keys(types).sort()).toEqual(Object.keys(defaultSettings).sort());
    for (const [key, type] of Object.entries(types)) expect(property(key).type, `replylint.${key}`).toEqual(type);
    for (const key of ['preset', 'trace']) {
      for (const value of property(key).enum ?? []) {
        expect(readSettings({ [key]: value }).problems, `replylint.${key} = ${JSON.stringify(value)}`).toEqual([]);
      }
    }
    expect(property('trace').enum).toEqual(['off', 'messages', 'verbose']);
    expect(readSettings({ minimumTurnaround: '4h' }).problems).toEqual([]);
    expect(readSettings({ minimumTurnaround: 4 }).problems).toEqual([]);
  });

  it('offers every rule of the library, and only those, in replylint.rules', () => {
    const offered = property('rules').properties ?? {};
    expect(Object.keys(offered).sort()).toEqual(Object.keys(rules).sort());
    for (const [id, rule] of Object.entries(offered)) {
      expect(rule.enum, id).toEqual(['off', 'info', 'warning', 'error']);
      expect(readSettings({ rules: { [id]: 'error' } }).problems).toEqual([]);
    }
  });

  it('describes every setting', () => {
    for (const [key, value] of Object.entries(properties)) expect(value.markdownDescription, key).toBeTruthy();
    expect(property('languages').default).toEqual([...defaultLanguages]);
  });

  it('activates on the languages it lints, and contributes the email language for .eml', () => {
    for (const language of defaultLanguages) expect(manifest.activationEvents).toContain(`onLanguage:${language}`);
    expect(manifest.contributes.languages).toContainEqual(expect.objectContaining({ id: 'email', extensions: ['.eml'] }));
  });

  it("contributes its commands, none of which is one of the server's", () => {
    const contributed = manifest.contributes.commands.map((command: { command: string }) => command.command).sort();
    expect(contributed).toEqual(Object.values(commands).sort());
    for (const command of contributed) expect(serverCommands).not.toContain(command);
    for (const command of manifest.contributes.commands) expect(command.category).toBe('replylint');
  });

  it('declares what it does in untrusted workspaces', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
  });
});
