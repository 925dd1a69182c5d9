// What a viewer may do with a workspace or folder, from its myPermission.
// The server enforces all of it; the UI only hides what would be refused.
import type { Permission } from '../gql/graphql';

const rank: Record<Permission, number> = { READ: 1, WRITE: 2, MANAGE: 3 };

/** True when `have` includes `need` (MANAGE includes WRITE includes READ). */
export function allows(have: Permission | null | undefined, need: Permission): boolean {
  return !!have && rank[have] >= rank[need];
}

export const permissions: readonly Permission[] = ['READ', 'WRITE', 'MANAGE'];

export const permissionLabels: Record<Permission, { label: string; description: string }> = {
  READ: { label: 'Read', description: 'See the folders and their emails' },
  WRITE: { label: 'Write', description: 'Also check email, move to the trash and restore' },
  MANAGE: { label: 'Manage', description: 'Also edit settings and permissions, delete for good' },
};

export interface PrincipalLike {
  user?: { username: string; displayName: string } | null;
  group?: { name: string } | null;
}

/** "Bob Stone (bob)", "bob", or the group's name. */
export function principalName(p: PrincipalLike): string {
  if (p.user) {
    const dn = p.user.displayName.trim();
    return dn && dn !== p.user.username ? `${dn} (${p.user.username})` : p.user.username;
  }
  return p.group?.name ?? '(unknown)';
}
