import type * as z from 'zod/mini';
import type { Translate } from '../i18n';
import { configFileSchema, MAX_CONFIG_BYTES, type ConfigErrorKey, type ContestConfig } from './schema';

/** Why a config file was refused: a catalog key, its parameters, and the field path when one is to blame. */
export interface ConfigError {
  key: ConfigErrorKey;
  params: Record<string, string | number>;
  field?: string;
}

export type ParseConfigResult = { ok: true; config: ContestConfig } | { ok: false; error: ConfigError };

// Fields that may also be null, so a wrong type is explained with that alternative.
const NULLABLE_FIELDS = new Set(['contest.timeLimitMinutes', 'endpoint']);
const INTEGER_FIELDS = /(^|\.)(number|attemptsPerRound)$/;

/** Reads a department config file (PRODUCT.md §4.1); never throws, reports the first problem found. */
export function parseConfigFile(text: string): ParseConfigResult {
  // Cheap check first: UTF-8 never takes fewer bytes than UTF-16 code units.
  const bytes = text.length > MAX_CONFIG_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_CONFIG_BYTES) return fail('config.error.tooLarge', { size: Math.ceil(bytes / 1024) });
  const source = text.replace(/^\uFEFF/, ''); // Notepad saves UTF-8 with a BOM
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    return position ? fail('config.error.notJsonAt', getLineColumn(source, Number(position[1]))) : fail('config.error.notJson');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('config.error.notObject');
  // Kind and version first: a different file deserves "wrong file", not a list of field errors.
  const { kind, version } = value as Record<string, unknown>;
  if (kind !== 'hoithi.config') return fail('config.error.wrongKind', {}, 'kind');
  if (version === undefined) return fail('config.error.missing', { field: 'version' }, 'version');
  if (version !== 1) return fail('config.error.unsupportedVersion', { version: String(version) }, 'version');
  const result = configFileSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, error: toConfigError(result.error.issues[0]!) };
}

/** Puts a config error into words in the translator's locale. */
export function formatConfigError(error: ConfigError, t: Translate): string {
  return t(error.key, error.params);
}

function fail(key: ConfigErrorKey, params: Record<string, string | number> = {}, field?: string): ParseConfigResult {
  return { ok: false, error: field === undefined ? { key, params } : { key, params, field } };
}

function getLineColumn(source: string, position: number): { line: number; column: number } {
  const before = source.slice(0, position).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Writes a zod path the way a person reads JSON: contest.rounds[1].opens. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

function toConfigError(issue: z.core.$ZodIssue): ConfigError {
  let field = formatFieldPath(issue.path);
  const error = (key: ConfigErrorKey, extra: Record<string, string | number> = {}): ConfigError => ({
    key,
    params: { ...extra, field },
    field,
  });
  switch (issue.code) {
    case 'custom': {
      const { key, ...extra } = (issue.params ?? {}) as { key?: ConfigErrorKey } & Record<string, string | number>;
      const value: Record<string, string> = typeof issue.input === 'string' ? { value: issue.input } : {};
      return error(key ?? 'config.error.invalid', { ...value, ...extra });
    }
    case 'invalid_type': {
      if (issue.input === undefined) return error('config.error.missing');
      const nullable = NULLABLE_FIELDS.has(field);
      if (issue.expected === 'string') return error('config.error.notText');
      if (issue.expected === 'int') return error('config.error.notPositiveInt');
      if (issue.expected === 'number') return error(nullable ? 'config.error.notNumberOrNull' : 'config.error.notNumber');
      if (issue.expected === 'array') return error('config.error.notList');
      if (issue.expected === 'object') return error(nullable ? 'config.error.notGroupOrNull' : 'config.error.notGroup');
      return error('config.error.invalid');
    }
    case 'unrecognized_keys':
      field = formatFieldPath([...issue.path, issue.keys[0] ?? '']);
      return error('config.error.unknownField');
    case 'too_big':
      return error('config.error.invalid');
    case 'too_small':
      if (issue.origin === 'array') return error('config.error.noRounds');
      if (issue.origin === 'string') return error('config.error.empty');
      return error(INTEGER_FIELDS.test(field) ? 'config.error.notPositiveInt' : 'config.error.notPositive');
    default:
      return error('config.error.invalid');
  }
}
