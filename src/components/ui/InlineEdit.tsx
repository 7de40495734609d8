/**
 * Text that turns into an input in place. Enter or leaving the field saves,
 * Escape cancels. Controlled from outside through `editing`, so a menu item can start it.
 */
import { useEffect, useRef, useState } from 'react';

export interface InlineEditProps {
  value: string;
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
  onSave: (value: string) => void;
  /** Accessible name of the input. */
  inputLabel: string;
  /** Accessible name of the button that starts editing. */
  buttonLabel: string;
  className?: string;
  as?: 'h1' | 'h2' | 'h3' | 'span';
  multiline?: boolean;
}

export function InlineEdit({ value, editing, onEditingChange, onSave, inputLabel, buttonLabel, className, as = 'span', multiline }: InlineEditProps) {
  const [draft, setDraft] = useState(value);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) {
      setDraft(value);
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (wasEditing.current) {
      buttonRef.current?.focus();
    }
    wasEditing.current = editing;
    // Only when editing starts or stops: a value change during editing must not reset the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing]);

  if (!editing) {
    const Tag = as;
    return (
      <Tag className={`inline-edit ${className ?? ''}`}>
        <button ref={buttonRef} type="button" className="inline-edit-button" aria-label={buttonLabel} title={buttonLabel} onClick={() => onEditingChange(true)}>
          {value}
        </button>
      </Tag>
    );
  }

  const commit = () => {
    if (draft.trim() && draft !== value) onSave(draft);
    onEditingChange(false);
  };
  const props = {
    ref: inputRef,
    className: `inline-edit-input ${className ?? ''}`,
    'aria-label': inputLabel,
    value: draft,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        setDraft(value);
        onEditingChange(false);
      }
    },
  };
  return multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />;
}
