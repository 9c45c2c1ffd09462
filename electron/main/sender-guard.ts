// vscode's ValidatedIpcMain habit: an IPC message is served only when it comes from our own main frame
// showing our own page. A navigated, embedded or foreign frame gets nothing.
export interface SenderFacts {
  /** URL of the frame that sent the message (event.senderFrame.url). */
  frameUrl: string | undefined;
  /** Whether that frame is the top frame of its page. */
  isMainFrame: boolean;
  /** Whether the sending webContents is one of our windows. */
  isOurWindow: boolean;
}

export function isTrustedSender(s: SenderFacts, appPageUrl: string): boolean {
  return s.isOurWindow && s.isMainFrame && !!s.frameUrl && isAppPage(s.frameUrl, appPageUrl);
}

/** Is `url` our page (any #fragment: the guide view uses them)? `withSearch`: its query must be ours too. */
export function isAppPage(url: string, appPageUrl: string, withSearch = false): boolean {
  try {
    const got = new URL(url);
    const want = new URL(appPageUrl);
    return got.protocol === want.protocol && got.host === want.host && got.pathname === want.pathname && (!withSearch || got.search === want.search);
  } catch {
    return false;
  }
}

/** External links the app may open in the user's browser: Microsoft's documentation only. */
const EXTERNAL_ALLOW = [/^https:\/\/learn\.microsoft\.com\//, /^https:\/\/support\.microsoft\.com\//, /^https:\/\/docs\.microsoft\.com\//];

export function isAllowedExternalUrl(url: string): boolean {
  return EXTERNAL_ALLOW.some((re) => re.test(url));
}
