/** Reading and writing reports in the encodings they come in: UTF-8 (± BOM), UTF-16 LE/BE with a
 *  BOM, and GB18030/GBK (still common for files saved on Chinese Windows). `--fix` writes a file
 *  back in exactly the encoding and BOM it was read with, so only the fixed text changes. */

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: EncodingName;
  bom: boolean;
  /** True when the bytes were not valid in any supported encoding and were decoded with U+FFFD
   *  replacements: such a file is linted but never rewritten. */
  lossy: boolean;
}

/** Input larger than this is skipped (a report is at most a few hundred KB); reading stops here. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A file that is not text; the CLI prints its message and exits 2. */
export class UnreadableError extends Error {
  /** `message` is Chinese; `english` follows the path in the one-line error. */
  constructor(
    message: string,
    readonly english: string,
  ) {
    super(message);
    this.name = 'UnreadableError';
  }
}

const SNIFF_BYTES = 8192;

/** Binary: a NUL byte in the first 8 KB, or more than 10% control characters other than
 *  tab, line feed, vertical tab, form feed, carriage return and escape. Run only on files that
 *  have no UTF-16 BOM (UTF-16 text is full of NULs). */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  const head = Buffer.from(buf.buffer, buf.byteOffset, n);
  if (head.includes(0)) return true;
  // Counted by a regular expression over the bytes as latin1: native, where a byte loop would run
  // in the interpreter on a cold start.
  const control = head.toString('latin1').match(CONTROL_BYTES)?.length ?? 0;
  return n > 0 && control / n > 0.1;
}
// eslint-disable-next-line no-control-regex
const CONTROL_BYTES = /[\x01-\x08\x0e-\x1a\x1c-\x1f]/g;

// iconv-lite is only needed for GB18030 files: load it on first use to keep startup fast.
let iconvModule: typeof import('iconv-lite') | undefined;
function iconv(): typeof import('iconv-lite') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes a file's bytes; throws UnreadableError for binary content. */
export function decode(buf: Uint8Array): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return decodeUtf16(buf.subarray(2), 'utf-16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return decodeUtf16(buf.subarray(2), 'utf-16be');
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  if (looksBinary(body)) throw new UnreadableError('二进制文件，已跳过', 'binary file, skipped');
  try {
    return { text: utf8Strict.decode(body), encoding: 'utf-8', bom, lossy: false };
  } catch {
    // Not UTF-8. GB18030 decodes almost any byte string, so accept it only without replacements.
  }
  if (!bom) {
    const text = iconv().decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'gb18030');
    if (!text.includes('\uFFFD')) return { text, encoding: 'gb18030', bom: false, lossy: false };
  }
  return { text: utf8Lossy.decode(body), encoding: 'utf-8', bom, lossy: true };
}

/** UTF-16 with lone surrogates or an odd byte count decodes with U+FFFD: lossy, like bad UTF-8. */
function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { text: new TextDecoder(encoding, { ignoreBOM: true, fatal: true }).decode(body), encoding, bom: true, lossy: false };
  } catch {
    return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body), encoding, bom: true, lossy: true };
  }
}

/** Encodes text back into the file's original encoding and BOM. */
export function encode(text: string, how: Pick<Decoded, 'encoding' | 'bom'>): Buffer {
  switch (how.encoding) {
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'gb18030':
      return iconv().encode(text, 'gb18030');
    default:
      return how.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');
  }
}

/** "12.0 MB" for the size message. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
