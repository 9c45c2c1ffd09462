// fast-check arbitraries read from the contract's zod schemas (zod 4's `_zod.def`), so the API fuzz follows the
// contract as it changes: objects, strings, numbers, booleans, arrays, unions, literals, enums, optional and
// nullable. Values mostly keep the schema's bounds (so calls reach the backend), and `override` replaces the
// values of named keys (log ids that are open, paths that are safe to open).
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  values?: Set<unknown>;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number; format?: string } } }[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checks = (d: Def) => (d.checks ?? []).map((c) => c._zod.def);

/** Strings a user or an attacker could send: control characters, bidi overrides, lone surrogates, astral, CJK. */
export const ODD_STRINGS = ['\u0000', '\u202e\u202dlog', '\ud800', '\udfff\ud800', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '扫描失败', 'e\u0301\u0301\u0301', '\ufeff', '\r\n', '%00', '${x}', '<script>', '\\\\?\\C:\\', '__proto__', 'constructor'];

export type Override = (key: string) => fc.Arbitrary<unknown> | undefined;

export function arbitraryOf(schema: z.ZodType, override: Override = () => undefined, key = ''): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  switch (d.type) {
    case 'object': {
      const shape = d.shape ?? {};
      const rec: Record<string, fc.Arbitrary<unknown>> = {};
      const optional: string[] = [];
      for (const [k, v] of Object.entries(shape)) {
        rec[k] = override(k) ?? arbitraryOf(v, override, k);
        if (defOf(v).type === 'optional') optional.push(k);
      }
      return fc.record(rec, { requiredKeys: Object.keys(shape).filter((k) => !optional.includes(k)) });
    }
    case 'optional':
    case 'nullable': {
      const inner = arbitraryOf(d.innerType!, override, key);
      return d.type === 'nullable' ? fc.oneof(inner, fc.constant(null)) : inner;
    }
    case 'array': {
      const c = checks(d);
      const min = c.find((x) => x.check === 'min_length')?.minimum ?? 0;
      const max = Math.min(c.find((x) => x.check === 'max_length')?.maximum ?? 4, 4);
      return fc.array(override(key) ?? arbitraryOf(d.element!, override, key), { minLength: Math.min(min, max), maxLength: max });
    }
    case 'string': {
      const c = checks(d);
      const min = c.find((x) => x.check === 'min_length')?.minimum ?? 0;
      const max = Math.min(c.find((x) => x.check === 'max_length')?.maximum ?? 40, 40);
      return fc.oneof(fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'binary' }), fc.constantFrom(...ODD_STRINGS));
    }
    case 'number': {
      const c = checks(d);
      const lo = c.find((x) => x.check === 'greater_than')?.value ?? -1e6;
      const hi = c.find((x) => x.check === 'less_than')?.value ?? 1e6;
      const int = c.some((x) => x.format === 'safeint');
      const from = Math.max(lo, -1e6);
      const to = Math.min(hi, from + 2e6);
      return int ? fc.integer({ min: Math.ceil(from), max: Math.floor(to) }) : fc.double({ min: from, max: to, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...d.values!);
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries!));
    case 'union':
      return fc.oneof(...d.options!.map((o) => arbitraryOf(o, override, key)));
    default:
      throw new Error(`zod-arbitrary: no generator for zod type ${d.type} (key ${key})`);
  }
}

/** Values that no schema field accepts as they are: huge, negative, fractional, non-finite-as-JSON, deep, wide. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(2 ** 53, -(2 ** 53), 1e308, -1e308, -1, -0, 0.5, 2 ** 40 + 1, 2 ** 31, Number.MAX_VALUE, null, true, '', [], {}),
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ minLength: 10_001, maxLength: 12_000 }),
  fc.integer({ min: 1, max: 3000 }).map(deepObject),
  fc.integer({ min: 501, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `id-${i}`)),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 3 }), { maxKeys: 20 }),
);

/** {"a":{"a":…}} nested n deep (the JSON parser and zod must not recurse without bound on it). */
export function deepObject(n: number): unknown {
  let o: unknown = 'bottom';
  for (let i = 0; i < n; i++) o = { a: o };
  return o;
}
