/**
 * Touch: a press-and-hold drags a card; a quick swipe scrolls the board instead of dragging.
 * Real touch events through the DevTools protocol on a touch-enabled mobile viewport.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { boardContents, cardFace, centerOf, waitForApp } from '../helpers/boardPage';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 390, height: 760 }, hasTouch: true, isMobile: true });
  page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await waitForApp(page);
  cdp = await context.newCDPSession(page);
});
afterEach(async () => {
  await context.close();
});

type Point = { x: number; y: number };

async function touch(type: 'touchStart' | 'touchMove' | 'touchEnd', at?: Point): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });
}

/** A finger moving from `from` to `to` in small steps, after holding still for `holdMs`. */
async function fingerDrag(from: Point, to: Point, holdMs: number): Promise<void> {
  await touch('touchStart', from);
  if (holdMs) await page.waitForTimeout(holdMs);
  const steps = 15;
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
    await page.waitForTimeout(16);
  }
  await touch('touchEnd');
}

test('press and hold, then move: the card is dragged to the new place', async () => {
  const before = await boardContents(page);
  const first = before['To do']![0]!;
  const third = before['To do']![2]!;
  const target = await cardFace(page, third).boundingBox();
  if (!target) throw new Error('no target');
  await fingerDrag(await centerOf(cardFace(page, first)), { x: target.x + 40, y: target.y + target.height - 4 }, 400);
  await expect.poll(async () => (await boardContents(page))['To do']).toEqual([before['To do']![1], third, first]);
});

test('a quick swipe scrolls the board sideways and moves no card', async () => {
  const before = await boardContents(page);
  const scroller = page.locator('.board-scroller');
  expect(await scroller.evaluate((el) => el.scrollLeft)).toBe(0);
  const start = await centerOf(cardFace(page, before['To do']![1]!));
  await fingerDrag(start, { x: start.x - 200, y: start.y }, 0);
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(50);
  expect(await boardContents(page)).toEqual(before);
});
