import { describe, expect, it } from 'vitest';
import { codes } from '../../index/units';
import { smsFormat } from './format';
import { SERVER_LOG_NAME, TRAILER } from './shape';
import { headLineEnd, lastTrailerAt, smsTextEnd } from './text-bounds';

const head = 'Sync failed: WSUS update source not found on site PS1.  $$<SMS_WSUS_SYNC_MANAGER><11-24-2026 10:22:00.000+300><thread=5000 (0x1388)>';

describe('the SMS shape', () => {
  it('reads the trailer of every head in the format\'s sample', () => {
    const heads = smsFormat.samples[0].lines.filter((l) => TRAILER.test(l));
    expect(heads).toHaveLength(4);
    expect(TRAILER.exec(head)?.slice(1)).toEqual(['SMS_WSUS_SYNC_MANAGER', '11-24-2026 10:22:00.000+300', '5000 (0x1388)']);
  });
  it('hints the server components by file name', () => {
    expect(SERVER_LOG_NAME.test('WSyncMgr.log')).toBe(true);
    expect(SERVER_LOG_NAME.test('WUAHandler.log')).toBe(false);
  });
});

describe('SMS text bounds', () => {
  it('end the text before the last trailer, less its white space', () => {
    const u = codes(head);
    expect(smsTextEnd(u, 0, u.length)).toBe(head.indexOf('  $$<'));
    expect(lastTrailerAt(u, 0, u.length)).toBe(head.indexOf('$$<'));
  });
  it('refuse a line whose last `$$<` opens no whole trailer', () => {
    const u = codes(`${head} then $$<more`);
    expect(smsTextEnd(u, 0, u.length)).toBe(-1);
    expect(smsTextEnd(codes('plain text'), 0, 10)).toBe(-1);
  });
  it('find the head line of a row with continuation lines', () => {
    const row = `${head}\nSTATMSG: ID=6703`;
    expect(smsTextEnd(codes(row), 0, row.length)).toBe(head.indexOf('  $$<'));
    expect(headLineEnd).toBe(head.length); // the continuation lines start past it
  });
});
