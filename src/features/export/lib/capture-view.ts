import type { Map as MapLibreMap } from 'maplibre-gl';

/*
 * A PNG of the screen as it is: the map as its last frame drew it, with the panels over it, at the
 * device's pixel ratio. Two pictures laid one over the other: the map's canvas, copied while its
 * frame is still in the drawing buffer, and the page's elements drawn by modern-screenshot (loaded
 * on first use) with the map's canvas left out and its container see-through.
 */

import { EXPORT_OMIT_ATTRIBUTE } from './export-omit';

/** Longer than any frame takes in software WebGL: past this the map is not drawing at all. */
const FRAME_TIMEOUT_MS = 20_000;

/**
 * A copy of the map's canvas as this frame drew it. WebGL clears its drawing buffer once a frame is
 * on screen (the map has no preserveDrawingBuffer: keeping it would cost every frame), so a canvas
 * read later is blank: it is read in MapLibre's 'render', which fires right after a frame is drawn,
 * deck.gl's layers included (they draw in the map's own context, between the style's layers).
 */
export function snapshotMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const onRender = () => {
      clearTimeout(timer);
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d');
      if (!context) {
        reject(new Error('no 2D canvas to copy the map into'));
        return;
      }
      context.drawImage(source, 0, 0);
      resolve(copy);
    };
    const timer = setTimeout(() => {
      map.off('render', onRender);
      reject(new Error('the map drew no frame'));
    }, FRAME_TIMEOUT_MS);
    map.once('render', onRender);
    map.triggerRepaint();
  });
}

/**
 * The page's own rules for range inputs' tracks and thumbs. The library copies each element's computed
 * style and its ::before and ::after, not these pseudo-elements, so a slider would lose its track. The
 * clones keep their classes and their computed custom properties: the rules match them as written.
 */
function sliderRules(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // Another origin's sheet cannot be read (the app has none).
    }
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSStyleRule && rule.selectorText.includes('::-webkit-slider-')) rules.push(rule.cssText);
    }
  }
  return rules.join('\n');
}

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded as PNG'))), 'image/png');
  });
}

/** `root` (the app's element, the whole window) as a PNG, the map's pixels under its panels. */
export async function captureView(root: HTMLElement, map: MapLibreMap): Promise<Blob> {
  // The library, on the first capture (this module itself loads on the click).
  const { domToCanvas } = await import('modern-screenshot');
  const scale = window.devicePixelRatio || 1;
  const mapCanvas = map.getCanvas();
  const mapImage = await snapshotMap(map);
  const panels = await domToCanvas(root, {
    scale,
    // The app declares no web fonts (system Noto CJK): nothing to embed, and nothing is fetched for it.
    font: false,
    // The WebGL canvas would read back blank here; its pixels come from the snapshot.
    filter: (node) => node !== mapCanvas,
    onCloneEachNode: (clone) => {
      if (!(clone instanceof HTMLElement)) return;
      // The map's container paints a background until the first frame: see-through, the map goes under it.
      if (clone.classList.contains('maplibregl-map')) clone.style.setProperty('background', 'transparent');
      if (clone.hasAttribute(EXPORT_OMIT_ATTRIBUTE)) clone.style.setProperty('visibility', 'hidden');
    },
    onCreateForeignObjectSvg: (svg) => {
      const style = document.createElement('style');
      style.textContent = sliderRules();
      svg.prepend(style);
    },
  });

  const out = document.createElement('canvas');
  out.width = panels.width;
  out.height = panels.height;
  const context = out.getContext('2d');
  if (!context) throw new Error('no 2D canvas to compose the picture in');
  // What the window shows where nothing else is drawn.
  context.fillStyle = getComputedStyle(document.body).backgroundColor;
  context.fillRect(0, 0, out.width, out.height);
  // A map still drawing its first style is hidden on screen: so it is in the picture.
  if (getComputedStyle(mapCanvas).visibility !== 'hidden') {
    const rootBox = root.getBoundingClientRect();
    const mapBox = mapCanvas.getBoundingClientRect();
    const [x, y] = [(mapBox.left - rootBox.left) * scale, (mapBox.top - rootBox.top) * scale];
    context.drawImage(mapImage, x, y, mapBox.width * scale, mapBox.height * scale);
  }
  context.drawImage(panels, 0, 0);
  return toPngBlob(out);
}
