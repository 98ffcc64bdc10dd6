/** What a failed file-system call means, in the one-line form the CLI prints: Chinese, then English
 *  after the path. The code is kept in the Chinese text for people who search for it. */
export interface Described {
  message: string;
  english: string;
}

const KNOWN: Record<string, [string, string]> = {
  ENOENT: ['文件不存在', 'no such file or directory'],
  EACCES: ['没有访问权限', 'permission denied'],
  EPERM: ['操作不被允许', 'operation not permitted'],
  ELOOP: ['符号链接层数过多（可能是循环链接）', 'too many levels of symbolic links'],
  ENOTDIR: ['路径中的某一级不是目录', 'not a directory'],
  ENAMETOOLONG: ['路径过长', 'file name too long'],
  EIO: ['输入输出错误', 'input/output error'],
  EMFILE: ['打开的文件过多', 'too many open files'],
};

/** `what` names the operation ("无法读取目录"); without it, the known causes stand alone
 *  (“文件不存在”), as a stat failure of a named input is reported. */
export function describeFsError(err: unknown, what?: [string, string]): Described {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  const known = KNOWN[code];
  if (!what) {
    if (code === 'ENOENT') return { message: known[0], english: known[1] };
    if (known) return { message: `无法访问：${known[0]}（${code}）`, english: `cannot access: ${known[1]}` };
    return { message: `无法访问（${code || (err as Error).message}）`, english: 'cannot access' };
  }
  return known ? { message: `${what[0]}：${known[0]}（${code}）`, english: `${what[1]}: ${known[1]}` } : { message: `${what[0]}（${code || (err as Error).message}）`, english: what[1] };
}
