// Draws the two app icons: a speech bubble with a check mark ("prepared together").
//   color.png   192x192, white bubble on the accent colour, check mark in the accent colour
//   outline.png  32x32,  white bubble on transparent, check mark cut out (transparent)
// Run: node scripts/generate-icons.mjs   (writes both PNGs next to manifest.json)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { encodePng } from './png.mjs';

export const accentColour = '#1E6B7B';

// The mark, in a unit square (x right, y down).
const bubble = { left: 0, top: 0, right: 1, bottom: 0.76, radius: 0.22 };
const tail = [
  [0.2, 0.6],
  [0.46, 0.6],
  [0.16, 0.98],
];
const check = { points: [[0.27, 0.39], [0.43, 0.54], [0.73, 0.23]], width: 0.12 };

function insideRoundedRect(x, y, r) {
  if (x < r.left || x > r.right || y < r.top || y > r.bottom) return false;
  const cx = Math.min(Math.max(x, r.left + r.radius), r.right - r.radius);
  const cy = Math.min(Math.max(y, r.top + r.radius), r.bottom - r.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r.radius ** 2;
}

function insideTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const inBubble = (x, y) => insideRoundedRect(x, y, bubble) || insideTriangle(x, y, tail);
const inCheck = (x, y) =>
  check.points.slice(1).some((p, i) => distanceToSegment(x, y, check.points[i], p) <= check.width / 2);

/**
 * Rasterises the mark with 8x8 supersampling.
 * @param {number} size image width and height in pixels
 * @param {number} margin pixels between the image edge and the mark's unit square
 * @param {(bubble: number, check: number) => [number, number, number, number]} paint
 *        coverage of bubble-without-check and of check-inside-bubble (0..1) to RGBA
 */
function render(size, margin, paint) {
  const samples = 8;
  const scale = size - 2 * margin;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bubbleHits = 0;
      let checkHits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples - margin) / scale;
          const y = (py + (sy + 0.5) / samples - margin) / scale;
          if (!inBubble(x, y)) continue;
          if (inCheck(x, y)) checkHits++;
          else bubbleHits++;
        }
      }
      rgba.set(paint(bubbleHits / samples ** 2, checkHits / samples ** 2), (py * size + px) * 4);
    }
  }
  return rgba;
}

const hex = (colour) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

export function colourIcon() {
  const accent = hex(accentColour);
  const rgba = render(192, 40, (bubbleCover) => {
    // The check is drawn in the background colour, so only the bubble coverage matters.
    const mix = (background) => Math.round(background + (255 - background) * bubbleCover);
    return [mix(accent[0]), mix(accent[1]), mix(accent[2]), 255];
  });
  return encodePng(192, 192, rgba);
}

export function outlineIcon() {
  const rgba = render(32, 2, (bubbleCover) => [255, 255, 255, Math.round(255 * bubbleCover)]);
  // Fully transparent pixels carry no colour information; keep them white so the icon is
  // "white and transparent only" in every sense.
  return encodePng(32, 32, rgba);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifestDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  writeFileSync(join(manifestDir, 'color.png'), colourIcon());
  writeFileSync(join(manifestDir, 'outline.png'), outlineIcon());
  console.log(`wrote color.png (192x192) and outline.png (32x32) in ${manifestDir}`);
}
