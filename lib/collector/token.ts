import { readFileSync, writeFileSync } from 'node:fs';

/** The read token of `file`, made with `newToken` on first start (only the owner may read it). */
export function getReadToken(file: string, newToken: () => string): { token: string; created: boolean } {
  try {
    const token = readFileSync(file, 'utf8').trim();
    if (token.length < 16) throw new Error(`${file}: the read token is shorter than 16 characters; delete the file to make a new one`);
    return { token, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = newToken();
  // 'wx': if two collectors start at once on one directory, one of them fails instead of both writing.
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, created: true };
}
