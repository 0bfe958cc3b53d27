// Minimal PNG encoder (8-bit RGBA) and decoder (8-bit, non-interlaced) on node's zlib.
// Enough to write the app icons and to check icons someone else drew.
import { deflateSync, inflateSync } from 'node:zlib';
import { crc32 } from './crc32.mjs';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes an RGBA image.
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgba width * height * 4 bytes, row by row
 * @returns {Buffer} the PNG file
 */
export function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) {
    throw new Error(`expected ${width * height * 4} RGBA bytes, got ${rgba.length}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const channelsByColourType = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/**
 * Decodes an 8-bit, non-interlaced PNG of any colour type into RGBA.
 * @param {Buffer} file
 * @returns {{ width: number, height: number, rgba: Uint8Array }}
 */
export function decodePng(file) {
  if (file.length < 8 || !file.subarray(0, 8).equals(signature)) {
    throw new Error('not a PNG file (bad signature)');
  }
  let offset = 8;
  let header;
  let palette;
  let transparency;
  const data = [];
  while (offset + 12 <= file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    const storedCrc = file.readUInt32BE(offset + 8 + length);
    if (crc32(file.subarray(offset + 4, offset + 8 + length)) !== storedCrc) {
      throw new Error(`PNG chunk ${type} has a bad CRC`);
    }
    if (type === 'IHDR') header = body;
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG has no IHDR chunk');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header[8];
  const colourType = header[9];
  const interlace = header[12];
  const channels = channelsByColourType[colourType];
  if (bitDepth !== 8 || channels === undefined || interlace !== 0) {
    throw new Error(
      `unsupported PNG format (bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}); save it as 8-bit RGBA without interlacing`,
    );
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  if (raw.length < (stride + 1) * height) throw new Error('PNG image data is truncated');
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[out + x - channels] : 0;
      const up = y > 0 ? pixels[out - stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[out - stride + x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) value += paeth(left, up, upLeft);
      else if (filter !== 0) throw new Error(`PNG row ${y} has unknown filter ${filter}`);
      pixels[out + x] = value & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    let r, g, b, a;
    if (colourType === 0) {
      [r, g, b, a] = [p[0], p[0], p[0], transparency && transparency.readUInt16BE(0) === p[0] ? 0 : 255];
    } else if (colourType === 2) {
      const opaque = !transparency
        || transparency.readUInt16BE(0) !== p[0] || transparency.readUInt16BE(2) !== p[1] || transparency.readUInt16BE(4) !== p[2];
      [r, g, b, a] = [p[0], p[1], p[2], opaque ? 255 : 0];
    } else if (colourType === 3) {
      if (!palette || p[0] * 3 + 2 >= palette.length) throw new Error('PNG palette index out of range');
      [r, g, b] = palette.subarray(p[0] * 3, p[0] * 3 + 3);
      a = transparency && p[0] < transparency.length ? transparency[p[0]] : 255;
    } else if (colourType === 4) {
      [r, g, b, a] = [p[0], p[0], p[0], p[1]];
    } else {
      [r, g, b, a] = p;
    }
    rgba.set([r, g, b, a], i * 4);
  }
  return { width, height, rgba };
}
