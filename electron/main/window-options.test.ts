import { describe, expect, it } from 'vitest';
import { secureWebPreferences, windowOptions } from './window-options';

describe('window security settings', () => {
  it('isolates the page from Node and sandboxes it', () => {
    const p = secureWebPreferences('/app/preload.cjs');
    expect(p).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('is what the window is built with', () => {
    expect(windowOptions('/app/preload.cjs', '/app/icon.png').webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
  });
});
