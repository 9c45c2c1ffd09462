// Tail faults through the service: a tailed log whose file is deleted, or whose folder goes away, keeps its rows
// and says why nothing more comes (LogInfo.messages, an 'error' event); when the file is back the message goes
// and rows arrive again. Nothing throws out of the tail's timers (an unhandled rejection would fail this file).
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/contract';
import { LogService } from './log-service';
import { sleep, until } from '../../test/support/wait';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-svc-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


const wua = (text: string) =>
  `<![LOG[${text}]LOG]!><time="11:00:00.000+300" date="03-10-2026" component="WUAHandler" context="" type="1" thread="4242" file="cpp:0">\r\n`;
const scan = (text: string) =>
  `<![LOG[${text}]LOG]!><time="11:00:00.000+300" date="03-10-2026" component="ScanAgent" context="" type="1" thread="4243" file="cpp:0">\r\n`;

const GONE = 'WUAHandler.log: the file is gone (deleted or the share dropped); showing what was read';
const FOLDER_GONE = 'WUAHandler.log: its folder is gone (removed, renamed or the share dropped); showing what was read';
/** The English text of a log's messages. */
const texts = (l: { messages: { text: string }[] } | undefined): string[] => l?.messages.map((m) => m.text) ?? [];

describe('LogService tail faults', () => {
  it('a deleted file keeps its rows and says so; re-created, the message goes and rows come again', async () => {
    const root = join(dir, 'set');
    mkdirSync(root);
    const path = join(root, 'WUAHandler.log');
    writeFileSync(path, wua('seq=1 first') + wua('seq=2 second'));
    writeFileSync(join(root, 'ScanAgent.log'), scan('seq=1 scan agent'));
    const svc = new LogService({ tail: true, tailPollMs: 40 });
    const events: ApiEvent[] = [];
    svc.onEvent((e) => events.push(e));
    try {
      const { logs } = await svc.openPaths([root]);
      const id = logs.find((l) => l.name === 'WUAHandler.log')!.id;
      const info = () => svc.list().find((l) => l.id === id)!;
      unlinkSync(path);
      await until(() => texts(info()).includes(GONE), 'the message');
      expect(events).toContainEqual({ type: 'error', message: GONE, problem: { code: 'tailFileGone', params: {} }, subject: 'WUAHandler.log' });
      expect(events.some((e) => e.type === 'logs' && texts(e.logs.find((l) => l.id === id)).includes(GONE))).toBe(true);
      // What was read is still served; the other log of the set is untouched.
      expect(info().entries).toBe(2);
      expect((await svc.api.getRows({ logIds: [id], start: 0, count: 10 })).map((r) => r.text)).toEqual(['seq=1 first', 'seq=2 second']);
      expect(svc.list().find((l) => l.name === 'ScanAgent.log')!.messages).toEqual([]);
      await sleep(300);
      expect(texts(info()).filter((m) => m === GONE)).toHaveLength(1);

      writeFileSync(path, wua('seq=3 in the re-created file'));
      await until(() => info().entries === 3, 'the row of the re-created file');
      expect(texts(info())).not.toContain(GONE);
      const [row] = await svc.api.getRows({ logIds: [id], start: 2, count: 1 });
      expect(row).toMatchObject({ text: 'seq=3 in the re-created file', source: path, line: 1 });
    } finally {
      svc.dispose();
    }
  });

  it('the folder removed: a message, the rows kept; the folder back: tailing resumes', async () => {
    const root = join(dir, 'share');
    mkdirSync(root);
    const path = join(root, 'WUAHandler.log');
    writeFileSync(path, wua('seq=1 first'));
    const svc = new LogService({ tail: true, tailPollMs: 40 });
    try {
      const { logs } = await svc.openPaths([root]);
      const id = logs[0].id;
      const info = () => svc.list().find((l) => l.id === id)!;
      rmSync(root, { recursive: true });
      await until(() => texts(info()).includes(FOLDER_GONE), 'the message');
      expect(info()).toMatchObject({ entries: 1, tailing: true });
      mkdirSync(root);
      writeFileSync(path, wua('seq=2 after the share came back'));
      await until(() => info().entries === 2, 'the row after the folder came back');
      expect(texts(info())).not.toContain(FOLDER_GONE);
      appendFileSync(path, wua('seq=3 appended'));
      await until(() => info().entries === 3, 'an append after the recovery');
    } finally {
      svc.dispose();
    }
  });
});
