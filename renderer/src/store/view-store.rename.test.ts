// After a backend restart the same logs have new ids (the relay's `renamed`): panes and bookmarks follow them, so
// the page keeps showing what it showed; a log not renamed (not reopened) is then pruned as a closed one.
import { beforeEach, expect, it } from 'vitest';
import { useView } from './view-store';

beforeEach(() => useView.setState({ panes: [], paneState: {}, bookmarks: [], activePaneId: null }));

it('moves panes and bookmarks to the new ids and restarts selections; what was not reopened is pruned after', () => {
  const v = useView.getState();
  const single = v.addPane(['log2']);
  const merged = v.addPane(['log1', 'log3']);
  v.select(single, 4, null);
  v.toggleBookmark({ logId: 'log2', source: '/logs/ScanAgent.log', line: 9 });
  v.toggleBookmark({ logId: 'log3', source: '/logs/Dropped.log', line: 1 });

  useView.getState().renameLogs({ log1: 'log5', log2: 'log4' });
  const s = useView.getState();
  expect(s.panes.map((p) => [p.id, p.logIds])).toEqual([[single, ['log4']], [merged, ['log5', 'log3']]]);
  expect(s.bookmarks.map((b) => b.logId)).toEqual(['log4', 'log3']);
  expect(s.paneState[single].selected).toBeNull();

  // log3 (a dropped file) was not reopened: the open set's next list prunes it from the merge and its bookmark.
  useView.getState().pruneLogs(new Set(['log4', 'log5']));
  expect(useView.getState().panes.map((p) => p.logIds)).toEqual([['log4'], ['log5']]);
  expect(useView.getState().bookmarks.map((b) => b.logId)).toEqual(['log4']);
});
