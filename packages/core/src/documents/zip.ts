/** Just enough of the zip format for .docx: read one entry, and replace one entry while copying
 *  every other entry's bytes (headers, compressed data, time stamps) unchanged. fflate does the
 *  (de)compression; the central directory is read here, since fflate's zip writer would rewrite
 *  every entry. */
import { deflateSync, inflateSync } from 'fflate';
import * as zlib from 'node:zlib';
import { DocumentError } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Offset of this entry's central directory record. */
  cdRecord: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  cdOffset: number;
  cdSize: number;
  eocd: number;
}

/** zlib.crc32 is Node ≥ 20.15; the table below for older ones. */
let table: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data);
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const corrupt = () => new DocumentError('文件不是完整的 .docx（zip 结构已损坏）：请用 Word 或 WPS 打开后另存为 .docx 再检查', 'corrupt zip');

export function readZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset + cdSize > eocd) throw corrupt();
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt();
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    entries.push({
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      cdRecord: p,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { bytes, entries, cdOffset, cdSize, eocd };
}

function dataOffset(zip: ZipArchive, e: ZipEntry): number {
  const view = new DataView(zip.bytes.buffer, zip.bytes.byteOffset, zip.bytes.byteLength);
  if (e.localOffset + 30 > zip.bytes.length || view.getUint32(e.localOffset, true) !== 0x04034b50) throw corrupt();
  return e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
}

export const isEncrypted = (e: ZipEntry) => (e.flags & 1) !== 0;

export function entryData(zip: ZipArchive, e: ZipEntry): Uint8Array {
  const start = dataOffset(zip, e);
  const raw = zip.bytes.subarray(start, start + e.compressedSize);
  if (raw.length !== e.compressedSize) throw corrupt();
  try {
    if (e.method === 0) return raw;
    if (e.method === 8) return inflateSync(raw, { out: new Uint8Array(e.size) });
  } catch {
    throw corrupt();
  }
  throw new DocumentError(`.docx 中的 ${e.name} 用了不支持的压缩方式（${e.method}）：请用 Word 另存为 .docx 再检查`, `unsupported zip method ${e.method}`);
}

/** The archive with entry `name` holding `data`; every other byte range is copied as it was. */
export function replaceEntry(zip: ZipArchive, name: string, data: Uint8Array): Uint8Array {
  const { bytes } = zip;
  // Copies, not views: a Node Buffer's slice() shares its memory (and its pool's offset).
  const copy = (start: number, end?: number) => new Uint8Array(bytes.subarray(start, end));
  const target = zip.entries.find((e) => e.name === name);
  if (!target) throw new Error(`zip entry ${name} not found`);
  const compressed = deflateSync(data, { level: 6 });
  const crc = crc32(data) >>> 0;
  const ordered = [...zip.entries].sort((a, b) => a.localOffset - b.localOffset);
  const chunks: Uint8Array[] = [];
  const newOffset = new Map<ZipEntry, number>();
  let at = 0;
  ordered.forEach((e, i) => {
    const end = i + 1 < ordered.length ? ordered[i + 1].localOffset : zip.cdOffset;
    newOffset.set(e, at);
    if (e !== target) {
      chunks.push(bytes.subarray(e.localOffset, end));
      at += end - e.localOffset;
      return;
    }
    const headerEnd = dataOffset(zip, e);
    const header = copy(e.localOffset, headerEnd);
    const hv = new DataView(header.buffer);
    hv.setUint16(6, e.flags & ~8, true); // sizes in the header now: no data descriptor
    hv.setUint16(8, 8, true);
    hv.setUint32(14, crc, true);
    hv.setUint32(18, compressed.length, true);
    hv.setUint32(22, data.length, true);
    chunks.push(header, compressed);
    at += header.length + compressed.length;
  });
  const cdStart = at;
  for (const e of zip.entries) {
    const nameLen = new DataView(bytes.buffer, bytes.byteOffset).getUint16(e.cdRecord + 28, true);
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    const len = 46 + nameLen + v.getUint16(e.cdRecord + 30, true) + v.getUint16(e.cdRecord + 32, true);
    const rec = copy(e.cdRecord, e.cdRecord + len);
    const rv = new DataView(rec.buffer);
    if (e === target) {
      rv.setUint16(8, e.flags & ~8, true);
      rv.setUint16(10, 8, true);
      rv.setUint32(16, crc, true);
      rv.setUint32(20, compressed.length, true);
      rv.setUint32(24, data.length, true);
    }
    rv.setUint32(42, newOffset.get(e)!, true);
    chunks.push(rec);
    at += len;
  }
  const tail = copy(zip.eocd);
  const tv = new DataView(tail.buffer);
  tv.setUint32(12, at - cdStart, true);
  tv.setUint32(16, cdStart, true);
  chunks.push(tail);
  const out = new Uint8Array(at + tail.length);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
