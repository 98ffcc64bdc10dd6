/** Spotting a GB18030/GBK report that was opened as UTF-8 (extension/src/garbled.ts), on a
 *  synthetic report encoded as GB18030 with iconv-lite, as an editor would read it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseReport } from '@report-lint/core';
import { countReplacements, decodeGb18030, looksGarbled } from '../src/garbled';

const ROOT = join(__dirname, '..', '..');
const report = readFileSync(join(ROOT, 'fixtures/synthetic/row-total.txt'), 'utf8');
const gbBytes = iconv.encode(report, 'gb18030');
const asUtf8 = new TextDecoder('utf-8').decode(gbBytes); // what VS Code shows

test('a GB18030 report read as UTF-8 is garbled; read as GB18030 it is the report again', () => {
  expect(looksGarbled(asUtf8)).toBe(true);
  const decoded = decodeGb18030(gbBytes, countReplacements(asUtf8));
  expect(decoded).toBe(report);
  expect(parseReport(decoded!).isReport).toBe(true);
});

test('a UTF-8 report, or one with a stray replacement character, is not garbled', () => {
  expect(looksGarbled(report)).toBe(false);
  expect(looksGarbled(report.replace('自然人', '自然\uFFFD'))).toBe(false);
  expect(looksGarbled('')).toBe(false);
});

test('bytes that GB18030 reads no better (binary junk) are not offered as GB18030', () => {
  const junk = new Uint8Array(4000).map((_, i) => (i * 37) % 256);
  const shown = new TextDecoder('utf-8').decode(junk);
  expect(looksGarbled(shown)).toBe(true);
  // GB18030 maps almost every byte sequence, so the junk "decodes"; the report check then says no.
  const decoded = decodeGb18030(junk, countReplacements(shown));
  expect(decoded === undefined || !parseReport(decoded).isReport).toBe(true);
});
