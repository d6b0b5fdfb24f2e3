import { defaultMaxFileSize } from '../read.js';

/** The client settings under the `healthlint` section; every field is optional in what a client sends. */
export interface ServerSettings {
  /** Lint at all; false clears this document's diagnostics. */
  enable: boolean;
  /** Lint while typing, or only when the document is saved. */
  run: 'onType' | 'onSave';
  /** Quiet time after a burst of edits before linting again. */
  debounceMs: number;
  /** Documents larger than this (UTF-8 bytes) get one diagnostic instead of findings, as the CLI's --max-file-size. */
  maxFileSize: number;
  /** One config file for every document, as the CLI's --config (relative paths from the workspace folder). */
  configFile: string | undefined;
}

export const configurationSection = 'healthlint';

export const defaultSettings: ServerSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 100,
  maxFileSize: defaultMaxFileSize,
  configFile: undefined,
};

/**
 * Turns whatever a client answered into settings. Clients send `null` for a missing section
 * (Neovim ≥ 0.8 does), partial objects, or wrong types; each bad field falls back to its default
 * rather than failing, because a settings typo must not stop linting.
 */
export function normalizeSettings(raw: unknown): ServerSettings {
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const number = (value: unknown, fallback: number, min: number): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
  return {
    enable: typeof input['enable'] === 'boolean' ? input['enable'] : defaultSettings.enable,
    run: input['run'] === 'onSave' || input['run'] === 'onType' ? input['run'] : defaultSettings.run,
    debounceMs: number(input['debounceMs'], defaultSettings.debounceMs, 0),
    maxFileSize: number(input['maxFileSize'], defaultSettings.maxFileSize, 1),
    configFile:
      typeof input['configFile'] === 'string' && input['configFile'].trim() !== '' ? input['configFile'] : undefined,
  };
}
