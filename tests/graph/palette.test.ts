// The stance colours stay apart for readers with red-green colour blindness (Machado et al. 2009, deuteranopia).
import { describe, expect, it } from 'vitest';
import { RELATION_COLORS } from '@/graph/palette';

const MACHADO_DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
const simulate = (hex: string) => MACHADO_DEUTERANOPIA.map((row) => Math.min(1, Math.max(0, row.reduce((s, m, i) => s + m * rgb(hex)[i], 0))));
/** CIE L*a*b* from linear sRGB (D65). */
function lab([r, g, b]: number[]) {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047, r * 0.2126 + g * 0.7152 + b * 0.0722, (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: number[], b: number[]) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

describe('#RELATION_COLORS', () => {
  it('should keep supports and opposes far apart with deuteranopia simulated', () => {
    expect(deltaE(simulate(RELATION_COLORS.SUPPORTS), simulate(RELATION_COLORS.OPPOSES))).toBeGreaterThan(40);
  });

  it('should keep proposed apart from supports with deuteranopia simulated', () => {
    expect(deltaE(simulate(RELATION_COLORS.SUPPORTS), simulate(RELATION_COLORS.PROPOSED))).toBeGreaterThan(25);
  });
});
