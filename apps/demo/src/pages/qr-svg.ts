/**
 * A QR code as an inline SVG drawn with DOM calls (no markup string, nothing for the CSP to block): `uqr` gives the
 * module matrix, each run of dark modules on a row becomes one rectangle of a single path.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** The quiet zone ISO/IEC 18004 asks for, in modules. */
const QUIET_ZONE = 4;

export function qrSvg(text: string, label: string): SVGSVGElement {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const size = data.length + 2 * QUIET_ZONE;
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`;
    }
  });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', path);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}
