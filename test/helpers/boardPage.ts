/**
 * What a person does and sees on the board, for the browser tests: read column and card
 * titles, add things through the UI, drag with the real mouse. Elements are found by role and
 * accessible name wherever the UI gives one.
 */
import type { Locator, Page } from 'playwright-core';

/** Waits until the board (or the no-boards screen) has rendered. */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('.board-bar').waitFor({ state: 'visible', timeout: 10_000 });
}

/** Column titles, left to right. */
export async function columnTitles(page: Page): Promise<string[]> {
  return page.locator('.board-columns > li.column .column-title').allTextContents();
}

export function cardList(page: Page, column: string): Locator {
  return page.getByRole('list', { name: `Cards in ${column}`, exact: true });
}

/** Card titles of one column, top to bottom. */
export async function cardTitles(page: Page, column: string): Promise<string[]> {
  return cardList(page, column).locator('.card-title').allTextContents();
}

/** Every column with its cards, e.g. { 'To do': ['A', 'B'], Done: [] }. */
export async function boardContents(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const title of await columnTitles(page)) out[title] = await cardTitles(page, title);
  return out;
}

/** The card face (the drag handle that opens the card) with this exact title. */
export function cardFace(page: Page, title: string): Locator {
  return page.getByRole('button', { name: title, exact: true });
}

export async function boardTitle(page: Page): Promise<string> {
  return (await page.locator('.board-title').textContent())?.trim() ?? '';
}

/** Creates a board through the "New board" dialog; the new board opens. */
export async function createBoard(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New board', exact: true }).click();
  await page.getByRole('textbox', { name: 'Name of the new board' }).fill(title);
  await page.getByRole('button', { name: 'Create board' }).click();
}

/** Adds columns with the add-column form at the end of the board. */
export async function addColumns(page: Page, titles: string[]): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Name of the new column' });
  if (!(await field.isVisible())) await page.getByRole('button', { name: 'Add column', exact: true }).click();
  for (const title of titles) {
    await field.fill(title);
    await field.press('Enter');
  }
}

/** Quick-adds cards at the bottom of a column: Enter after each, Escape at the end. */
export async function addCards(page: Page, column: string, titles: string[]): Promise<void> {
  const columnItem = page.getByRole('listitem', { name: column, exact: true });
  await columnItem.getByRole('button', { name: 'Add a card', exact: true }).click();
  const field = columnItem.getByRole('textbox', { name: 'Title of the new card' });
  for (const title of titles) {
    await field.fill(title);
    await field.press('Enter');
  }
  await field.press('Escape');
}

/**
 * Drags `source` with the real mouse so that the pointer ends at `to` (page coordinates),
 * moving in small steps as a hand would, then releases.
 */
export async function mouseDrag(page: Page, source: Locator, to: { x: number; y: number }): Promise<void> {
  const box = await source.boundingBox();
  if (!box) throw new Error('drag source is not visible');
  const start = { x: box.x + Math.min(20, box.width / 2), y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // Past the 5 px activation distance first, then on to the target.
  await page.mouse.move(start.x + 10, start.y + 10, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.move(to.x, to.y + 1, { steps: 2 });
  await page.mouse.up();
}

export async function centerOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The text the drag-and-drop live region last announced. */
export async function announcement(page: Page): Promise<string> {
  return (await page.getByTestId('dnd-live-region').textContent()) ?? '';
}
