import { useQuery } from 'urql';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';

const AlertDeliveriesDocument = graphql(`
  query AlertDeliveries {
    alertEmailSettings {
      enabled
      links
    }
    alertDeliveries(first: 50, failedOnly: true) {
      totalCount
      edges {
        node {
          id
          digest
          createdAt
          attempts
          nextAttemptAt
          lastError
          status
          user {
            id
            username
          }
        }
      }
    }
  }
`);

/** The Administration screen's view of alert emails that have not gone out. */
export function AlertDeliveries() {
  const [{ data, error }] = useQuery({ query: AlertDeliveriesDocument, requestPolicy: 'cache-and-network' });
  const rows = (data?.alertDeliveries.edges ?? []).map((e) => e?.node).filter((n): n is NonNullable<typeof n> => !!n);
  return (
    <section aria-labelledby="alert-emails-title">
      <div className="section-bar">
        <h2 id="alert-emails-title" className="section-title">
          Alert emails
        </h2>
      </div>
      {error && !data && <p className="form-error">{errorMessage(error)}</p>}
      {data && !data.alertEmailSettings.enabled && (
        <p className="muted">No alert emails are sent: start the server with --smtp-url and --mail-from. Alerts stay in each user’s Alerts menu.</p>
      )}
      {data?.alertEmailSettings.enabled && !data.alertEmailSettings.links && (
        <p className="muted">Alert emails carry no links back: set --public-url.</p>
      )}
      {data?.alertEmailSettings.enabled &&
        (rows.length === 0 ? (
          <p className="muted">Every alert email went out.</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption>
                {data.alertDeliveries.totalCount} alert emails failed; pending ones are tried again, failed ones were given up.
              </caption>
              <thead>
                <tr>
                  <th scope="col">For</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Queued</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last error</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.id}>
                    <td>{d.user?.username ?? '—'}</td>
                    <td>{d.digest ? 'Daily digest' : 'Alert'}</td>
                    <td>{formatDateTime(d.createdAt)}</td>
                    <td>{d.attempts}</td>
                    <td>{d.status === 'PENDING' ? `Next try ${formatDateTime(d.nextAttemptAt)}` : 'Given up'}</td>
                    <td>{d.lastError}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
