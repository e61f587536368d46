// Test images drawn pixel by pixel, so a unit test knows exactly which pixels it changed.
import { PNG } from 'pngjs';

/** An RGB colour as `#rrggbb`. */
type Hex = `#${string}`;

const rgb = (hex: Hex): [number, number, number] => {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

// 5 × 7 glyphs, enough for the numeric labels charts carry.
const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  ',': ['.....', '.....', '.....', '.....', '.....', '..#..', '.#...'],
  ' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....'],
};

/** A white RGBA canvas with the few drawing operations a chart-like test image needs. */
export class Canvas {
  readonly image: PNG;

  constructor(width: number, height: number) {
    this.image = new PNG({ width, height });
    this.image.data.fill(255);
  }

  /** Mixes `hex` into the pixel at (x, y) by `coverage` (0–1), as antialiasing does on an edge. */
  blend(x: number, y: number, hex: Hex, coverage = 1): void {
    if (x < 0 || y < 0 || x >= this.image.width || y >= this.image.height) return;
    const at = (y * this.image.width + x) * 4;
    rgb(hex).forEach((channel, offset) => {
      const current = this.image.data[at + offset] ?? 255;
      this.image.data[at + offset] = Math.round(current + (channel - current) * coverage);
    });
  }

  /** A solid rectangle. */
  fillRect(x: number, y: number, width: number, height: number, hex: Hex): void {
    for (let row = y; row < y + height; row += 1) for (let column = x; column < x + width; column += 1) this.blend(column, row, hex);
  }

  /**
   * Text in the 5 × 7 glyphs at `scale` pixels a dot, with a one-pixel half-covered rim around
   * every stroke, the way a rasteriser antialiases a glyph's edge.
   */
  text(value: string, x: number, y: number, hex: Hex, scale = 2): void {
    const dots: [number, number][] = [];
    [...value].forEach((character, index) => {
      const glyph = GLYPHS[character];
      if (glyph === undefined) throw new Error(`No test glyph for "${character}"`);
      glyph.forEach((row, dy) => {
        [...row].forEach((cell, dx) => {
          if (cell === '#') dots.push([x + (index * 6 + dx) * scale, y + dy * scale]);
        });
      });
    });
    const solid = new Set<string>();
    for (const [left, top] of dots) for (let row = 0; row < scale; row += 1) for (let column = 0; column < scale; column += 1) solid.add(`${String(left + column)},${String(top + row)}`);
    const rim = new Set<string>();
    for (const key of solid) {
      const [left = 0, top = 0] = key.split(',').map(Number);
      for (const [dx, dy] of [[-1, 0], [1, 0], [0, -1], [0, 1]] as const) {
        const neighbour = `${String(left + dx)},${String(top + dy)}`;
        if (!solid.has(neighbour)) rim.add(neighbour);
      }
    }
    for (const key of solid) {
      const [left = 0, top = 0] = key.split(',').map(Number);
      this.blend(left, top, hex);
    }
    for (const key of rim) {
      const [left = 0, top = 0] = key.split(',').map(Number);
      this.blend(left, top, hex, 0.5);
    }
  }

  /** The image as PNG bytes. */
  png(): Buffer {
    return PNG.sync.write(this.image);
  }
}

/** What a test chart shows; every field has a default. */
export interface TestChart {
  /** Fill of the first bar. */
  bar?: Hex;
  /** Height of the first bar in pixels. */
  barHeight?: number;
  /** The label above the first bar. */
  label?: string;
  /** Height of the whole image. */
  height?: number;
}

/**
 * A 400 px wide image like a small bar chart: two bars on a grid line, a numeric label above the
 * first and a title-like row of text, drawn the same way for the same options.
 */
export function testChart({ bar = '#1f5fa8', barHeight = 120, label = '1,258', height = 240 }: TestChart = {}): Buffer {
  const canvas = new Canvas(400, height);
  canvas.text('2,518 128', 16, 12, '#1a1a1a');
  canvas.fillRect(0, 200, 400, 1, '#d0d0d0');
  canvas.fillRect(60, 200 - barHeight, 60, barHeight, bar);
  canvas.fillRect(200, 100, 60, 100, '#b3261e');
  canvas.text(label, 60, 200 - barHeight - 20, '#1a1a1a');
  return canvas.png();
}

/**
 * `png` with every pixel that is not one colour with its eight neighbours moved by `levels` (alternately
 * lighter and darker), which is what a new rasteriser does to antialiased edges.
 */
export function shadeEdges(png: Buffer, levels: number): Buffer {
  const image = PNG.sync.read(png);
  const { width, height, data } = image;
  const source = Buffer.from(data);
  const word = (x: number, y: number): number => source.readUInt32LE((y * width + x) * 4);
  let flip = 1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let flat = true;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const column = x + dx;
          const row = y + dy;
          if (column >= 0 && row >= 0 && column < width && row < height && word(column, row) !== word(x, y)) flat = false;
        }
      }
      if (flat) continue;
      flip = -flip;
      const at = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel += 1) data[at + channel] = Math.max(0, Math.min(255, (data[at + channel] ?? 0) + flip * levels));
    }
  }
  return PNG.sync.write(image);
}
