/** Shared by the document tests: fixtures as bytes, and the synthetic reports' 表三 rows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '../../../../fixtures');
export const bytesOf = (p: string) => new Uint8Array(readFileSync(join(FIXTURES, p)));
export const textOf = (p: string) => readFileSync(join(FIXTURES, p), 'utf8');

/** The 表三 rows of a synthetic report (label, seven numbers), from its tab-separated text. */
export function applicationRows(name: string): { label: string; numbers: string[] }[] {
  const lines = textOf(`synthetic/${name}.txt`).split('\n');
  return lines
    .map((l) => l.split('\t'))
    .filter((f) => f.length === 8 && f.slice(1).every((x) => /^\d+$/.test(x)))
    .map((f) => ({ label: f[0], numbers: f.slice(1) }));
}

/** The rows of the extracted text that end in seven numbers: [label fields joined, numbers]. */
export function numberRows(text: string): { label: string; numbers: string[] }[] {
  return text
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((f) => f.length >= 8 && f.slice(-7).every((x) => /^\d+$/.test(x)) && /[\u4e00-\u9fff]/.test(f.slice(0, -7).join('')))
    .map((f) => ({ label: f.slice(0, -7).filter(Boolean).join(' '), numbers: f.slice(-7) }));
}

/** Rule ids and lines of the messages, for comparing with the .txt report's. */
export const rulesOf = (messages: readonly { ruleId: string }[]) => messages.map((m) => m.ruleId);
