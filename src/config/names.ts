/** The one place that names healthlint's files; the CLI and the language server both read these. */
export const configFileNames = [
  '.healthlintrc',
  '.healthlintrc.json',
  '.healthlintrc.yaml',
  '.healthlintrc.yml',
] as const;
export const packageField = 'healthlint';
export const ignoreFileName = '.healthlintignore';
export const defaultCacheLocation = '.healthlintcache';
