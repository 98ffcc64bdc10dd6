/** The character set of an HTML page: a byte order mark, else `<meta charset>` or `http-equiv`
 *  in the first 4 KB, else UTF-8 if the bytes are valid UTF-8, else GB18030 (what Chinese sites
 *  that leave the charset out use). GBK and GB2312 are read as GB18030, their superset. */
import { DocumentError } from './errors';

export interface Charset {
  /** iconv-lite name, or 'utf-8'. */
  name: string;
  bom: boolean;
}

const META = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function sniffCharset(bytes: Uint8Array): Charset {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', bom: true };
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = META.exec(head);
  const label = m?.[1].toLowerCase();
  if (label) {
    if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(label)) return { name: 'gb18030', bom: false };
    if (/^utf-?8$/.test(label)) return { name: 'utf-8', bom: false };
    return { name: label, bom: false };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { name: 'utf-8', bom: false };
  } catch {
    return { name: 'gb18030', bom: false };
  }
}

// iconv-lite (a CLI dependency already) only for what TextDecoder does not do well here.
function iconv(): typeof import('iconv-lite') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('iconv-lite') as typeof import('iconv-lite');
}

export function decodeHtml(bytes: Uint8Array, cs: Charset): string {
  const body = cs.bom ? bytes.subarray(cs.name === 'utf-8' ? 3 : 2) : bytes;
  if (cs.name === 'utf-8') return new TextDecoder('utf-8').decode(body);
  if (!iconv().encodingExists(cs.name)) throw new DocumentError(`网页声明的字符集 ${cs.name} 无法识别：请另存为 UTF-8 后再检查`, `unknown charset ${cs.name}`);
  return iconv().decode(Buffer.from(body), cs.name);
}

export function encodeHtml(text: string, cs: Charset): Uint8Array {
  const bom = cs.bom ? (cs.name === 'utf-8' ? [0xef, 0xbb, 0xbf] : cs.name === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  const body = cs.name === 'utf-8' ? Buffer.from(text, 'utf8') : iconv().encode(text, cs.name);
  return new Uint8Array(Buffer.concat([Buffer.from(bom), body]));
}
