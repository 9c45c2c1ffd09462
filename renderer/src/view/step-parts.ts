// A next step's text cut into plain text, URLs and commands, so the diagnosis panel can show commands in
// monospace with a copy button and let long URLs wrap at their slashes. The knowledge base writes steps as
// prose; which words start a command is data here (COMMAND_STARTS), checked against every step in the tests.

export type StepPart = { kind: 'text' | 'url' | 'command'; text: string };

/** Words that start a command a technician types (PowerShell cmdlets by their Verb-Noun shape). */
const COMMAND_STARTS: readonly RegExp[] = [
  /[A-Z][a-z]+-[A-Z][A-Za-z]+/, // Get-Service, Invoke-WebRequest, Test-NetConnection, Resolve-DnsName …
  /netsh(?= )/,
  /DISM(?= \/)/,
  /sfc(?= \/)/,
  /telnet(?= )/,
  /wuauclt(?:\.exe)?(?= \/)/,
  /UsoClient(?:\.exe)?(?= )/,
  /certutil(?= -)/,
];

/** Prose words that end a command's arguments ("run Get-WindowsUpdateLog in PowerShell"). */
const PROSE_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'and', 'or', 'then', 'to', 'from', 'for', 'when', 'if', 'with', 'the', 'of', 'it', 'is']);

const START = new RegExp(`(?<![\\w/\\\\.-])(?:${COMMAND_STARTS.map((r) => r.source).join('|')})`, 'g');
const URL = /\bhttps?:\/\/[^\s,()<>"'，。；（）\u3000-\u9fff]+/g;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Where a command that starts at `from` ends: at ';' or an opening bracket outside quotes, or at the end. */
function commandEnd(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (quoted) continue;
    if (CJK.test(c)) return i;
    if (c === ' ') {
      const word = /^ ([^\s]+)/.exec(text.slice(i))?.[1] ?? '';
      if (PROSE_WORDS.has(word.replace(/[.,]$/, ''))) return i;
    }
    if (c === ';' || c === '；' || c === '(' || c === '（' || c === ')' || c === '）' || c === '，' || c === '。') return i;
  }
  return text.length;
}

function trimEnd(text: string, from: number, to: number): number {
  // a sentence's full stop or a space before a bracket is not part of the command
  while (to > from && /[\s.,]/.test(text[to - 1])) to--;
  return to;
}

export function stepParts(text: string): StepPart[] {
  const parts: StepPart[] = [];
  const push = (kind: StepPart['kind'], s: string) => {
    if (!s) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === 'text' && kind === 'text') last.text += s;
    else parts.push({ kind, text: s });
  };
  const plain = (s: string) => {
    let at = 0;
    for (const m of s.matchAll(URL)) {
      push('text', s.slice(at, m.index));
      const url = m[0].replace(/[.]+$/, '');
      push('url', url);
      at = m.index + url.length;
    }
    push('text', s.slice(at));
  };
  let at = 0;
  for (START.lastIndex = 0; ; ) {
    const m = START.exec(text);
    if (!m) break;
    const end = trimEnd(text, m.index, commandEnd(text, m.index));
    plain(text.slice(at, m.index));
    push('command', text.slice(m.index, end));
    at = end;
    START.lastIndex = Math.max(end, m.index + 1);
  }
  plain(text.slice(at));
  return parts;
}

/** A URL with a break opportunity after each '/', '.', '?' and '&' (as pieces to join with <wbr>). */
export function urlPieces(url: string): string[] {
  return url.split(/(?<=[/.?&=])/);
}
