/** Young garbage collected while the server waits for the next keystroke. Linting a long report
 *  leaves megabytes of short-lived objects behind; left alone, V8 collects them in the middle of a
 *  later lint, which then takes several milliseconds longer (what makes the slow edits slow). A
 *  scavenge just after a lint's diagnostics are sent, when nothing waits, starts the next lint
 *  with an empty young generation. Only after a lint of a long text: a short one leaves little. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Texts shorter than this leave too little garbage to be worth a collection of their own. */
const LONG_TEXT = 256 * 1024;

type Collect = (options: { type: 'minor' | 'major' }) => void;
let collect: Collect | null | undefined;

/** V8's gc(), made reachable without starting node with --expose-gc; null where it cannot be. In
 *  Electron (desktop VS Code starts the server with its own runtime) V8's flags may be frozen after
 *  start, and setting one then aborts the process instead of throwing: there V8 collects as usual. */
function collector(): Collect | null {
  if (collect === undefined) {
    if (process.versions.electron) return (collect = null);
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as Collect;
    } catch {
      collect = null;
    }
  }
  return collect;
}

let pending: ReturnType<typeof setTimeout> | undefined;

/** After the lint of a text of `length` characters: a scavenge once the server is idle. */
export function collectWhenIdle(length: number): void {
  if (length < LONG_TEXT || pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    collector()?.({ type: 'minor' });
  }, 0);
}
