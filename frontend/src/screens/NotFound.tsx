import { Link } from 'react-router';
import { EmptyState } from '../components/States';
import { useTitle } from '../lib/useTitle';

export function NotFound({ what = 'page' }: { what?: string }) {
  useTitle('Not found');
  return (
    <EmptyState title={`This ${what} does not exist, or you may not see it.`}>
      <Link to="/">Go to the workspaces</Link>
    </EmptyState>
  );
}
