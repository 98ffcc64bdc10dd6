/** The CLI's small helpers, checked against plain character-by-character definitions. */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { looksBinary } from '../src/encoding';
import { fdOutput } from '../src/output';
import { displayWidth, padEnd, truncate } from '../src/width';

/** Display width as a loop over code points: the definition the regular expressions implement. */
function widthByLoop(s: string): number {
  const wide: [number, number][] = [
    [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3],
    [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x20000, 0x3fffd],
  ];
  let w = 0;
  // eslint-disable-next-line no-control-regex
  for (const ch of s.replace(/\u001b\[[0-9;]*m/g, '')) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    w += wide.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
  }
  return w;
}

function binaryByLoop(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] === 0) return true;
    if (buf[i] < 0x20 && ![9, 10, 11, 12, 13, 27].includes(buf[i])) control++;
  }
  return n > 0 && control / n > 0.1;
}

describe('displayWidth', () => {
  it('counts CJK and full-width characters as two columns, controls and colour codes as none', () => {
    expect(displayWidth('本年新收')).toBe(8);
    expect(displayWidth('（一）28')).toBe(8);
    expect(displayWidth('\u001b[31merror\u001b[39m')).toBe(5);
    expect(displayWidth('a\u0301\u200b\t')).toBe(1);
    expect(displayWidth('😀𠀀')).toBe(4);
    expect(padEnd('表三', 6)).toBe('表三  ');
    expect(truncate('政府信息公开工作年度报告', 9)).toBe('政府信息…');
  });

  it('agrees with a loop over the code points', () => {
    const ch = fc.oneof(fc.constantFrom('a', '1', '\t', '\u001b[1m', '\u0301', '\u200b', '。', '（', '中', '한', 'ｱ', '😀', '𠀀', '\ud800'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(ch).map((a) => a.join('')), (s) => expect(displayWidth(s)).toBe(widthByLoop(s))),
      { seed: 20261130, numRuns: 1000 },
    );
  });
});

describe('looksBinary', () => {
  it('takes a NUL or more than 10% control bytes as binary, text with tabs and escapes as not', () => {
    expect(looksBinary(Buffer.from('本年新收\t28\r\n'))).toBe(false);
    expect(looksBinary(Buffer.from('abc\0def'))).toBe(true);
    expect(looksBinary(Buffer.from('\x01\x02abcdefgh'))).toBe(true);
    expect(looksBinary(Buffer.from('\x1b[1mabcdefghijklmnopqrstuvwxyz'))).toBe(false);
    expect(looksBinary(new Uint8Array(0))).toBe(false);
  });

  it('agrees with a loop over the bytes, within and past the first 8 KB', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ minLength: 8000, maxLength: 9000 }).map((b) => b.map((x) => (x % 7 === 0 ? x % 32 : x || 1))));
    fc.assert(
      fc.property(bytes, (b) => expect(looksBinary(b)).toBe(binaryByLoop(b))),
      { seed: 20261130, numRuns: 500 },
    );
  });
});

describe('fdOutput', () => {
  it('writes text and bytes to its descriptor, and takes files and /dev/null for no terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-out-'));
    try {
      const file = join(dir, 'out.txt');
      const fd = openSync(file, 'w');
      const out = fdOutput(fd);
      out.write('表三 ');
      out.write(Buffer.from([0xb1, 0xed])); // bytes in another encoding go out as they are
      closeSync(fd);
      expect(readFileSync(file)).toEqual(Buffer.concat([Buffer.from('表三 '), Buffer.from([0xb1, 0xed])]));
      expect(out.isTTY).toBe(false);
      const devNull = openSync('/dev/null', 'w');
      expect(fdOutput(devNull).isTTY).toBe(false);
      closeSync(devNull);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
