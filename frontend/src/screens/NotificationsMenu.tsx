import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { NotificationRowFragment } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { formatRelative } from '../lib/format';
import './alerts.css';

export const NotificationRow = graphql(`
  fragment NotificationRow on Notification {
    id
    kind
    text
    createdAt
    read
    actor {
      id
      username
    }
    target {
      __typename
      id
    }
  }
`);

const NotificationsDocument = graphql(`
  query Notifications($first: Int) {
    unreadNotificationCount
    notifications(first: $first) {
      totalCount
      edges {
        node {
          ...NotificationRow
        }
      }
    }
  }
`);

const NotificationAddedDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationRow
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** The SPA page of what a notification is about. */
export function targetHref(t: { __typename?: string; id: string } | null | undefined): string | undefined {
  switch (t?.__typename) {
    case 'Email':
      return `/email/${t.id}`;
    case 'EmailFolder':
      return `/folders/${t.id}`;
    case 'Workspace':
      return `/workspaces/${t.id}`;
  }
  return undefined;
}

/** The header's alerts: the unread count, the latest alerts, mark read. New ones arrive live. */
export function NotificationsMenu() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const [{ data, error }] = useQuery({ query: NotificationsDocument, variables: { first: 20 }, requestPolicy: 'cache-and-network' });
  // The cache (lib/cache.ts) makes the list and the count stale on each event.
  useSubscription({ query: NotificationAddedDocument });
  const [mark, markRead] = useMutation(MarkReadDocument);

  useEffect(() => {
    if (!open) return;
    const onDoc = (e: MouseEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onDoc);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDoc);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const unread = data?.unreadNotificationCount ?? 0;
  const rows = (data?.notifications.edges ?? []).map((e) => e?.node).filter(Boolean) as NotificationRowFragment[];
  return (
    <div className="menu-wrap notifications" ref={wrapRef}>
      <button
        type="button"
        className="button-quiet button-on-dark"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={unread ? `Alerts, ${unread} unread` : 'Alerts'}
        onClick={() => setOpen((o) => !o)}
      >
        Alerts
        {unread > 0 && (
          <span className="badge" data-testid="unread-count">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div id={id} className="menu notifications-panel" role="region" aria-label="Alerts">
          <div className="notifications-head">
            <strong>Alerts</strong>
            <button type="button" className="button-small" disabled={unread === 0 || mark.fetching} onClick={() => void markRead({})}>
              Mark all read
            </button>
          </div>
          {error && !data && <p className="form-error">{errorMessage(error)}</p>}
          {rows.length === 0 ? (
            <p className="muted">No alerts yet. Follow a workspace, a folder or an email to be told what happens to it.</p>
          ) : (
            <ul className="notifications-list">
              {rows.map((n) => {
                const href = targetHref(n.target);
                return (
                  <li key={n.id} className={n.read ? 'read' : 'unread'}>
                    <div>
                      {href ? (
                        <Link to={href} onClick={() => setOpen(false)}>
                          {n.text}
                        </Link>
                      ) : (
                        <span>{n.text}</span>
                      )}
                      <div className="muted small">
                        {n.actor ? `${n.actor.username} · ` : ''}
                        <time dateTime={n.createdAt}>{formatRelative(n.createdAt)}</time>
                      </div>
                    </div>
                    {!n.read && (
                      <button type="button" className="button-small button-quiet" onClick={() => void markRead({ ids: [n.id] })}>
                        Mark read
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
