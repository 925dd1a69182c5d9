import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { searchURL } from '../lib/searchQuery';
import './search.css';

interface Props {
  /** Search only this folder; every readable folder when absent. */
  folderID?: string;
  /** "/" anywhere on the page (outside a field) focuses this box. */
  shortcut?: boolean;
  label?: string;
}

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** A search box: Enter opens the results page; ↓ moves into the results. */
export function SearchBox({ folderID, shortcut, label = 'Search all folders' }: Props) {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const onResults = location.pathname === '/search' && (params.get('folder') ?? undefined) === folderID;
  const [text, setText] = useState(onResults ? (params.get('q') ?? '') : '');
  const input = useRef<HTMLInputElement>(null);

  // The box shows the query of the results page it leads to.
  const shown = onResults ? (params.get('q') ?? '') : undefined;
  useEffect(() => {
    if (shown !== undefined) setText(shown);
  }, [shown]);

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingInField(e.target)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shortcut]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return;
    navigate(searchURL(text.trim(), folderID));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && onResults) {
      const first = document.querySelector<HTMLAnchorElement>('.search-result-link');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Escape') {
      input.current?.blur();
    }
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <input
        ref={input}
        type="search"
        aria-label={label}
        placeholder={shortcut ? `${label} (press /)` : label}
        value={text}
        maxLength={500}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </form>
  );
}
