import { describe, expect, it } from 'vitest';
import { mayGrantPermission, mayNavigate, windowOpenDecision } from './navigation-policy';

const page = 'file:///C:/Program%20Files/CMLens/resources/app.asar/dist/renderer/index.html';

describe('mayNavigate', () => {
  it('stays on our page (fragments are the guide view)', () => {
    expect(mayNavigate(page, page)).toBe(true);
    expect(mayNavigate(`${page}#guide/scan.wua.proxy`, page)).toBe(true);
  });
  it('refuses every other place', () => {
    for (const url of [
      'https://learn.microsoft.com/',
      'http://127.0.0.1:8080/',
      'file:///C:/Windows/System32/drivers/etc/hosts',
      'file:///C:/Program%20Files/CMLens/resources/app.asar/dist/renderer/other.html',
      `${page}?x=1`,
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'not a url',
    ]) expect([url, mayNavigate(url, page)]).toEqual([url, false]);
  });
});

describe('windowOpenDecision', () => {
  it('never opens an Electron window; allowed documentation goes to the OS browser', () => {
    expect(windowOpenDecision('https://learn.microsoft.com/en-us/troubleshoot/mem/configmgr/update-management/')).toEqual({ action: 'deny', openExternally: true });
    for (const url of ['https://evil.example/', 'http://learn.microsoft.com/', 'file:///etc/passwd', 'smb://server/share', 'ms-msdt:/id', `javascript:alert(1)`]) {
      expect(windowOpenDecision(url)).toEqual({ action: 'deny', openExternally: false });
    }
  });
});

describe('mayGrantPermission', () => {
  it('grants nothing', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) expect(mayGrantPermission(p)).toBe(false);
  });
});
