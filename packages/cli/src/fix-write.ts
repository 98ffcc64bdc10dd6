/** Writing a fixed file safely: the new bytes go to a temporary file in the same directory, which
 *  then replaces the original by rename. A crash or a full disk leaves either the old file or the
 *  new one, never half of each; mode (and, where permitted, owner) are kept. */
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: Uint8Array): void {
  // Write through symbolic links to their target instead of replacing the link with a file.
  const target = realpathSync(path);
  const stat = statSync(target);
  const mode = stat.mode & 0o7777;
  // pid + random: unique across processes and worker threads ('wx' refuses a clash anyway).
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(tmp, mode); // openSync's mode is masked by the umask
    try {
      chownSync(tmp, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away; an ordinary user's file is theirs already.
    }
    renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file may not exist
    }
    throw err;
  }
}
