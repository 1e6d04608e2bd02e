import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';

/** What the guard saw while a test ran. */
interface Watch {
  violations: string[];
  requests: { url: string; body: string }[];
  /** Share-link payloads seen in the address bar: none of them may ever leave the browser. */
  payloads: Set<string>;
}

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
  }
}

async function guard(context: BrowserContext, watch: Watch): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    watch.violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation?.(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  const remember = (url: string) => {
    const payload = /#d=([^&]+)/.exec(url)?.[1];
    if (payload && payload.length > 8) watch.payloads.add(payload.slice(0, 200));
  };
  context.on('page', (page) => page.on('framenavigated', (frame) => remember(frame.url())));
  context.on('request', (request) => {
    // A service worker's requests (its precaching) have no frame, and `frame()` throws for them.
    if (!request.serviceWorker()) remember(request.frame()?.url() ?? '');
    watch.requests.push({ url: request.url(), body: request.postData() ?? '' });
  });
}

interface Fixtures {
  /** Texts a test puts in its diagrams (labels, names): no request may carry them. */
  secrets: string[];
  /** A fresh browser context (another person's browser) under the same guard. */
  newGuardedContext: () => Promise<BrowserContext>;
  watch: Watch;
  guardCheck: undefined;
}

/**
 * Playwright's `test`, guarded: a test fails when a Content-Security-Policy violation fires in any
 * of its pages, or when any request's URL or body contains a share-link payload seen in the
 * address bar or a text the test registered in `secrets` (labels, diagram names).
 */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  watch: async ({}, use) => {
    await use({ violations: [], requests: [], payloads: new Set() });
  },
  // biome-ignore lint/correctness/noEmptyPattern: as above.
  secrets: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, watch }, use) => {
    await guard(context, watch);
    await use(context);
  },
  newGuardedContext: async ({ browser, watch }, use) => {
    const made: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      await guard(context, watch);
      made.push(context);
      return context;
    });
    for (const context of made) await context.close();
  },
  guardCheck: [
    async ({ watch, secrets, page }, use) => {
      await use(undefined);
      // Let late events arrive from the page before judging.
      await page.waitForTimeout(50).catch(() => {});
      expect(watch.violations, 'Content-Security-Policy violations').toEqual([]);
      const forbidden = [...watch.payloads, ...secrets.filter((s) => s.length >= 4)];
      for (const request of watch.requests) {
        for (const secret of forbidden) {
          const where = `${request.url} ${request.body}`;
          expect(
            where.includes(secret) || where.includes(encodeURIComponent(secret)),
            `a request carried “${secret.slice(0, 40)}”: ${request.url}`,
          ).toBe(false);
        }
      }
    },
    { auto: true },
  ],
});

export type { Page };
export { expect };
