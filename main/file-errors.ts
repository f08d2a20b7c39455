/** Why a file could not be read, in the words the app shows users, from a Node file-system error. */
export function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  return `the file cannot be read (${(err as Error)?.message ?? String(err)})`;
}
