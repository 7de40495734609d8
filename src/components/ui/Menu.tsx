/**
 * A small menu button: a trigger with aria-expanded and a list of actions.
 * Arrow keys move between items, Escape and a click outside close it, and focus
 * returns to the trigger.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

export interface MenuProps {
  label: string;
  items: MenuItem[];
  icon?: ReactNode;
  className?: string;
}

export function Menu({ label, items, icon = '⋯', className }: MenuProps) {
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    listRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!listRef.current?.contains(target) && !triggerRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) triggerRef.current?.focus();
  };

  return (
    <div className={`menu ${className ?? ''}`}>
      <button
        ref={triggerRef}
        type="button"
        className="icon-button"
        aria-label={label}
        title={label}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{icon}</span>
      </button>
      {open && (
        <ul
          ref={listRef}
          id={id}
          className="menu-list"
          aria-label={label}
          onKeyDown={(e) => {
            const buttons = Array.from(listRef.current?.querySelectorAll('button') ?? []);
            const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close(true);
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const step = e.key === 'ArrowDown' ? 1 : -1;
              buttons[(i + step + buttons.length) % buttons.length]?.focus();
            } else if (e.key === 'Tab') {
              setOpen(false);
            }
          }}
        >
          {items.map((item) => (
            <li key={item.label}>
              <button
                type="button"
                className={`menu-item ${item.danger ? 'menu-item-danger' : ''}`}
                onClick={() => {
                  // Focus goes back to the trigger first, so a dialog opened by the item returns it there.
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
