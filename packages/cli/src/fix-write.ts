/** Writing a fixed file back, and refusing when that would lose something.
 *
 *  - The new bytes go to a temporary file in the same directory, which then replaces the original
 *    by rename: a crash or a full disk leaves the old file or the new one, never half of each;
 *    mode (and, where permitted, owner) are kept. A symbolic link is written through to its target.
 *  - A file with several hard links is rewritten in place instead (as vim does), so that every
 *    name sees the fix; a rename would leave the other names with the old text.
 *  - A read-only file (no write permission for us, or no write bit at all, which root would
 *    otherwise ignore) is not written.
 *  - Just before the write, the file is read again: if another process changed it since it was
 *    read for linting, the fix is not written (it would lose that change). */
import { accessSync, chmodSync, chownSync, closeSync, constants, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Why a fix was not written; `message` is Chinese, `english` follows the path. */
export class FixNotWritten extends Error {
  constructor(
    message: string,
    readonly english: string,
  ) {
    super(message);
    this.name = 'FixNotWritten';
  }
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

function writeAll(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written);
}

function checkUnchanged(target: string, original: Uint8Array): void {
  let now: Buffer;
  try {
    now = readFileSync(target);
  } catch (err) {
    throw new FixNotWritten(`文件在检查期间无法再读取（${code(err)}），未写入修复`, 'file unreadable before writing, fix not written');
  }
  if (!now.equals(original)) throw new FixNotWritten('文件在检查期间被其他程序修改，未写入修复（请重新运行）', 'file changed while being fixed, fix not written');
}

/** Writes `data` over `path`, whose content was `original` when it was read. Throws FixNotWritten
 *  when it refuses, and the file system's error when a write fails (the file is then unchanged). */
export function writeFixedFile(path: string, data: Uint8Array, original: Uint8Array): void {
  const target = realpathSync(path);
  const stat = statSync(target);
  const mode = stat.mode & 0o7777;
  let writable = (mode & 0o222) !== 0;
  try {
    accessSync(target, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new FixNotWritten('文件是只读的，未写入修复（去掉只读属性后再运行 --fix）', 'read-only file, fix not written');

  if (stat.nlink > 1) {
    const fd = openSync(target, 'r+');
    try {
      checkUnchanged(target, original);
      writeAll(fd, data);
      ftruncateSync(fd, data.length);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return;
  }

  // pid + random: unique across processes and worker threads ('wx' refuses a clash anyway).
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    writeAll(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(tmp, mode); // openSync's mode is masked by the umask
    try {
      chownSync(tmp, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away; an ordinary user's file is theirs already.
    }
    checkUnchanged(target, original);
    const current = statSync(target);
    if (current.ino !== stat.ino || current.dev !== stat.dev) throw new FixNotWritten('文件在检查期间被替换，未写入修复（请重新运行）', 'file replaced while being fixed, fix not written');
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

