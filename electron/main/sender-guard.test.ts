import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isTrustedSender } from './sender-guard';

const page = 'file:///opt/CMLens/resources/app.asar/dist/renderer/index.html';

describe('isTrustedSender', () => {
  it('serves our own main frame on our own page', () => {
    expect(isTrustedSender({ frameUrl: page + '#guide/scan.wua.proxy', isMainFrame: true, isOurWindow: true }, page)).toBe(true);
  });
  it('refuses sub-frames, foreign windows, other pages and other origins', () => {
    expect(isTrustedSender({ frameUrl: page, isMainFrame: false, isOurWindow: true }, page)).toBe(false);
    expect(isTrustedSender({ frameUrl: page, isMainFrame: true, isOurWindow: false }, page)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'file:///tmp/evil.html', isMainFrame: true, isOurWindow: true }, page)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'https://example.com/dist/renderer/index.html', isMainFrame: true, isOurWindow: true }, page)).toBe(false);
    expect(isTrustedSender({ frameUrl: undefined, isMainFrame: true, isOurWindow: true }, page)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'not a url', isMainFrame: true, isOurWindow: true }, page)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('opens only Microsoft documentation over https', () => {
    expect(isAllowedExternalUrl('https://learn.microsoft.com/en-us/troubleshoot/mem/configmgr/')).toBe(true);
    expect(isAllowedExternalUrl('http://learn.microsoft.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://learn.microsoft.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
  });
});
