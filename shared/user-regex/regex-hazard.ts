// The fast first check of the user-regex policy (user-regex.ts): shapes that backtrack catastrophically in a
// backtracking engine, like (a+)+$, are refused up front with a reason, before the pattern is compiled. Users'
// patterns then run on RE2 (linear time), so this is defence in depth and a clear message, not the guarantee.
const MAX_UNBOUNDED_QUANTIFIERS = 6;

interface Group {
  /** The group holds a quantifier (directly or in a nested group). */
  quantified: boolean;
  /** The group holds a top-level `|`. */
  alternation: boolean;
}

export type HazardCode = 'backref' | 'nested' | 'alternation' | 'repeats';

/** Why this pattern's shape is refused, or null. Syntax is checked by the engine (user-regex.ts), not here. */
export function regexHazard(source: string): { code: HazardCode; message: string } | null {
  const stack: Group[] = [{ quantified: false, alternation: false }];
  let unbounded = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    let closed: Group | null = null;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) return { code: 'backref', message: 'back-references are not supported (they can take exponential time)' };
      i++;
    } else if (c === '[') {
      // Skip a character class: its contents are not operators.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      stack.push({ quantified: false, alternation: false });
      // (?:  (?=  (?!  (?<=  (?<!  (?<name>: the '?' is syntax, not a quantifier.
      const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i + 1));
      if (prefix) i += prefix[0].length;
      continue;
    } else if (c === ')') {
      closed = stack.length > 1 ? stack.pop()! : null;
    } else if (c === '|') {
      stack[stack.length - 1].alternation = true;
    }
    const q = quantifierAt(source, i + 1);
    if (q) {
      if (q.unbounded) unbounded++;
      if (closed && q.repeats && (closed.quantified || closed.alternation)) {
        return closed.quantified
          ? { code: 'nested', message: 'nested quantifiers such as (a+)+ are not supported (they can take exponential time)' }
          : { code: 'alternation', message: 'a repeated group of alternatives such as (a|ab)* is not supported (it can take exponential time)' };
      }
      stack[stack.length - 1].quantified = true;
      i += q.length;
    } else if (closed) {
      if (closed.quantified) stack[stack.length - 1].quantified = true;
    }
  }
  if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) return { code: 'repeats', message: `more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded repeats (* + {n,}) in one pattern` };
  return null;
}

/** The quantifier starting at `at`, if any: its length, whether it can repeat more than once, and unbounded. */
function quantifierAt(s: string, at: number): { length: number; repeats: boolean; unbounded: boolean } | null {
  const c = s[at];
  const lazy = (n: number) => (s[at + n] === '?' ? 1 : 0);
  if (c === '*' || c === '+') return { length: 1 + lazy(1), repeats: true, unbounded: true };
  if (c === '?') return { length: 1 + lazy(1), repeats: false, unbounded: false };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(at));
    if (!m) return null;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    return { length: m[0].length + lazy(m[0].length), repeats: max > 1, unbounded: max === Infinity };
  }
  return null;
}
