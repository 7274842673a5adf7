/**
 * The extension's command ids (contributed in package.json). They differ from the server's
 * own commands (`replylint.setCustomerName`, …), which vscode-languageclient registers as
 * VS Code commands too; a unit test checks that the two sets never collide.
 */
export const commands = {
  setCustomerName: 'replylint.setCustomerNameForDraft',
  lintWorkspace: 'replylint.lintWorkspace',
  showRuleDocumentation: 'replylint.showRuleDocumentation',
  restartServer: 'replylint.restartServer',
} as const;

/** The server's command that sets the customer name for a document: `[documentUri, name]`. */
export const serverSetCustomerName = 'replylint.setCustomerName';
