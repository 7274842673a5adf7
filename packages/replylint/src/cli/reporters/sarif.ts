import { pathToFileURL } from 'node:url';
import { rules } from '@replylint/rules';
import type { Log, ReportingDescriptor, Result as SarifResult } from 'sarif';
import type { Severity } from '../../types.js';
import type { Result } from '../results.js';

const levels: Record<Severity, SarifResult.level> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps, and others). */
export function formatSarif(results: readonly Result[], version: string, cwd: string): string {
  const descriptors: ReportingDescriptor[] = Object.values(rules).map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.meta.summary },
    helpUri: rule.meta.url,
    defaultConfiguration: { level: levels[rule.meta.severity] },
  }));
  const index = new Map(descriptors.map((descriptor, at) => [descriptor.id, at]));
  const findings: SarifResult[] = results.flatMap((result) =>
    result.findings.map((finding): SarifResult => {
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
                      finding.suggestions.find((suggestion) => suggestion.fix.text === finding.fix?.text)?.desc ??
                      'Apply the fix',
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
    }),
  );
  const failures = results.filter((result) => result.error);
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'replylint', version, informationUri: 'https://github.com/replylint/replylint', rules: descriptors },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
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
        results: findings,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
