// Draws the PHI Guard shield icons as PNGs with no image library: a teal shield with a white cross.
// Run once when the design changes: `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function pixel(x, y) {
  // Shield: straight top half, then a curve narrowing to a point at the bottom (unit square coordinates).
  const halfWidth = y < 0.5 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((y - 0.5) / 0.45) ** 2));
  const inShield = y > 0.06 && y < 0.95 && Math.abs(x - 0.5) < halfWidth;
  if (!inShield) return [0, 0, 0, 0];
  const inCross = (Math.abs(x - 0.5) < 0.08 && y > 0.22 && y < 0.7) || (Math.abs(y - 0.46) < 0.08 && Math.abs(x - 0.5) < 0.24);
  return inCross ? [255, 255, 255, 255] : [13, 115, 119, 255];
}

for (const size of [16, 32, 48, 128]) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges.
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        for (let i = 0; i < 4; i++) acc[i] += p[i] * (i < 3 ? p[3] / 255 : 1);
      }
      const a = acc[3] / 16;
      row.push(...(a ? acc.slice(0, 3).map((v) => Math.round(v / 16 / (a / 255))) : [0, 0, 0]), Math.round(a));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6;
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png);
}
