import { pathToFileURL } from 'node:url';
import { rules } from '@replylint/rules';
import type { Log, ReportingDescriptor, Result as SarifResult } from 'sarif';
import type { Finding, Severity } from '../../types.js';
import type { Result } from '../results.js';
import { type Reporter, renderAll } from './reporter.js';

const levels: Record<Severity, SarifResult.level> = { error: 'error', warning: 'warning', info: 'note' };

function descriptors(): ReportingDescriptor[] {
  return Object.values(rules).map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.meta.summary },
    helpUri: rule.meta.url,
    defaultConfiguration: { level: levels[rule.meta.severity] },
  }));
}

function sarifResult(result: Result, finding: Finding, index: ReadonlyMap<string, number>): SarifResult {
  const ruleIndex = index.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: levels[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(result.filePath), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
        ...(finding.reply
          ? {
              logicalLocations: [
                { name: finding.reply.title ?? finding.reply.id ?? `reply ${finding.reply.index + 1}`, kind: 'object' },
              ],
            }
          : {}),
      },
    ],
    ...(finding.fix
      ? {
          fixes: [
            {
              description: {
                text:
                  finding.suggestions.find((suggestion) => suggestion.fix.text === finding.fix?.text)?.desc ?? 'Apply the fix',
              },
              artifactChanges: [
                {
                  artifactLocation: { uri: encodeURI(result.filePath), uriBaseId: '%SRCROOT%' },
                  replacements: [
                    {
                      deletedRegion: {
                        charOffset: finding.fix.range[0],
                        charLength: finding.fix.range[1] - finding.fix.range[0],
                      },
                      insertedContent: { text: finding.fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** Where the results go in the log: the log is written around them, as they come. */
const placeholder = '\u0000results';

/** SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps, and others). */
export function sarifReporter(version: string, cwd: string): Reporter {
  const ruleDescriptors = descriptors();
  const index = new Map(ruleDescriptors.map((descriptor, at) => [descriptor.id, at]));
  const log = (failures: readonly Result[]): string => {
    const value: Log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'replylint',
              version,
              informationUri: 'https://github.com/replylint/replylint',
              rules: ruleDescriptors,
            },
          },
          originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
          results: placeholder as unknown as SarifResult[],
          invocations: [
            {
              executionSuccessful: failures.length === 0,
              toolExecutionNotifications: failures.map((result) => ({
                level: 'error',
                message: { text: `${result.filePath}: ${result.error}` },
                locations: [
                  { physicalLocation: { artifactLocation: { uri: encodeURI(result.filePath), uriBaseId: '%SRCROOT%' } } },
                ],
              })),
            },
          ],
        },
      ],
    };
    return `${JSON.stringify(value, null, 2)}\n`;
  };
  const marker = JSON.stringify(placeholder);
  let count = 0;
  return {
    head: () => `${log([]).split(marker)[0]}[`,
    *file(result) {
      for (const finding of result.findings) {
        yield `${count++ > 0 ? ',' : ''}\n        ${JSON.stringify(sarifResult(result, finding, index), null, 2).replace(/\n/g, '\n        ')}`;
      }
    },
    tail: ({ failures }) => `${count > 0 ? '\n      ' : ''}]${log(failures).split(marker)[1]}`,
  };
}

export function formatSarif(results: readonly Result[], version: string, cwd: string): string {
  return renderAll(sarifReporter(version, cwd), results);
}
