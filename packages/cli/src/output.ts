/** stdout and stderr written with fs.writeSync on their file descriptors.
 *
 *  `process.stdout` is a stream: touching it loads Node's stream stack (and `net` for a pipe or a
 *  terminal), a good part of a one-file run's cold start. The CLI writes whole reports at once, so a
 *  synchronous write is all it needs; it also means nothing is left unflushed when the process ends. */
import { fstatSync, mkdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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

/** Writes all of `data`. A non-blocking pipe that is full (EAGAIN) is waited on. A reader that went
 *  away (EPIPE, as in `report-lint … | head`) gets nothing more, but the run goes on to its own exit
 *  code: a pipeline with `set -o pipefail` must still see 1 when errors were found. Any other
 *  failure of stdout (a full disk: ENOSPC) is said on stderr and ends the run with exit code 2. */
function writer(fd: number): (data: string | Uint8Array) => void {
  let gone = false;
  return (data) => {
    if (gone) return;
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let at = 0;
    while (at < bytes.length) {
      try {
        at += writeSync(fd, bytes, at, bytes.length - at);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 5);
          continue;
        }
        gone = true;
        if (code === 'EPIPE' || fd === 2) return; // nowhere left to tell it
        try {
          writeSync(2, `report-lint: 无法写入标准输出（${code ?? (err as Error).message}），报告不完整 (cannot write to stdout)\n`);
        } catch {
          // stderr is gone too
        }
        process.exit(2);
      }
    }
  };
}

export function fdOutput(fd: number): Output {
  let tty: boolean | undefined;
  return {
    write: writer(fd),
    get isTTY() {
      return (tty ??= isTerminal(fd));
    },
  };
}

/** The formatted report to `--output-file` (folders made as needed) or to the stream. False, said
 *  with `say`, when the file cannot be written: the caller exits 2. */
export function writeReport(text: string, outputFile: string | undefined, cwd: string, stream: Output, say: (line: string) => void): boolean {
  if (!outputFile) {
    if (text) stream.write(text);
    return true;
  }
  const target = resolve(cwd, outputFile);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return true;
  } catch (err) {
    say(`无法写入输出文件（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）: ${outputFile} (cannot write the output file)`);
    return false;
  }
}
