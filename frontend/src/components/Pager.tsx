export interface PagerProps {
  /** 1-based index of the first row shown, when known. */
  start?: number;
  count: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onFirst(): void;
  onPrevious(): void;
  onNext(): void;
  onLast(): void;
  label?: string;
}

/** Cursor-based paging: first, previous, next, last — never an offset. */
export function Pager({ start, count, total, hasPrevious, hasNext, onFirst, onPrevious, onNext, onLast, label = 'Pages' }: PagerProps) {
  const n = (x: number) => x.toLocaleString('en-US');
  const range =
    count === 0 ? `0 of ${n(total)}` : start !== undefined ? `${n(start)}–${n(start + count - 1)} of ${n(total)}` : `${n(count)} of ${n(total)}`;
  return (
    <nav className="pager" aria-label={label}>
      <span className="pager-range" aria-live="polite">
        {range}
      </span>
      <div className="pager-buttons">
        <button type="button" onClick={onFirst} disabled={!hasPrevious}>
          First
        </button>
        <button type="button" onClick={onPrevious} disabled={!hasPrevious}>
          Previous
        </button>
        <button type="button" onClick={onNext} disabled={!hasNext}>
          Next
        </button>
        <button type="button" onClick={onLast} disabled={!hasNext}>
          Last
        </button>
      </div>
    </nav>
  );
}
