// A picture of the current timeline view, made in the page: the view's boxes, lines and text are read from
// the DOM as it is drawn (positions, colours, borders, fonts), then written as SVG or painted on a canvas for
// PNG. It needs no capture permission and no foreignObject, so it works in any browser and in the exported
// page; in the desktop app main prefers Electron's own capture for PNG.

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; strokeWidth: number; dash?: number[]; radius: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; family: string; weight: string; style: string; fill: string }
  | { kind: 'clip'; x: number; y: number; w: number; h: number; children: Shape[] };

export interface Scene {
  width: number;
  height: number;
  background: string;
  shapes: Shape[];
}

const transparent = (c: string) => !c || c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c);

function textLines(node: Text, origin: DOMRect): Array<{ text: string; rect: DOMRect }> {
  // Group the node's words by the line box they sit on, so wrapped labels keep their lines.
  const range = document.createRange();
  const text = node.data;
  const lines: Array<{ text: string; rect: DOMRect; top: number }> = [];
  const re = /\S+\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].trimEnd().length);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.top - rect.top) < rect.height / 2) {
      last.text += m[0];
    } else {
      lines.push({ text: m[0], rect, top: rect.top });
    }
  }
  return lines.map((l) => ({ text: l.text.trimEnd(), rect: new DOMRect(l.rect.left - origin.left, l.rect.top - origin.top, l.rect.width, l.rect.height) }));
}

function walk(el: Element, origin: DOMRect, out: Shape[]): void {
  const cs = getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return;
  const r = el.getBoundingClientRect();
  const x = r.left - origin.left;
  const y = r.top - origin.top;
  const borderWidth = parseFloat(cs.borderTopWidth) || parseFloat(cs.borderLeftWidth) || 0;
  const borderColor = parseFloat(cs.borderTopWidth) ? cs.borderTopColor : cs.borderLeftColor;
  const borderStyle = parseFloat(cs.borderTopWidth) ? cs.borderTopStyle : cs.borderLeftStyle;
  const fill = transparent(cs.backgroundColor) ? undefined : cs.backgroundColor;
  const stroke = borderWidth > 0 && borderStyle !== 'none' && !transparent(borderColor) ? borderColor : undefined;
  if ((fill || stroke) && r.width > 0 && r.height > 0) {
    // A border on one side only (grid lines, row separators) is drawn as a thin rectangle on that side.
    const allSides = ['Top', 'Right', 'Bottom', 'Left'].every((side) => parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
    if (fill) out.push({ kind: 'rect', x, y, w: r.width, h: r.height, fill, strokeWidth: 0, radius: parseFloat(cs.borderTopLeftRadius) || 0 });
    if (stroke && allSides) {
      const dash = borderStyle === 'dashed' ? [borderWidth * 3, borderWidth * 2] : borderStyle === 'dotted' ? [borderWidth, borderWidth] : undefined;
      const half = borderWidth / 2;
      out.push({ kind: 'rect', x: x + half, y: y + half, w: r.width - borderWidth, h: r.height - borderWidth, stroke, strokeWidth: borderWidth, dash, radius: parseFloat(cs.borderTopLeftRadius) || 0 });
    } else if (stroke) {
      for (const side of ['top', 'right', 'bottom', 'left'] as const) {
        const w = parseFloat(cs.getPropertyValue(`border-${side}-width`));
        if (!(w > 0) || cs.getPropertyValue(`border-${side}-style`) === 'none') continue;
        const color = cs.getPropertyValue(`border-${side}-color`);
        if (transparent(color)) continue;
        const box =
          side === 'top' ? { x, y, w: r.width, h: w } : side === 'bottom' ? { x, y: y + r.height - w, w: r.width, h: w } : side === 'left' ? { x, y, w, h: r.height } : { x: x + r.width - w, y, w, h: r.height };
        out.push({ kind: 'rect', ...box, fill: color, strokeWidth: 0, radius: 0 });
      }
    }
  }
  const clips = cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
  const children: Shape[] = clips ? [] : out;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      const node = child as Text;
      if (!node.data.trim()) continue;
      for (const line of textLines(node, origin)) {
        children.push({ kind: 'text', x: line.rect.x, y: line.rect.y + line.rect.height / 2, text: line.text, size: parseFloat(cs.fontSize), family: cs.fontFamily, weight: cs.fontWeight, style: cs.fontStyle, fill: cs.color });
      }
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      walk(child as Element, origin, children);
    }
  }
  if (clips && children.length) out.push({ kind: 'clip', x, y, w: r.width, h: r.height, children });
}

/** The element's current drawing as a scene, in CSS pixels from its top-left corner. */
export function sceneOf(root: Element): Scene {
  const origin = root.getBoundingClientRect();
  const shapes: Shape[] = [];
  for (const child of Array.from(root.children)) walk(child, origin, shapes);
  let background = getComputedStyle(root).backgroundColor;
  for (let el: Element | null = root; el && transparent(background); el = el.parentElement) background = getComputedStyle(el).backgroundColor;
  return { width: Math.round(origin.width), height: Math.round(origin.height), background: transparent(background) ? '#ffffff' : background, shapes };
}

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const n = (v: number) => String(Math.round(v * 100) / 100);

export function sceneToSvg(scene: Scene, title: string): string {
  let clipId = 0;
  const defs: string[] = [];
  const draw = (shapes: Shape[]): string =>
    shapes
      .map((s) => {
        switch (s.kind) {
          case 'rect':
            return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}"${s.radius ? ` rx="${n(s.radius)}"` : ''} fill="${s.fill ? xml(s.fill) : 'none'}"${s.stroke ? ` stroke="${xml(s.stroke)}" stroke-width="${n(s.strokeWidth)}"` : ''}${s.dash ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : ''}/>`;
          case 'text':
            return `<text x="${n(s.x)}" y="${n(s.y)}" dominant-baseline="central" font-family="${xml(s.family)}" font-size="${n(s.size)}" font-weight="${xml(s.weight)}"${s.style !== 'normal' ? ` font-style="${xml(s.style)}"` : ''} fill="${xml(s.fill)}" xml:space="preserve">${xml(s.text)}</text>`;
          case 'clip': {
            const id = `c${++clipId}`;
            defs.push(`<clipPath id="${id}"><rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}"/></clipPath>`);
            return `<g clip-path="url(#${id})">${draw(s.children)}</g>`;
          }
        }
      })
      .join('\n');
  const body = draw(scene.shapes);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}">
<title>${xml(title)}</title>
<defs>${defs.join('')}</defs>
<rect width="100%" height="100%" fill="${xml(scene.background)}"/>
${body}
</svg>
`;
}

export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene): void {
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  const paint = (shapes: Shape[]) => {
    for (const s of shapes) {
      if (s.kind === 'rect') {
        ctx.beginPath();
        ctx.roundRect(s.x, s.y, s.w, s.h, s.radius);
        if (s.fill) {
          ctx.fillStyle = s.fill;
          ctx.fill();
        }
        if (s.stroke) {
          ctx.strokeStyle = s.stroke;
          ctx.lineWidth = s.strokeWidth;
          ctx.setLineDash(s.dash ?? []);
          ctx.stroke();
        }
      } else if (s.kind === 'text') {
        ctx.font = `${s.style} ${s.weight} ${s.size}px ${s.family}`;
        ctx.fillStyle = s.fill;
        ctx.textBaseline = 'middle';
        ctx.fillText(s.text, s.x, s.y);
      } else {
        ctx.save();
        ctx.beginPath();
        ctx.rect(s.x, s.y, s.w, s.h);
        ctx.clip();
        paint(s.children);
        ctx.restore();
      }
    }
  };
  paint(scene.shapes);
}

/** The scene as PNG bytes at 1x or 2x. */
export async function sceneToPng(scene: Scene, scale: 1 | 2): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = scene.width * scale;
  canvas.height = scene.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this window cannot draw pictures (no 2D canvas)');
  ctx.scale(scale, scale);
  paintScene(ctx, scene);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the picture could not be encoded as PNG');
  return new Uint8Array(await blob.arrayBuffer());
}
