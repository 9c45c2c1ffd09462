import { describe, expect, it } from 'vitest';
import { ACTIONS, SHORTCUTS, actionFor, shortcutLabel } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrl: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key: k, ctrlKey: !!mods.ctrl, metaKey: false, shiftKey: !!mods.shift, altKey: !!mods.alt,
});

describe('shortcuts', () => {
  it('maps CMTrace keys', () => {
    expect(actionFor(key('o', { ctrl: true }), false)).toBe('open');
    expect(actionFor(key('F3'), true)).toBe('findNext');
    expect(actionFor(key('F3', { shift: true }), true)).toBe('findPrev');
    expect(actionFor(key('U', { ctrl: true }), false)).toBe('togglePause');
    expect(actionFor(key('E', { ctrl: true, shift: true }), false)).toBe('prevError');
    expect(actionFor(key('e', { ctrl: true }), false)).toBe('nextError');
    expect(actionFor(key('F2', { ctrl: true }), false)).toBe('toggleBookmark');
  });
  it('leaves plain typing alone in text boxes', () => {
    expect(actionFor(key('?', { shift: true }), true)).toBeNull();
    expect(actionFor(key('?', { shift: true }), false)).toBe('help');
    expect(actionFor(key('c', { ctrl: true }), true)).toBeNull();
    expect(actionFor(key('a'), false)).toBeNull();
  });
  it('no two shortcuts share a chord, and every action has one', () => {
    const chords = SHORTCUTS.map(shortcutLabel);
    expect(new Set(chords).size).toBe(chords.length);
    for (const a of ACTIONS) expect(SHORTCUTS.some((s) => s.action === a)).toBe(true);
  });
});
