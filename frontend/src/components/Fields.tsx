import type { ReactNode } from 'react';

// Form fields with a <label>, an optional hint and an inline error, tied to
// the input by aria-describedby so screen readers read both.

interface Common {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Messages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

type InputProps = Common & {
  value: string;
  onChange(v: string): void;
  type?: 'text' | 'password' | 'email' | 'number';
  placeholder?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  spellCheck?: boolean;
};

export function TextField(p: InputProps) {
  return (
    <div className={`field ${p.className ?? ''}`}>
      <label htmlFor={p.id} className={p.required ? 'label-required' : undefined}>
        {p.label}
      </label>
      <input
        id={p.id}
        name={p.id}
        type={p.type ?? 'text'}
        value={p.value}
        placeholder={p.placeholder}
        autoComplete={p.autoComplete ?? 'off'}
        inputMode={p.inputMode}
        aria-required={p.required || undefined}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        disabled={p.disabled}
        spellCheck={p.spellCheck}
        data-autofocus={p.autoFocus || undefined}
        onChange={(e) => p.onChange(e.target.value)}
      />
      <Messages id={p.id} hint={p.hint} error={p.error} />
    </div>
  );
}

export function TextAreaField(p: Common & { value: string; onChange(v: string): void; rows?: number; placeholder?: string }) {
  return (
    <div className={`field ${p.className ?? ''}`}>
      <label htmlFor={p.id}>{p.label}</label>
      <textarea
        id={p.id}
        name={p.id}
        rows={p.rows ?? 4}
        value={p.value}
        placeholder={p.placeholder}
        spellCheck={false}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        onChange={(e) => p.onChange(e.target.value)}
      />
      <Messages id={p.id} hint={p.hint} error={p.error} />
    </div>
  );
}

export function SelectField<T extends string>(
  p: Common & { value: T; onChange(v: T): void; options: { value: T; label: string; disabled?: boolean }[]; disabled?: boolean },
) {
  return (
    <div className={`field ${p.className ?? ''}`}>
      <label htmlFor={p.id}>{p.label}</label>
      <select
        id={p.id}
        name={p.id}
        value={p.value}
        disabled={p.disabled}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        onChange={(e) => p.onChange(e.target.value as T)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={p.id} hint={p.hint} error={p.error} />
    </div>
  );
}

export function CheckboxField(p: Common & { checked: boolean; onChange(v: boolean): void; disabled?: boolean }) {
  return (
    <div className={`field field-checkbox ${p.className ?? ''}`}>
      <input
        id={p.id}
        name={p.id}
        type="checkbox"
        checked={p.checked}
        disabled={p.disabled}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        onChange={(e) => p.onChange(e.target.checked)}
      />
      <label htmlFor={p.id}>{p.label}</label>
      <Messages id={p.id} hint={p.hint} error={p.error} />
    </div>
  );
}
