/// <reference types="node" />
/**
 * Reading inputs with a size cap. A file is opened without blocking and checked to be a regular
 * file on the open descriptor (so a FIFO or device swapped in after the walk cannot hang or
 * flood the run); it and standard input are read only up to the cap, and an input that goes
 * beyond it is refused with an error rather than truncated (a truncated post would be a
 * silent partial pass).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.js';

/** Default cap per input: far above any post, far below what a runaway input could cost. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const tooLarge = (name: string, max: number) =>
  new InputError(name, `${name}: larger than the input cap of ${max} bytes; not checked. Raise it with --max-bytes if this input is meant to be checked.`);

export function readFileCapped(path: string, name: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    throw new InputError(name, `${name}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new InputError(name, `${name}: not a regular file (a device, FIFO or socket); not read.`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (err) {
        throw new InputError(name, `${name}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(name, maxBytes);
      chunks.push(buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Read a stream (standard input) up to the cap; an endless stream stops at the cap with an error. */
export async function readStreamCapped(stream: AsyncIterable<Uint8Array | string>, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    total += b.length;
    if (total > maxBytes) throw tooLarge(name, maxBytes);
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

/** `--max-bytes 200000`, `500K`, `16M` (binary units). */
export function parseByteSize(value: string): number | undefined {
  const m = /^(\d{1,12})([kKmMgG]?)$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
}
