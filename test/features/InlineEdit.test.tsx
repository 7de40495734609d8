// @vitest-environment jsdom
/**
 * Editing text in place: Enter and leaving the field save, Escape cancels, and the keyboard
 * user is not left stranded when editing ends.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { InlineEdit } from '../../src/components/ui/InlineEdit';

/** How the app uses it: the owner keeps the value and the editing flag. */
function Harness({ initial, onSave }: { initial: string; onSave: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <InlineEdit
        value={value}
        editing={editing}
        onEditingChange={setEditing}
        onSave={(v) => {
          onSave(v);
          setValue(v.trim());
        }}
        inputLabel="Column name"
        buttonLabel={`Rename column ${value}`}
      />
      <input aria-label="Other field" />
    </>
  );
}

function setup(initial = 'To do') {
  const onSave = vi.fn<(v: string) => void>();
  const user = userEvent.setup();
  render(<Harness initial={initial} onSave={onSave} />);
  /** The one button that starts editing; its accessible name includes the shown text. */
  const button = () => screen.getByRole('button');
  const input = () => screen.getByRole('textbox', { name: 'Column name' }) as HTMLInputElement;
  const queryInput = () => screen.queryByRole('textbox', { name: 'Column name' });
  return { onSave, user, button, input, queryInput };
}

describe('InlineEdit', () => {
  it('shows the value as a button; clicking it opens a focused field with the whole text selected', async () => {
    const { user, button, input, queryInput } = setup();
    expect(button().textContent).toBe('To do');
    expect(button().title).toBe('Rename column To do');
    expect(queryInput()).toBeNull();

    await user.click(button());

    expect(document.activeElement).toBe(input());
    expect(input().value).toBe('To do');
    expect([input().selectionStart, input().selectionEnd]).toEqual([0, 'To do'.length]);
  });

  it('Enter saves once, shows the new text and puts focus back on the button', async () => {
    const { user, button, input, queryInput, onSave } = setup();
    await user.click(button());

    await user.clear(input());
    await user.type(input(), 'Backlog{Enter}');

    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('Backlog');
    expect(queryInput()).toBeNull();
    expect(button().textContent).toBe('Backlog');
    expect(document.activeElement).toBe(button());
  });

  it('Escape cancels: nothing saved, the old text is back and focus returns to the button', async () => {
    const { user, button, input, queryInput, onSave } = setup();
    await user.click(button());

    await user.type(input(), ' and more');
    await user.keyboard('{Escape}');

    expect(onSave).not.toHaveBeenCalled();
    expect(queryInput()).toBeNull();
    expect(button().textContent).toBe('To do');
    expect(document.activeElement).toBe(button());

    // Editing again starts from the saved text, not the abandoned draft.
    await user.click(button());
    expect(input().value).toBe('To do');
  });

  it('leaving the field saves', async () => {
    const { user, button, input, queryInput, onSave } = setup();
    await user.click(button());
    await user.clear(input());
    await user.type(input(), 'Doing now');

    await user.click(screen.getByRole('textbox', { name: 'Other field' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('Doing now');
    expect(queryInput()).toBeNull();
    expect(button().textContent).toBe('Doing now');
  });

  it('leaving the field keeps focus where the person moved it (typing goes to the field they clicked)', async () => {
    const { user, button, input } = setup();
    await user.click(button());
    await user.type(input(), '!');

    const other = screen.getByRole('textbox', { name: 'Other field' }) as HTMLInputElement;
    await user.click(other);
    await user.keyboard('typed here');

    expect(document.activeElement).toBe(other);
    expect(other.value).toBe('typed here');
  });

  it('Tab out of the field saves and moves on to the next field', async () => {
    const { user, button, input, onSave } = setup();
    await user.click(button());
    await user.type(input(), '!');

    await user.tab();

    expect(onSave).toHaveBeenCalledWith('To do!');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Other field' }));
  });

  it('a blank or unchanged text is not saved, but editing still ends', async () => {
    const { user, button, input, queryInput, onSave } = setup();
    await user.click(button());
    await user.keyboard('{Enter}');
    expect(queryInput()).toBeNull();

    await user.click(button());
    await user.clear(input());
    await user.type(input(), '   {Enter}');

    expect(onSave).not.toHaveBeenCalled();
    expect(queryInput()).toBeNull();
    expect(button().textContent).toBe('To do');
    expect(document.activeElement).toBe(button());
  });
});
