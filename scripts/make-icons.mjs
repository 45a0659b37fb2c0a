// Regenerates every icon from the one source image, assets/icon.svg: build/icons/NxN.png (Linux and the
// window), build/icon.png, build/icon.ico (Windows: app and .airr files) and build/icon.icns (macOS).
// Needs rsvg-convert (Debian: librsvg2-bin) only when the source changes; the outputs are committed, so
// packaging and CI never need it. The .ico and .icns containers just wrap the PNGs, written here in Node.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'assets', 'icon.svg');
const iconsDir = path.join(root, 'build', 'icons');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types holding PNG data, by pixel size (several types share a size: 1x and 2x slots).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

function render(size) {
  const out = path.join(iconsDir, `${size}x${size}.png`);
  execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), source, '-o', out]);
  return readFileSync(out);
}

function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * ICO_SIZES.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(ICO_SIZES.length, 4);
  let offset = header.length;
  ICO_SIZES.forEach((size, i) => {
    const entry = 6 + 16 * i;
    const png = pngs.get(size);
    header.writeUInt8(size === 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size === 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...ICO_SIZES.map((size) => pngs.get(size))]);
}

function icns(pngs) {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = pngs.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

mkdirSync(iconsDir, { recursive: true });
const pngs = new Map(SIZES.map((size) => [size, render(size)]));
writeFileSync(path.join(root, 'build', 'icon.png'), pngs.get(1024));
writeFileSync(path.join(root, 'build', 'icon.ico'), ico(pngs));
writeFileSync(path.join(root, 'build', 'icon.icns'), icns(pngs));
console.log(
  `Icons written from ${path.relative(root, source)}: ${SIZES.join(', ')} px, icon.ico, icon.icns.`,
);
