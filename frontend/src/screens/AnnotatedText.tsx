// The email's plain text with its annotations: highlighted passages, the
// list beside them, and "Annotate" for a selection. Annotations anchor on
// the plain text (the server checks the quote against the same text): the
// formatted HTML view is a sandboxed, script-less iframe, which must stay
// so, and the page cannot read a selection inside it — annotating happens
// in the Plain text view.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { resolve, selectorOf, type Match } from '../lib/anchor';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useMe } from '../lib/session';

const EmailAnnotationsDocument = graphql(`
  query EmailAnnotations($id: ID!) {
    node(id: $id) {
      __typename
      ... on Email {
        id
        annotations {
          id
          exact
          prefix
          suffix
          start
          body
          createdAt
          author {
            id
            username
            displayName
          }
        }
      }
    }
  }
`);

const AnnotateDocument = graphql(`
  mutation Annotate($emailID: ID!, $input: AnnotationInput!) {
    annotate(emailID: $emailID, input: $input) {
      id
    }
  }
`);

const DeleteAnnotationDocument = graphql(`
  mutation DeleteAnnotation($id: ID!) {
    deleteAnnotation(id: $id)
  }
`);

/** Code point offset of (node, offset) inside root, whose text content is the email's text. */
function offsetIn(root: Node, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(root, 0);
  r.setEnd(node, offset);
  return Array.from(r.toString()).length;
}

interface Segment {
  text: string;
  ids: string[];
}

/** Cuts the text at every anchored passage's ends; each piece knows the annotations covering it. */
function segments(text: string, anchored: { id: string; m: Match }[]): Segment[] {
  const cps = Array.from(text);
  const cuts = new Set<number>([0, cps.length]);
  for (const a of anchored) {
    cuts.add(a.m.start);
    cuts.add(a.m.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    out.push({ text: cps.slice(s, e).join(''), ids: anchored.filter((a) => a.m.start <= s && a.m.end >= e).map((a) => a.id) });
  }
  return out;
}

export function AnnotatedText({ emailID, text, canWrite, canManage }: { emailID: string; text: string; canWrite: boolean; canManage: boolean }) {
  const me = useMe();
  const [{ data }] = useQuery({ query: EmailAnnotationsDocument, variables: { id: emailID }, requestPolicy: 'cache-and-network' });
  const annotations = data?.node?.__typename === 'Email' ? data.node.annotations : [];
  const [, annotate] = useMutation(AnnotateDocument);
  const [, deleteAnnotation] = useMutation(DeleteAnnotationDocument);
  const pre = useRef<HTMLPreElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number }>();
  const [note, setNote] = useState('');
  const [writing, setWriting] = useState(false);
  const [err, setErr] = useState<string>();
  const [active, setActive] = useState<string>();

  const anchored = useMemo(
    () =>
      annotations.flatMap((a) => {
        const m = resolve(text, a);
        return m ? [{ id: a.id, m }] : [];
      }),
    [annotations, text],
  );
  const pieces = useMemo(() => segments(text, anchored), [text, anchored]);

  function readSelection() {
    const sel = window.getSelection();
    const root = pre.current;
    if (!sel || sel.isCollapsed || !root || sel.rangeCount === 0) return;
    const r = sel.getRangeAt(0);
    if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return;
    const start = offsetIn(root, r.startContainer, r.startOffset);
    const end = offsetIn(root, r.endContainer, r.endOffset);
    if (end > start && Array.from(text).slice(start, end).join('').trim()) setSelection({ start, end });
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!selection) return;
    const r = await annotate({ emailID, input: { ...selectorOf(text, selection.start, selection.end), body: note } });
    if (r.error) {
      setErr(errorMessage(r.error));
      return;
    }
    setErr(undefined);
    setNote('');
    setWriting(false);
    setSelection(undefined);
    window.getSelection()?.removeAllRanges();
  }

  const quote = selection ? Array.from(text).slice(selection.start, selection.end).join('') : '';
  return (
    <div className="annotated">
      <div className="annotated-text">
        {canWrite && (
          <div className="toolbar annotate-bar">
            <button type="button" className="button-small" disabled={!selection} onClick={() => setWriting(true)}>
              Annotate
            </button>
            <span className="muted">{selection ? `“${quote.length > 60 ? quote.slice(0, 59) + '…' : quote}”` : 'Select a passage of the text to annotate it.'}</span>
          </div>
        )}
        {writing && selection && (
          <form className="annotate-form" onSubmit={(e) => void save(e)}>
            <label>
              Note on “{quote.length > 60 ? quote.slice(0, 59) + '…' : quote}”
              <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={10000} />
            </label>
            <div className="toolbar">
              <button type="submit" disabled={!note.trim()}>
                Save annotation
              </button>
              <button type="button" onClick={() => setWriting(false)}>
                Cancel
              </button>
            </div>
            {err && (
              <p className="form-error" role="alert">
                {err}
              </p>
            )}
          </form>
        )}
        <pre className="email-text" ref={pre} onMouseUp={readSelection} onKeyUp={readSelection}>
          {pieces.map((p, i) =>
            p.ids.length ? (
              <mark key={i} className={p.ids.includes(active ?? '') ? 'annotation annotation-active' : 'annotation'} data-annotation={p.ids.join(' ')}>
                {p.text}
              </mark>
            ) : (
              p.text
            ),
          )}
        </pre>
      </div>
      {annotations.length > 0 && (
        <aside className="annotation-list" aria-label="Annotations">
          <h2 className="section-title">Annotations ({annotations.length})</h2>
          <ol>
            {annotations.map((a) => (
              <li key={a.id} onMouseEnter={() => setActive(a.id)} onMouseLeave={() => setActive(undefined)} data-testid="annotation">
                <blockquote>{a.exact.length > 80 ? a.exact.slice(0, 79) + '…' : a.exact}</blockquote>
                <p>{a.body}</p>
                <p className="muted">
                  {a.author.displayName || a.author.username} · <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time>
                  {!anchored.some((x) => x.id === a.id) && ' · its passage is not found in the text'}
                </p>
                {((canWrite && a.author.id === me.id) || canManage) && (
                  <button type="button" className="button-small" onClick={() => void deleteAnnotation({ id: a.id })}>
                    Delete
                  </button>
                )}
              </li>
            ))}
          </ol>
        </aside>
      )}
    </div>
  );
}
