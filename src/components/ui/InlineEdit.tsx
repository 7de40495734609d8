/**
 * Text that turns into an input in place. Enter or leaving the field saves,
 * Escape cancels. Controlled from outside through `editing`, so a menu item can start it.
 * Focus moves into the field when editing starts and back to the text when it ends.
 */
import { useEffect, useRef, useState } from 'react';
import { useReturnFocus } from './useReturnFocus';

export interface InlineEditProps {
  value: string;
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
  onSave: (value: string) => void;
  /** Accessible name of the input. */
  inputLabel: string;
  /** Tooltip (and accessible description) of the text that starts editing; its name stays the value. */
  buttonLabel: string;
  className?: string;
}

export function InlineEdit({ value, editing, onEditingChange, onSave, inputLabel, buttonLabel, className }: InlineEditProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Back to the text after Enter or Escape; not when the user moved on to something else.
  useReturnFocus(editing, buttonRef);

  if (editing) {
    return (
      <EditField
        initial={value}
        label={inputLabel}
        className={className}
        onDone={(draft) => {
          if (draft !== null && draft.trim() && draft !== value) onSave(draft);
          onEditingChange(false);
        }}
      />
    );
  }
  return (
    <button ref={buttonRef} type="button" className={`inline-edit-button ${className ?? ''}`} title={buttonLabel} onClick={() => onEditingChange(true)}>
      {value}
    </button>
  );
}

export interface EditFieldProps {
  initial: string;
  label: string;
  className?: string | undefined;
  /** A textarea (Shift+Enter for a new line) instead of a one-line input. */
  multiline?: boolean;
  /** Called once: with the draft on Enter or when focus leaves, with null on Escape. */
  onDone: (draft: string | null) => void;
}

/**
 * A field that edits one value in place: focused and selected when it appears, Enter or
 * leaving it finishes, Escape cancels. The draft starts from `initial` and is not reset while typing.
 */
export function EditField({ initial, label, className, multiline, onDone }: EditFieldProps) {
  const [draft, setDraft] = useState(initial);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const finished = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (result: string | null) => {
    if (finished.current) return;
    finished.current = true;
    onDone(result);
  };
  const props = {
    ref,
    className: `inline-edit-input ${className ?? ''}`,
    'aria-label': label,
    value: draft,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => finish(draft),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        finish(draft);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        finish(null);
      }
    },
  };
  return multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />;
}
