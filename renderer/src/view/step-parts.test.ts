// Next steps as the knowledge base writes them (shared/pipeline/rules): commands and URLs found, prose left alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROXY_STEPS } from '../../../shared/pipeline/rules/next-steps';
import { stepParts, urlPieces } from './step-parts';

const commands = (s: string) => stepParts(s).filter((p) => p.kind === 'command').map((p) => p.text);
const urls = (s: string) => stepParts(s).filter((p) => p.kind === 'url').map((p) => p.text);

describe('stepParts', () => {
  it('finds the proxy commands in both languages, quotes and ; inside them kept', () => {
    const [show, fix] = PROXY_STEPS;
    expect(commands(show.en)).toEqual(['netsh winhttp show proxy']);
    expect(commands(show['zh-CN'])).toEqual(['netsh winhttp show proxy']);
    const setProxy = 'netsh winhttp set proxy proxy-server="PROXY:PORT" bypass-list="<local>;*.your.domain"';
    expect(commands(fix.en)).toEqual(['netsh winhttp import proxy source=ie', setProxy]);
    expect(commands(fix['zh-CN'])).toEqual(['netsh winhttp import proxy source=ie', setProxy]);
  });

  it('stops a command at prose, brackets and the full stop', () => {
    expect(commands('On Windows 10 and later run Get-WindowsUpdateLog in PowerShell (it writes WindowsUpdate.log to the desktop).')).toEqual(['Get-WindowsUpdateLog']);
    expect(commands('Test the WSUS port from the client: Test-NetConnection SERVER -Port PORT (or telnet SERVER PORT).')).toEqual([
      'Test-NetConnection SERVER -Port PORT',
      'telnet SERVER PORT',
    ]);
    expect(commands('Repair the component store: DISM /Online /Cleanup-Image /RestoreHealth (add /Source:WIM:X:\\sources\\install.wim:1 /LimitAccess when the source is missing, 0x800F081F), then sfc /scannow.')).toEqual([
      'DISM /Online /Cleanup-Image /RestoreHealth',
      'sfc /scannow',
    ]);
    expect(commands('在 Windows 10 及更高版本上,在 PowerShell 中运行 Get-WindowsUpdateLog(会将 WindowsUpdate.log 写到桌面)')).toEqual(['Get-WindowsUpdateLog']);
    expect(commands('Make sure the WSUS server name resolves from the client (Resolve-DnsName) and is reachable directly or through the proxy.')).toEqual(['Resolve-DnsName']);
  });

  it('leaves prose without commands as one text part', () => {
    const s = 'After the fix, run a Software Update Scan Cycle (Configuration Manager control panel > Actions) and read WUAHandler.log again.';
    expect(stepParts(s)).toEqual([{ kind: 'text', text: s }]);
  });

  it('finds URLs outside commands, without the separating comma or the full stop', () => {
    const s = 'From the client, open each of: http://CM01.corp.contoso.com:8530/Selfupdate/wuident.cab , http://CM01.corp.contoso.com:8530/ClientWebService/wusserverversion.xml (e.g. Invoke-WebRequest -UseBasicParsing <url>). Each must answer.';
    expect(urls(s)).toEqual(['http://CM01.corp.contoso.com:8530/Selfupdate/wuident.cab', 'http://CM01.corp.contoso.com:8530/ClientWebService/wusserverversion.xml']);
    expect(commands(s)).toEqual(['Invoke-WebRequest -UseBasicParsing <url>']);
  });

  it('loses no character: the parts join back to the step', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('netsh ', 'Get-Service ', 'http://a/b.c', ' (x) ', ';', '"', 'in ', '。', 'DISM /x', ' ', 'word', '.')), (bits) => {
        const s = bits.join('');
        expect(stepParts(s).map((p) => p.text).join('')).toBe(s);
      }),
    );
  });

  it('breaks a URL after its separators only', () => {
    expect(urlPieces('http://a.b/c?d=1')).toEqual(['http:/', '/', 'a.', 'b/', 'c?', 'd=', '1']);
  });
});
