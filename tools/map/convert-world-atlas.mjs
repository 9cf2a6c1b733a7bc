// Converts Natural Earth country shapes, as npm world-atlas 2.0.2 ships them (TopoJSON countries-50m.json, ids =
// ISO 3166-1 numeric), ONCE into the compact file the project commits:
//   src/Thb.Core/Publication/Map/world-countries.txt
// Run from the repository root after `npm ci`:   node tools/map/convert-world-atlas.mjs
// Needs Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json) for numeric -> alpha-2.
//
// Output, one country a line:  CODE|Name|ring;ring;...   a ring = "lon,lat lon,lat ..." in tenths of a degree
// (integers), outer rings and holes alike (drawn with the even-odd rule). Rings are simplified (Douglas-Peucker,
// tolerance 0.08 degree) and islands smaller than 0.02 square degree are dropped unless they are all a country has.
// A territory with no ring left at that precision is kept as a small square (0.4 degree) at its centre.
// Rings crossing the antimeridian are cut there. Antarctica is left out (it is not a third country and would take a fifth of the map).
// Shapes the Natural Earth data has without an ISO number: Kosovo becomes XK; Somaliland is drawn as part of Somalia
// and Northern Cyprus as part of Cyprus (the EU's position); Siachen Glacier and the Indian Ocean Territories are
// left out.
import { readFileSync, writeFileSync } from "node:fs";

const source = "node_modules/world-atlas/countries-50m.json";
const output = "src/Thb.Core/Publication/Map/world-countries.txt";
const tolerance = 0.08;
const minIslandArea = 0.02;

const topology = JSON.parse(readFileSync(source, "utf8"));
const iso = JSON.parse(readFileSync("/usr/share/iso-codes/json/iso_3166-1.json", "utf8"))["3166-1"];
const alpha2ByNumeric = new Map(iso.map((c) => [c.numeric, c.alpha_2]));
const byName = { Kosovo: "XK", Somaliland: "SO", "N. Cyprus": "CY" };
const skipped = new Set(["Siachen Glacier", "Indian Ocean Ter.", "Antarctica"]);

// TopoJSON arcs: quantized, delta-encoded positions.
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const arcs = topology.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx; y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});

function ring(indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

// A ring that crosses the antimeridian (Russia's Chukotka) jumps from +180 to -180: unwrap it eastwards, then cut
// it at 180 into a western part and an eastern part moved back by 360 degrees (Sutherland-Hodgman on one line).
function splitAtAntimeridian(points) {
  if (!points.some((p, i) => i > 0 && Math.abs(p[0] - points[i - 1][0]) > 180)) return [points];
  const unwrapped = points.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
  const west = clip(unwrapped, (p) => p[0] <= 180);
  const east = clip(unwrapped, (p) => p[0] >= 180).map(([x, y]) => [x - 360, y]);
  return [west, east].filter((r) => r.length >= 4);
}

function clip(points, inside) {
  const out = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i], b = points[(i + 1) % points.length];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b) && a[0] !== b[0]) {
      const t = (180 - a[0]) / (b[0] - a[0]);
      out.push([180, a[1] + t * (b[1] - a[1])]);
    }
  }
  if (out.length) out.push(out[0]);
  return out;
}

function area(points) {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) sum += (points[j][0] - points[i][0]) * (points[j][1] + points[i][1]);
  return Math.abs(sum / 2);
}

function simplify(points) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let best = -1, bestDistance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = distance(points[i], points[a], points[b]);
      if (d > bestDistance) { best = i; bestDistance = d; }
    }
    if (best >= 0) { keep[best] = 1; stack.push([a, best], [best, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

function distance([x, y], [x1, y1], [x2, y2]) {
  const dx = x2 - x1, dy = y2 - y1;
  const length = dx * dx + dy * dy;
  if (length === 0) return Math.hypot(x - x1, y - y1);
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

const countries = new Map();
for (const geometry of topology.objects.countries.geometries) {
  const name = geometry.properties.name;
  if (skipped.has(name)) continue;
  const code = byName[name] ?? alpha2ByNumeric.get(geometry.id);
  if (!code) throw new Error(`No ISO alpha-2 code for ${geometry.id} ${name}`);
  const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.type === "MultiPolygon" ? geometry.arcs : [];
  const entry = countries.get(code) ?? { name: iso.find((c) => c.alpha_2 === code)?.name ?? name, rings: [] };
  if (code === "XK") entry.name = "Kosovo";
  for (const polygon of polygons) polygon.forEach((indexes) => entry.rings.push(...splitAtAntimeridian(ring(indexes))));
  countries.set(code, entry);
}

function dot(points) {
  const x = Math.round((points.reduce((s, p) => s + p[0], 0) / points.length) * 10);
  const y = Math.round((points.reduce((s, p) => s + p[1], 0) / points.length) * 10);
  return [[x - 2, y - 2], [x + 2, y - 2], [x + 2, y + 2], [x - 2, y + 2], [x - 2, y - 2]].map(([a, b]) => `${a},${b}`);
}

const lines = [];
let points = 0;
for (const [code, { name, rings }] of [...countries].sort(([a], [b]) => a.localeCompare(b))) {
  const largest = Math.max(...rings.map(area));
  const kept = rings
    .filter((r) => area(r) >= minIslandArea || area(r) === largest)
    .map(simplify)
    .map((r) => r.map(([x, y]) => `${Math.round(x * 10)},${Math.round(y * 10)}`))
    .map((r) => r.filter((p, i) => i === 0 || p !== r[i - 1]))
    .filter((r) => r.length >= 4);
  // A territory too small to keep a ring at this precision (Anguilla, Tuvalu, ...) is drawn as a small square.
  if (kept.length === 0) kept.push(dot(rings.find((r) => area(r) === largest)));
  points += kept.reduce((n, r) => n + r.length, 0);
  lines.push(`${code}|${name}|${kept.map((r) => r.join(" ")).join(";")}`);
}

const header = [
  "# Country shapes for the annex's world map. Generated by tools/map/convert-world-atlas.mjs; do not edit by hand.",
  "# Source: Natural Earth 1:50m Admin 0 countries (public domain, naturalearthdata.com), as packaged in npm world-atlas 2.0.2",
  "# (countries-50m.json; package licence ISC, Copyright 2013-2019 Michael Bostock). ISO numeric ids mapped to alpha-2 with Debian's iso-codes.",
  "# Kosovo = XK; Somaliland drawn with Somalia, Northern Cyprus with Cyprus; Antarctica, Siachen Glacier, Indian Ocean Territories left out.",
  `# Format: CODE|Name|ring;ring;... with a ring = "lon,lat ..." in tenths of a degree. ${lines.length} countries, ${points} points.`,
];
writeFileSync(output, header.concat(lines).join("\n") + "\n");
console.log(`${output}: ${lines.length} countries, ${points} points`);
