import type { ReactNode } from 'react';
import { parse, type Block, type Inline } from '../lib/markdownLite';

function inlines(list: Inline[]): ReactNode[] {
  return list.map((n, i) => {
    switch (n.t) {
      case 'text':
        return n.v;
      case 'code':
        return <code key={i}>{n.v}</code>;
      case 'em':
        return <em key={i}>{inlines(n.c)}</em>;
      case 'strong':
        return <strong key={i}>{inlines(n.c)}</strong>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer nofollow">
            {inlines(n.c)}
          </a>
        );
      case 'mention':
        return (
          <span key={i} className="mention">
            @{n.name}
          </span>
        );
    }
  });
}

function block(b: Block, i: number): ReactNode {
  switch (b.t) {
    case 'p':
      return <p key={i}>{inlines(b.c)}</p>;
    case 'pre':
      return (
        <pre key={i}>
          <code>{b.v}</code>
        </pre>
      );
    case 'ul':
      return <ul key={i}>{b.items.map((it, j) => <li key={j}>{inlines(it)}</li>)}</ul>;
    case 'ol':
      return <ol key={i}>{b.items.map((it, j) => <li key={j}>{inlines(it)}</li>)}</ol>;
  }
}

/** A comment's text as safe Markdown-lite: React elements from a parsed tree, never HTML. */
export function MarkdownLite({ text }: { text: string }) {
  return <div className="markdown-lite">{parse(text).map(block)}</div>;
}
