// Draws the four tab-bar icons (81x81 PNG, grey and brand green) from simple shapes.
// Run once with `npm run icons -w @zerowaste/miniprogram`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const SIZE = 81;
const SUPERSAMPLE = 4;
const COLOURS = { '': [0x7a, 0x80, 0x8a], '-active': [0x1a, 0x7f, 0x5a] };
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tab');

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (!rect(x0, y0, x1, y1)(x, y)) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const polygon = (points) => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (shape, ...holes) =>
  (x, y) =>
    shape(x, y) && !holes.some((h) => h(x, y));

const ICONS = {
  // A house: roof, walls, a door.
  home: minus(
    union(
      polygon([
        [40.5, 9],
        [74, 38],
        [66, 38],
        [40.5, 16],
        [15, 38],
        [7, 38],
      ]),
      roundRect(16, 34, 65, 71, 4),
    ),
    roundRect(34, 48, 47, 72, 3),
  ),
  // A sorting bin: lid with a handle, body with three ribs.
  sorting: union(
    minus(roundRect(31, 8, 50, 19, 3), rect(36, 13, 45, 20)),
    roundRect(12, 17, 69, 25, 3),
    minus(
      polygon([
        [17, 29],
        [64, 29],
        [59, 73],
        [22, 73],
      ]),
      rect(29, 37, 33, 64),
      rect(39, 37, 43, 64),
      rect(49, 37, 53, 64),
    ),
  ),
  // A map pin.
  nearby: minus(
    union(
      circle(40.5, 32, 23),
      polygon([
        [20.5, 43],
        [60.5, 43],
        [40.5, 74],
      ]),
    ),
    circle(40.5, 32, 9),
  ),
  // A person: head and shoulders.
  me: union(circle(40.5, 25, 15), (x, y) => y <= 73 && y >= 46 && ((x - 40.5) / 29) ** 2 + ((y - 73) / 28) ** 2 <= 1),
};

for (const [name, shape] of Object.entries(ICONS)) {
  for (const [suffix, [r, g, b]] of Object.entries(COLOURS)) {
    const png = new PNG({ width: SIZE, height: SIZE });
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        let hits = 0;
        for (let sy = 0; sy < SUPERSAMPLE; sy++) {
          for (let sx = 0; sx < SUPERSAMPLE; sx++) {
            if (shape(x + (sx + 0.5) / SUPERSAMPLE, y + (sy + 0.5) / SUPERSAMPLE)) hits++;
          }
        }
        const i = (y * SIZE + x) * 4;
        png.data[i] = r;
        png.data[i + 1] = g;
        png.data[i + 2] = b;
        png.data[i + 3] = Math.round((255 * hits) / SUPERSAMPLE ** 2);
      }
    }
    const file = path.join(outDir, `${name}${suffix}.png`);
    writeFileSync(file, PNG.sync.write(png));
    console.info(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
