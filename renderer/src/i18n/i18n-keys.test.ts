// Every UI string exists in both languages, and every key the code asks for exists (no raw keys on screen).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';
import { ACTIONS } from '../keys/shortcuts';
import { COLUMN_IDS } from '../view/columns';
import { TIME_MODES } from '../view/time-format';
import { LOG_GROUP_ORDER } from '../../../shared/model/log-roles';
import { REGEX_PROBLEM_CODES } from '../../../shared/user-regex/user-regex';

function flat(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const enKeys = new Set(flat(en));
const has = (key: string) => enKeys.has(key) || enKeys.has(`${key}_one`);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(n) && !n.endsWith('.test.ts') ? [p] : [];
  });
}

describe('UI strings', () => {
  it('en and zh-CN have the same keys', () => {
    expect(flat(zhCN).sort()).toEqual(flat(en).sort());
  });
  it('every literal key used in the code exists', () => {
    const missing: string[] = [];
    for (const f of sources(join(__dirname, '..'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) if (!has(m[1])) missing.push(`${f}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
  it('every key built from a table exists', () => {
    const keys = [
      ...ACTIONS.map((a) => `action.${a}`),
      ...COLUMN_IDS.map((c) => `col.${c}`),
      ...TIME_MODES.flatMap((m) => [`time.${m}`, `time.short.${m}`]),
      ...LOG_GROUP_ORDER.map((g) => `group.${g}`),
      ...['error', 'warning', 'info'].map((s) => `severity.${s}`),
      ...['failed', 'healthy', 'incomplete', 'no-data'].map((v) => `verdict.${v}`),
      ...['done', 'failed', 'not-seen'].map((s) => `pipeline.status.${s}`),
      ...['scan', 'sync', 'install', 'none'].map((k) => `diagnosis.kind.${k}`),
      ...REGEX_PROBLEM_CODES.map((c) => `regexPolicy.${c}`),
    ];
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });
});
