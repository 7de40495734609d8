/**
 * The board end to end, in real Chromium against the built app: create boards, columns
 * and cards; drag with the real mouse and with the keyboard; reorder columns; reload and
 * find everything where it was; close right after an edit; see a failed save.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newAppPage } from '../helpers/browser';
import {
  addCards,
  addColumns,
  announcement,
  boardContents,
  boardTitle,
  cardFace,
  cardTitles,
  centerOf,
  columnTitles,
  createBoard,
  mouseDrag,
  waitForApp,
} from '../helpers/boardPage';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  ({ context, page, errors } = await newAppPage(browser, inject('baseUrl')));
  await waitForApp(page);
});
afterEach(async () => {
  expect(errors).toEqual([]);
  await context.close();
});

/** Reloads and waits until the board is back. */
async function reload(): Promise<void> {
  await page.reload();
  await waitForApp(page);
}

/** Waits until autosave has written what is on screen. */
async function saved(): Promise<void> {
  await page.getByText('All changes saved').waitFor({ timeout: 5_000 });
}

/** A board with three columns and some cards, built through the UI. */
async function buildLaunchBoard(): Promise<void> {
  await createBoard(page, 'Launch plan');
  await addColumns(page, ['Backlog', 'Doing', 'Done']);
  await addCards(page, 'Backlog', ['Write spec', 'Fix login', 'Draw icons']);
  await addCards(page, 'Doing', ['Set up CI']);
}

describe('first visit', () => {
  test('opens a sample board that explains the basics and can be deleted', async () => {
    expect(await boardTitle(page)).toBe('Welcome board');
    expect(await columnTitles(page)).toEqual(['To do', 'Doing', 'Done']);
    expect((await cardTitles(page, 'To do')).length).toBe(3);

    await page.getByRole('button', { name: 'Boards', exact: true }).click();
    await page.getByRole('button', { name: 'Delete board' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Welcome board”?' });
    expect(await dialog.textContent()).toContain('5 cards');
    await dialog.getByRole('button', { name: 'Delete board' }).click();

    await page.getByRole('heading', { name: 'You have no boards yet.' }).waitFor();
    await saved();
    await reload();
    await page.getByRole('heading', { name: 'You have no boards yet.' }).waitFor();
    expect(await page.locator('.card').count()).toBe(0);
  });
});

describe('boards, columns and cards', () => {
  test('are created through the UI and are all there after a reload', async () => {
    await buildLaunchBoard();
    const expected = {
      Backlog: ['Write spec', 'Fix login', 'Draw icons'],
      Doing: ['Set up CI'],
      Done: [],
    };
    expect(await boardContents(page)).toEqual(expected);
    expect(await page.getByText('No cards yet').count()).toBe(1);

    await saved();
    await reload();
    expect(await boardTitle(page)).toBe('Launch plan');
    expect(await boardContents(page)).toEqual(expected);
  });

  test('quick-add keeps the field focused for the next card; Escape cancels', async () => {
    await buildLaunchBoard();
    const column = page.getByRole('listitem', { name: 'Done', exact: true });
    await column.getByRole('button', { name: 'Add a card', exact: true }).click();
    const field = column.getByRole('textbox', { name: 'Title of the new card' });
    await field.fill('Ship it');
    await field.press('Enter');
    expect(await field.inputValue()).toBe('');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Never mind');
    await field.press('Escape');
    expect(await field.count()).toBe(0);
    expect(await cardTitles(page, 'Done')).toEqual(['Ship it']);
  });

  test('rename in place, delete with confirmation, switch boards, last board reopens', async () => {
    await buildLaunchBoard();

    // Rename the column in place.
    await page.getByRole('button', { name: 'Doing', exact: true }).click();
    const columnName = page.getByRole('textbox', { name: 'Column name' });
    await columnName.fill('In progress');
    await columnName.press('Enter');
    expect(await columnTitles(page)).toEqual(['Backlog', 'In progress', 'Done']);

    // Edit a card title in place from its menu.
    await page.getByRole('button', { name: 'Card actions for Draw icons' }).click();
    await page.getByRole('button', { name: 'Edit title' }).click();
    const cardName = page.getByRole('textbox', { name: 'Card title' });
    await cardName.fill('Draw app icons');
    await cardName.press('Enter');

    // Delete a card (confirmed), and a column holding a card (confirmed).
    await page.getByRole('button', { name: 'Card actions for Write spec' }).click();
    await page.getByRole('button', { name: 'Delete card' }).click();
    await page.getByRole('dialog', { name: 'Delete card “Write spec”?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Column actions for In progress' }).click();
    await page.getByRole('button', { name: 'Delete column' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete column “In progress”?' });
    expect(await confirm.textContent()).toContain('It holds 1 card');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    expect(await boardContents(page)).toEqual({ Backlog: ['Fix login', 'Draw app icons'], Done: [] });

    // Rename the board, then switch to the sample board and back.
    await page.getByRole('button', { name: 'Launch plan', exact: true }).click();
    const boardName = page.getByRole('textbox', { name: 'Board name' });
    await boardName.fill('Launch');
    await boardName.press('Enter');
    const switcher = page.getByRole('combobox', { name: 'Switch board' });
    await switcher.selectOption({ label: 'Welcome board' });
    expect(await boardTitle(page)).toBe('Welcome board');
    await switcher.selectOption({ label: 'Launch' });

    await saved();
    await reload();
    expect(await boardTitle(page)).toBe('Launch');
    expect(await boardContents(page)).toEqual({ Backlog: ['Fix login', 'Draw app icons'], Done: [] });
  });

  test('the card detail view edits the title and a plain-text description', async () => {
    await buildLaunchBoard();
    await cardFace(page, 'Fix login').click();
    const dialog = page.getByRole('dialog', { name: 'Card details' });
    expect(await dialog.textContent()).toContain('In column Backlog');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Users on Safari cannot log in.\n<b>not bold</b>');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Fix Safari login');
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    expect(await dialog.count()).toBe(0);
    expect(await cardTitles(page, 'Backlog')).toEqual(['Write spec', 'Fix Safari login', 'Draw icons']);

    await saved();
    await reload();
    await cardFace(page, 'Fix Safari login').click();
    const reopened = page.getByRole('dialog', { name: 'Card details' });
    expect(await reopened.getByRole('textbox', { name: 'Description' }).inputValue()).toBe('Users on Safari cannot log in.\n<b>not bold</b>');
    await page.keyboard.press('Escape');
    expect(await reopened.count()).toBe(0);
  });
});

describe('dragging', () => {
  test('a card moves between columns with the real mouse, including into an empty column', async () => {
    await buildLaunchBoard();
    // Onto the lower half of "Set up CI": below it in Doing.
    const target = await cardFace(page, 'Set up CI').boundingBox();
    if (!target) throw new Error('no target');
    await mouseDrag(page, cardFace(page, 'Fix login'), { x: target.x + 40, y: target.y + target.height * 0.8 });
    await expectContents({ Backlog: ['Write spec', 'Draw icons'], Doing: ['Set up CI', 'Fix login'], Done: [] });

    // Into the empty Done column.
    await mouseDrag(page, cardFace(page, 'Write spec'), await centerOf(page.getByText('No cards yet')));
    await expectContents({ Backlog: ['Draw icons'], Doing: ['Set up CI', 'Fix login'], Done: ['Write spec'] });

    // Within a column: "Fix login" above "Set up CI".
    const top = await cardFace(page, 'Set up CI').boundingBox();
    if (!top) throw new Error('no target');
    await mouseDrag(page, cardFace(page, 'Fix login'), { x: top.x + 40, y: top.y + 4 });
    await expectContents({ Backlog: ['Draw icons'], Doing: ['Fix login', 'Set up CI'], Done: ['Write spec'] });

    await saved();
    await reload();
    await expectContents({ Backlog: ['Draw icons'], Doing: ['Fix login', 'Set up CI'], Done: ['Write spec'] });
  });

  test('a card moves across columns with the keyboard and the moves are announced', async () => {
    await buildLaunchBoard();
    await cardFace(page, 'Fix login').focus();
    await pickUp('Space', 'Picked up card “Fix login” in Backlog, position 2 of 3.');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announcement(page)).toBe('Card “Fix login” is over Doing, position 2 of 2.');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => announcement(page)).toBe('Card “Fix login” is over Doing, position 1 of 2.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect.poll(() => announcement(page)).toBe('Moved “Fix login” to Doing, position 1 of 2.');
    await expectContents({ Backlog: ['Write spec', 'Draw icons'], Doing: ['Fix login', 'Set up CI'], Done: [] });

    // Escape cancels: the card stays where it was.
    await cardFace(page, 'Draw icons').focus();
    await pickUp('Enter', 'Picked up card “Draw icons” in Backlog, position 2 of 2.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => announcement(page)).toBe('Cancelled. “Draw icons” stays in Backlog, position 2 of 2.');
    await expectContents({ Backlog: ['Write spec', 'Draw icons'], Doing: ['Fix login', 'Set up CI'], Done: [] });

    await saved();
    await reload();
    await expectContents({ Backlog: ['Write spec', 'Draw icons'], Doing: ['Fix login', 'Set up CI'], Done: [] });
  });

  test('columns reorder with the mouse and with the keyboard', async () => {
    await buildLaunchBoard();
    const handle = (title: string) => page.getByRole('button', { name: `Move column ${title}`, exact: true });

    // Mouse: drag "Backlog" by its handle past "Done".
    const done = await page.getByRole('listitem', { name: 'Done', exact: true }).boundingBox();
    const grip = await centerOf(handle('Backlog'));
    if (!done) throw new Error('no column');
    await mouseDrag(page, handle('Backlog'), { x: done.x + done.width * 0.75, y: grip.y });
    await expect.poll(() => columnTitles(page)).toEqual(['Doing', 'Done', 'Backlog']);

    // Keyboard: pick up "Backlog", two steps left, drop.
    await handle('Backlog').focus();
    await pickUp('Space', 'Picked up column Backlog, position 3 of 3.');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => announcement(page)).toBe('Column Backlog is at position 2 of 3.');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => announcement(page)).toBe('Column Backlog is at position 1 of 3.');
    await page.keyboard.press('Space');
    await expect.poll(() => columnTitles(page)).toEqual(['Backlog', 'Doing', 'Done']);
    await expect.poll(() => announcement(page)).toBe('Moved column Backlog to position 1 of 3.');

    // The cards went with their columns.
    expect(await cardTitles(page, 'Backlog')).toEqual(['Write spec', 'Fix login', 'Draw icons']);
    await saved();
    await reload();
    expect(await columnTitles(page)).toEqual(['Backlog', 'Doing', 'Done']);
  });

  test('"Move to…" moves a card to another column and position without dragging', async () => {
    await buildLaunchBoard();
    await page.getByRole('button', { name: 'Card actions for Draw icons' }).click();
    await page.getByRole('button', { name: 'Move to…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move “Draw icons”' });
    await dialog.getByRole('combobox', { name: 'Column' }).selectOption({ label: 'Doing' });
    await dialog.getByRole('combobox', { name: 'Position' }).selectOption('1');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await expectContents({ Backlog: ['Write spec', 'Fix login'], Doing: ['Draw icons', 'Set up CI'], Done: [] });
  });
});

describe('durability', () => {
  test('an edit made right before the tab closes is there when it is opened again', async () => {
    await buildLaunchBoard();
    await saved();
    await addCards(page, 'Done', ['Typed just before closing']);
    await page.close(); // no wait for the debounce: the close itself must not lose the edit
    page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    expect(await cardTitles(page, 'Done')).toEqual(['Typed just before closing']);
  });

  test('an edit made right before navigating away is kept', async () => {
    await buildLaunchBoard();
    await saved();
    await mouseDrag(page, cardFace(page, 'Set up CI'), await centerOf(page.getByText('No cards yet')));
    await page.goto('about:blank');
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    await expectContents({ Backlog: ['Write spec', 'Fix login', 'Draw icons'], Doing: [], Done: ['Set up CI'] });
  });

  test('a failed save is shown to the user, kept in memory, and written on retry', async () => {
    await buildLaunchBoard();
    await saved();
    // From now on IndexedDB refuses writes as a full disk would.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { __restorePut: () => void }).__restorePut = () => {
        IDBObjectStore.prototype.put = put;
      };
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      };
    });
    await addCards(page, 'Done', ['Kept while the disk is full']);
    const banner = page.getByRole('alert');
    await banner.waitFor({ timeout: 5_000 });
    expect(await banner.textContent()).toContain('could not be saved: The disk is full');
    expect(await cardTitles(page, 'Done')).toEqual(['Kept while the disk is full']);

    await page.evaluate(() => (window as unknown as { __restorePut: () => void }).__restorePut());
    await banner.getByRole('button', { name: 'Try again' }).click();
    await saved();
    expect(await page.getByRole('alert').count()).toBe(0);
    await reload();
    expect(await cardTitles(page, 'Done')).toEqual(['Kept while the disk is full']);
  });
});

/**
 * Picks up the focused card or column with `key` and waits for the announcement. dnd-kit starts
 * listening for arrow keys one task after the pick-up, so the next key waits a moment, as any
 * person's would.
 */
async function pickUp(key: 'Space' | 'Enter', spoken: string): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => announcement(page)).toBe(spoken);
  await page.waitForTimeout(50);
}

async function expectContents(expected: Record<string, string[]>): Promise<void> {
  await expect.poll(() => boardContents(page)).toEqual(expected);
}

