/** Commands the server runs for code actions that edit files other than the open document. */
export const commandIds = {
  addWordToDictionary: 'healthlint.addWordToDictionary',
  disableRuleInProject: 'healthlint.disableRuleInProject',
} as const;
