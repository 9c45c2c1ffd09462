// CMTrace's keys and ours, as one table: the key handler and the help overlay (F1 / ?) both read it.
export const ACTIONS = [
  'open', 'find', 'findNext', 'findPrev', 'togglePause', 'toggleDetails', 'lookup', 'refresh',
  'nextError', 'prevError', 'nextWarning', 'prevWarning', 'toggleBookmark', 'nextBookmark', 'prevBookmark',
  'goToTime', 'help', 'filter', 'escape', 'copyRows',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Shortcut {
  /** KeyboardEvent.key, compared case-insensitively for letters. */
  key: string;
  ctrl?: boolean;
  shift?: boolean;
  action: Action;
  /** Left to a text box while typing in one (a plain key; Ctrl+C copies the text). Function keys and Ctrl chords fire anyway. */
  notInInputs?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'o', ctrl: true, action: 'open' },
  { key: 'f', ctrl: true, action: 'find' },
  { key: 'F3', action: 'findNext' },
  { key: 'F3', shift: true, action: 'findPrev' },
  { key: 'u', ctrl: true, action: 'togglePause' },
  { key: 'h', ctrl: true, action: 'toggleDetails' },
  { key: 'l', ctrl: true, action: 'lookup' },
  { key: 'F5', action: 'refresh' },
  { key: 'e', ctrl: true, action: 'nextError' },
  { key: 'e', ctrl: true, shift: true, action: 'prevError' },
  // Ctrl+W / Ctrl+Shift+W close the browser's tab or window and cannot be taken: warnings use F4.
  { key: 'F4', action: 'nextWarning' },
  { key: 'F4', shift: true, action: 'prevWarning' },
  { key: 'F2', ctrl: true, action: 'toggleBookmark' },
  { key: 'F2', action: 'nextBookmark' },
  { key: 'F2', shift: true, action: 'prevBookmark' },
  { key: 'g', ctrl: true, action: 'goToTime' },
  { key: 'k', ctrl: true, shift: true, action: 'filter' },
  { key: 'F1', action: 'help' },
  { key: '?', shift: true, action: 'help', notInInputs: true },
  { key: 'c', ctrl: true, action: 'copyRows', notInInputs: true },
  { key: 'Escape', action: 'escape' },
];

export type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** The action a key press means, or null. `typing`: focus is in a text box. */
export function actionFor(e: KeyLike, typing: boolean): Action | null {
  if (e.altKey) return null;
  const ctrl = e.ctrlKey || e.metaKey;
  for (const s of SHORTCUTS) {
    const keyMatch = s.key.length === 1 ? e.key.toLowerCase() === s.key : e.key === s.key;
    // '?' needs Shift on most layouts: accept it with or without Shift reported
    const shiftOk = s.key === '?' ? true : !!s.shift === e.shiftKey;
    if (keyMatch && !!s.ctrl === ctrl && shiftOk && (!typing || !s.notInInputs)) return s.action;
  }
  return null;
}

/** How a shortcut reads in the help overlay: `Ctrl+Shift+E`. */
export function shortcutLabel(s: Shortcut): string {
  return [s.ctrl && 'Ctrl', s.shift && s.key !== '?' && 'Shift', s.key.length === 1 ? s.key.toUpperCase() : s.key].filter(Boolean).join('+');
}

/** An action's first shortcut, as a toolbar button's title says it. */
export const shortcutOf = (action: Action): string => shortcutLabel(SHORTCUTS.find((s) => s.action === action)!);
