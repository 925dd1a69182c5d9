// Inline SVG icons (no icon font, no emoji font needed). Decorative: the
// text next to them, visible or visually hidden, says what they mean.

export function PaperclipIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function SortIcon({ dir }: { dir?: 'asc' | 'desc' }) {
  return (
    <svg className="icon sort-icon" viewBox="0 0 12 16" width="10" height="14" aria-hidden="true" focusable="false">
      <path d="M6 1 L11 6 H1 Z" fill={dir === 'asc' ? 'currentColor' : 'none'} stroke="currentColor" strokeOpacity={dir === 'asc' ? 1 : 0.4} />
      <path d="M6 15 L11 10 H1 Z" fill={dir === 'desc' ? 'currentColor' : 'none'} stroke="currentColor" strokeOpacity={dir === 'desc' ? 1 : 0.4} />
    </svg>
  );
}
