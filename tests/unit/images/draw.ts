// Test pictures drawn in code at test time (reproducible: a font from the dejavu-fonts-ttf package, seeded
// noise, bwip-js barcodes, EXIF written byte by byte). Every name and number here is invented.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, loadImage, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import bwipjs from 'bwip-js/node';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
GlobalFonts.registerFromPath(join(fontDir, 'DejaVuSans.ttf'), 'TestSans');
GlobalFonts.registerFromPath(join(fontDir, 'DejaVuSans-Bold.ttf'), 'TestSansBold');
GlobalFonts.registerFromPath(join(fontDir, 'DejaVuSansCondensed-Oblique.ttf'), 'TestHand');

export interface Drawn {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** A small deterministic generator (mulberry32) so noisy pictures are the same on every run. */
function random(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function canvas(width: number, height: number, background: string) {
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  return { c, ctx };
}

function lines(ctx: SKRSContext2D, font: string, color: string, x: number, y: number, step: number, texts: string[]) {
  ctx.font = font;
  ctx.fillStyle = color;
  texts.forEach((t, i) => ctx.fillText(t, x, y + i * step));
}

function addNoise(ctx: SKRSContext2D, width: number, height: number, amount: number, seed: number) {
  const next = random(seed);
  const pixels = ctx.getImageData(0, 0, width, height);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const n = (next() - 0.5) * amount;
    pixels.data[i] += n; pixels.data[i + 1] += n; pixels.data[i + 2] += n;
  }
  ctx.putImageData(pixels, 0, 0);
}

async function barcode(text: string, bcid: string, scale = 2, height = 10) {
  const png = await bwipjs.toBuffer({ bcid, text, scale, height, includetext: false, paddingwidth: 6, paddingheight: 6, backgroundcolor: 'FFFFFF' });
  return loadImage(png);
}

const png = (c: Canvas, width: number, height: number): Drawn => ({ bytes: new Uint8Array(c.toBuffer('image/png')), width, height });
const jpeg = (c: Canvas, width: number, height: number, quality = 88): Drawn => ({ bytes: new Uint8Array(c.toBuffer('image/jpeg', quality)), width, height });

/** A screenshot of an electronic chart: a title bar, a patient banner with labelled fields, a notes area. */
export function chartScreenshot(): Drawn {
  const [w, h] = [820, 420];
  const { c, ctx } = canvas(w, h, '#ffffff');
  ctx.fillStyle = '#1f4e79'; ctx.fillRect(0, 0, w, 44);
  lines(ctx, '20px TestSansBold', '#ffffff', 16, 29, 0, ['Clinical Record Viewer']);
  ctx.fillStyle = '#eef3f8'; ctx.fillRect(0, 44, w, 120);
  lines(ctx, '18px TestSans', '#111111', 20, 78, 34, ['Name: Delphine Okonkwo-Barrett', 'DOB: 03/18/1952', 'MRN: 00583921']);
  lines(ctx, '18px TestSans', '#111111', 440, 78, 34, ['Room: 412B', 'Attending: Dr. Halvorsen', 'Allergies: none known']);
  lines(ctx, '16px TestSans', '#333333', 20, 210, 28, ['Progress note', 'Vitals stable overnight. Continue current plan.', 'Reassess tomorrow morning.']);
  return png(c, w, h);
}

/** A photo of a ward whiteboard: off-white board, marker-like slanted text, a slight tilt and sensor noise. */
export function whiteboardPhoto(): Drawn {
  const [w, h] = [900, 600];
  const { c, ctx } = canvas(w, h, '#8a8f96');
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.rotate((-3 * Math.PI) / 180);
  ctx.fillStyle = '#f4f4ef'; ctx.fillRect(-400, -250, 800, 500);
  lines(ctx, '34px TestHand', '#1a2a8a', -370, -180, 62, [
    'Bed 8: Ignatius Frumkin', 'DOB 11/02/1941', 'NPO after midnight', 'RN: Carla', 'Fall risk - bed alarm on',
  ]);
  ctx.restore();
  addNoise(ctx, w, h, 36, 7);
  return jpeg(c, w, h);
}

/** A patient wristband: a long white band with name, birth date, record number and a Code 128 barcode. */
export async function wristband(): Promise<Drawn> {
  const [w, h] = [1100, 260];
  const { c, ctx } = canvas(w, h, '#d9e4ef');
  ctx.fillStyle = '#ffffff'; ctx.fillRect(20, 30, w - 40, h - 60);
  lines(ctx, '22px TestSansBold', '#000000', 44, 78, 34, ['FERNSBY, ROWAN T']);
  lines(ctx, '18px TestSans', '#000000', 44, 112, 30, ['DOB: 09/27/1968  Sex: M', 'MRN: 40917733', 'Adm: 10/30/2026']);
  ctx.drawImage(await barcode('40917733', 'code128', 3, 14), 600, 60);
  return png(c, w, h);
}

/** A specimen label: collection fields, a patient name and a barcode carrying the accession number. */
export async function labLabel(): Promise<Drawn> {
  const [w, h] = [640, 320];
  const { c, ctx } = canvas(w, h, '#ffffff');
  ctx.strokeStyle = '#000000'; ctx.lineWidth = 2; ctx.strokeRect(6, 6, w - 12, h - 12);
  lines(ctx, '19px TestSans', '#000000', 24, 44, 32, [
    'Patient: Quillon, Maribel', 'DOB: 05/06/1979', 'Specimen: serum  Tube: SST', 'Collected: 11/02/2026 07:45', 'Accession: L26-118342',
  ]);
  ctx.drawImage(await barcode('L26118342', 'code128', 2, 12), 24, 210);
  return png(c, w, h);
}

// --- EXIF, written by hand: an APP1 segment holding a little-endian TIFF with IFD0 (Make, Model, GPS pointer)
// and a GPS IFD (latitude and longitude as degrees/minutes/seconds rationals).
function exifSegment(lat: number, lon: number): Uint8Array {
  const entries0: [number, number, number, number | number[]][] = []; // tag, type, count, value|bytes
  const bytes: number[] = [];
  const u16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
  const u32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
  const asciiBytes = (s: string) => [...s].map((ch) => ch.charCodeAt(0)).concat(0);
  const dms = (v: number) => {
    const a = Math.abs(v); const d = Math.floor(a); const m = Math.floor((a - d) * 60); const s = Math.round(((a - d) * 60 - m) * 60 * 100);
    return [...u32(d), ...u32(1), ...u32(m), ...u32(1), ...u32(s), ...u32(100)];
  };
  // Layout: header(8) | IFD0 | IFD0 data | GPS IFD | GPS data
  const make = asciiBytes('TestCam'); const model = asciiBytes('TC-1');
  const ifd0Count = 3; const ifd0Size = 2 + ifd0Count * 12 + 4;
  const ifd0Data = 8 + ifd0Size; // offset of Make string
  const gpsIfd = ifd0Data + make.length + model.length;
  const gpsCount = 4; const gpsSize = 2 + gpsCount * 12 + 4;
  const gpsData = gpsIfd + gpsSize;
  bytes.push(0x49, 0x49, ...u16(42), ...u32(8));
  bytes.push(...u16(ifd0Count));
  bytes.push(...u16(0x010f), ...u16(2), ...u32(make.length), ...u32(ifd0Data));
  bytes.push(...u16(0x0110), ...u16(2), ...u32(model.length), ...u32(ifd0Data + make.length));
  bytes.push(...u16(0x8825), ...u16(4), ...u32(1), ...u32(gpsIfd));
  bytes.push(...u32(0), ...make, ...model);
  bytes.push(...u16(gpsCount));
  bytes.push(...u16(0x0001), ...u16(2), ...u32(2), lat >= 0 ? 0x4e : 0x53, 0, 0, 0);
  bytes.push(...u16(0x0002), ...u16(5), ...u32(3), ...u32(gpsData));
  bytes.push(...u16(0x0003), ...u16(2), ...u32(2), lon >= 0 ? 0x45 : 0x57, 0, 0, 0);
  bytes.push(...u16(0x0004), ...u16(5), ...u32(3), ...u32(gpsData + 24));
  bytes.push(...u32(0), ...dms(lat), ...dms(lon));
  void entries0;
  const payload = [...asciiBytes('Exif'), 0, ...bytes]; // "Exif\0\0" + TIFF
  const length = payload.length + 2;
  return new Uint8Array([0xff, 0xe1, (length >> 8) & 0xff, length & 0xff, ...payload]);
}

/** Inserts an EXIF APP1 segment right after a JPEG's start-of-image marker. */
export function withGps(jpegBytes: Uint8Array, lat: number, lon: number): Uint8Array {
  const app1 = exifSegment(lat, lon);
  const out = new Uint8Array(jpegBytes.length + app1.length);
  out.set(jpegBytes.subarray(0, 2));
  out.set(app1, 2);
  out.set(jpegBytes.subarray(2), 2 + app1.length);
  return out;
}

function paintLandscape(ctx: SKRSContext2D, width: number, height: number, seed: number) {
  const sky = ctx.createLinearGradient(0, 0, 0, height * 0.6);
  sky.addColorStop(0, '#5a8fc8'); sky.addColorStop(1, '#cfe3f3');
  ctx.fillStyle = sky; ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#ffd966'; ctx.beginPath(); ctx.arc(width * 0.78, height * 0.2, height * 0.07, 0, Math.PI * 2); ctx.fill();
  const next = random(seed);
  for (const [color, base] of [['#6d8f4e', 0.55], ['#4f7a3a', 0.68], ['#3d6130', 0.8]] as const) {
    ctx.fillStyle = color; ctx.beginPath(); ctx.moveTo(0, height);
    for (let x = 0; x <= width; x += width / 12) ctx.lineTo(x, height * (base + (next() - 0.5) * 0.12));
    ctx.lineTo(width, height); ctx.fill();
  }
}

/** An outdoor scene: sky gradient, hills, a sun. No text. */
export function landscape(width = 960, height = 640, seed = 3): Drawn {
  const { c, ctx } = canvas(width, height, '#87b5e0');
  paintLandscape(ctx, width, height, seed);
  addNoise(ctx, width, height, 12, seed);
  return jpeg(c, width, height);
}

/** A photo with the position it was taken at in its EXIF data. */
export function gpsPhoto(): Drawn {
  const scene = landscape(800, 533, 11);
  return { ...scene, bytes: withGps(scene.bytes, 41.878113, -87.629799) };
}

/** A staff poster: a heading and event details, nothing about a patient. */
export function poster(): Drawn {
  const [w, h] = [600, 800];
  const { c, ctx } = canvas(w, h, '#fff4e0');
  ctx.fillStyle = '#c0392b'; ctx.fillRect(0, 0, w, 140);
  lines(ctx, '44px TestSansBold', '#ffffff', 40, 90, 0, ['Flu Shot Clinic']);
  lines(ctx, '26px TestSans', '#222222', 40, 220, 52, ['Free for all staff', 'Main lobby, by the cafe', 'Bring your badge', 'Protect yourself and', 'the people you care for']);
  return png(c, w, h);
}

/** A statistics chart: bars for years with axis labels and a title (aggregate figures, not a patient). */
export function statisticsChart(): Drawn {
  const [w, h] = [720, 460];
  const { c, ctx } = canvas(w, h, '#ffffff');
  lines(ctx, '22px TestSansBold', '#222222', 40, 40, 0, ['Hand hygiene compliance by year (%)']);
  ctx.strokeStyle = '#444444'; ctx.beginPath(); ctx.moveTo(70, 80); ctx.lineTo(70, 400); ctx.lineTo(680, 400); ctx.stroke();
  const values = [62, 71, 78, 84, 91];
  values.forEach((v, i) => {
    const x = 110 + i * 115; const barH = v * 3;
    ctx.fillStyle = '#2e86c1'; ctx.fillRect(x, 400 - barH, 70, barH);
    lines(ctx, '18px TestSans', '#222222', x + 12, 428, 0, [String(2021 + i)]);
    lines(ctx, '16px TestSans', '#222222', x + 18, 390 - barH, 0, [`${v}%`]);
  });
  return png(c, w, h);
}

/**
 * A big photo for the bench: an outdoor scene with a card of labelled fields held up in it, the text about
 * 2.4% of the picture's width high (textScale 1; what a phone photo of a wristband or a chart at arm's length
 * shows), or smaller with textScale < 1.
 */
export function bigPhoto(width: number, height: number, textScale = 1): Drawn {
  const { c, ctx } = canvas(width, height, '#87b5e0');
  paintLandscape(ctx, width, height, 5);
  const unit = (width / 1000) * textScale;
  ctx.fillStyle = '#ffffff'; ctx.fillRect(60 * unit, 80 * unit, 440 * unit, 170 * unit);
  lines(ctx, `${Math.round(24 * unit)}px TestSans`, '#111111', 80 * unit, 130 * unit, 44 * unit,
    ['Name: Tobiah Rasmussen', 'DOB: 01/09/1947', 'MRN: 77120394']);
  addNoise(ctx, width, height, 16, 9);
  return jpeg(c, width, height);
}
