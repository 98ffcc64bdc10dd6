/** The few ANSI styles the CLI uses. picocolors is required only when colour is on: on loading it
 *  asks `process.stdout.isTTY`, which builds the stdout stream and loads Node's whole stream stack,
 *  several milliseconds of a cold start that a piped run does not need. */
import type { Colors as Picocolors } from 'picocolors/types';

export type Colors = Pick<Picocolors, 'blue' | 'bold' | 'dim' | 'green' | 'red' | 'underline' | 'yellow'>;

const same = (text: string | number | null | undefined) => String(text);
const PLAIN: Colors = { blue: same, bold: same, dim: same, green: same, red: same, underline: same, yellow: same };

export function colors(enabled: boolean): Colors {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return enabled ? (require('picocolors') as typeof import('picocolors')).createColors(true) : PLAIN;
}
