// The forms of the Administration screen and the user menu: what is checked
// before asking the server (which checks again and has the last word).

export const minPasswordLength = 10;

export type Errors<F extends string> = Partial<Record<F, string>>;

export function passwordProblem(pw: string): string | undefined {
  if (!pw) return 'A password is required';
  if ([...pw].length < minPasswordLength) return `At least ${minPasswordLength} characters`;
  return undefined;
}

export interface NewUserValues {
  username: string;
  displayName: string;
  email: string;
  password: string;
  isAdmin: boolean;
}

export type UserField = 'username' | 'displayName' | 'email' | 'password';

const emailPattern = /^[^\s@]+@[^\s@]+$/;

export function validateNewUser(v: NewUserValues): Errors<UserField> {
  const e: Errors<UserField> = {};
  const username = v.username.trim();
  if (!username) e.username = 'A username is required';
  else if (/\s/.test(username)) e.username = 'No spaces in a username';
  if (v.email.trim() && !emailPattern.test(v.email.trim())) e.email = 'Not an email address';
  const pw = passwordProblem(v.password);
  if (pw) e.password = pw;
  return e;
}

export function validateUserEdit(v: { email: string }): Errors<UserField> {
  return v.email.trim() && !emailPattern.test(v.email.trim()) ? { email: 'Not an email address' } : {};
}

export type PasswordField = 'currentPassword' | 'newPassword' | 'confirm';

export function validatePasswordChange(v: { currentPassword?: string; newPassword: string; confirm: string }, needCurrent: boolean): Errors<PasswordField> {
  const e: Errors<PasswordField> = {};
  if (needCurrent && !v.currentPassword) e.currentPassword = 'Enter your current password';
  const pw = passwordProblem(v.newPassword);
  if (pw) e.newPassword = pw;
  else if (v.confirm !== v.newPassword) e.confirm = 'The two passwords differ';
  return e;
}

export function validateGroup(v: { name: string }): Errors<'name'> {
  return v.name.trim() ? {} : { name: 'A name is required' };
}
