/** stdout and stderr written with fs.writeSync on their file descriptors.
 *
 *  `process.stdout` is a stream: touching it loads Node's stream stack (and `net` for a pipe or a
 *  terminal), a good part of a one-file run's cold start. The CLI writes whole reports at once, so a
 *  synchronous write is all it needs; it also means nothing is left unflushed when the process ends. */
import { fstatSync, statSync, writeSync } from 'node:fs';

export interface Output {
  /** Text is written as UTF-8; bytes (the fixed text of stdin, in its own encoding) as they are. */
  write(data: string | Uint8Array): void;
  readonly isTTY: boolean;
}

/** Node's own test, loaded only for a character device other than /dev/null: tty loads `net`, and
 *  a pipe, a file or output thrown away is never a terminal. */
function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // no /dev/null here: ask tty
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

let pause: Int32Array | undefined;

/** Writes all of `text`. A non-blocking pipe that is full (EAGAIN) is waited on; a reader that went
 *  away (EPIPE, as in `report-lint … | head`) ends the run quietly: that is the reader's choice. */
function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 5);
      else if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      else throw err;
    }
  }
}

export function fdOutput(fd: number): Output {
  let tty: boolean | undefined;
  return {
    write: (data) => writeAll(fd, data),
    get isTTY() {
      return (tty ??= isTerminal(fd));
    },
  };
}
