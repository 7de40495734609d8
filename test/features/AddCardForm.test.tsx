// @vitest-environment jsdom
/**
 * Quick-add at the bottom of a column, driven as a person would: find the button and the field
 * by their names, type, press keys, and look at the board (the app store) afterwards.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AddCardForm } from '../../src/features/board/AddCardForm';
import { getCardIds, getCards } from '../../src/model/selectors';
import type { ColumnId } from '../../src/model/types';
import { kanbanStore } from '../../src/store/store';
import { ids, sampleDoc } from '../helpers/modelFactories';

const { work, todo, doing, done } = ids;

const titlesIn = (column: ColumnId) => getCards(kanbanStore.getState().doc, column).map((c) => c.title);
const field = () => screen.getByRole('textbox', { name: 'Title of the new card' }) as HTMLTextAreaElement;
const queryField = () => screen.queryByRole('textbox', { name: 'Title of the new card' });

beforeEach(() => {
  kanbanStore.getState().hydrate(sampleDoc(), work);
});

async function openForm(column: ColumnId = doing) {
  const user = userEvent.setup();
  render(<AddCardForm columnId={column} />);
  expect(queryField()).toBeNull();
  await user.click(screen.getByRole('button', { name: /add a card/i }));
  return user;
}

describe('AddCardForm', () => {
  it('"Add a card" opens a focused field labelled "Title of the new card"', async () => {
    await openForm();
    expect(document.activeElement).toBe(field());
    expect(field().value).toBe('');
  });

  it('Enter adds the card at the bottom of its column and keeps the field open, empty and focused', async () => {
    const user = await openForm(doing);

    await user.type(field(), 'Fix the login page{Enter}');

    expect(titlesIn(doing)).toEqual(['Fix login', 'Fix the login page']);
    expect(titlesIn(todo)).toEqual(['Write tests', 'Review PR', 'Ship it']);
    expect(field().value).toBe('');
    expect(document.activeElement).toBe(field());
  });

  it('lets the next cards be typed straight away, in order', async () => {
    const user = await openForm(done);

    await user.type(field(), 'First{Enter}Second{Enter}Third{Enter}');

    expect(titlesIn(done)).toEqual(['First', 'Second', 'Third']);
    expect(document.activeElement).toBe(field());
    expect(field().value).toBe('');
  });

  it('the "Add card" button adds the card too', async () => {
    const user = await openForm(done);
    await user.type(field(), 'By mouse');
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    expect(titlesIn(done)).toEqual(['By mouse']);
  });

  it('Shift+Enter does not add the card', async () => {
    const user = await openForm(done);
    await user.type(field(), 'Two{Shift>}{Enter}{/Shift}lines');
    expect(titlesIn(done)).toEqual([]);
    expect(field().value).toContain('Two');
  });

  it('Escape closes the form without adding anything and gives focus back to "Add a card"', async () => {
    const user = await openForm(doing);
    const before = kanbanStore.getState().doc;

    await user.type(field(), 'Never mind');
    await user.keyboard('{Escape}');

    expect(queryField()).toBeNull();
    expect(kanbanStore.getState().doc).toBe(before);
    const button = screen.getByRole('button', { name: /add a card/i });
    await waitFor(() => expect(document.activeElement).toBe(button));

    // Opening again starts from an empty field, not the abandoned text.
    await user.click(button);
    expect(field().value).toBe('');
  });

  it('whitespace-only titles add nothing and leave the form open', async () => {
    const user = await openForm(doing);
    const before = kanbanStore.getState().doc;

    await user.type(field(), '    {Enter}');
    await user.click(screen.getByRole('button', { name: 'Add card' }));

    expect(kanbanStore.getState().doc).toBe(before);
    expect(getCardIds(kanbanStore.getState().doc, doing)).toHaveLength(1);
    expect(queryField()).not.toBeNull();
  });

  it('leaving an empty field closes the form; leaving a field with text keeps the text', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AddCardForm columnId={doing} />
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: /add a card/i }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(queryField()).toBeNull();

    await user.click(screen.getByRole('button', { name: /add a card/i }));
    await user.type(field(), 'Half-typed');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(field().value).toBe('Half-typed');
    expect(titlesIn(doing)).toEqual(['Fix login']);
  });
});
