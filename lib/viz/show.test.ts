import { show } from "./show";
import { showGrid } from "./showGrid";
import { toDisplayable } from "./toDisplayable";
import { decodeImage } from "../io";
import { fromRows, randomImage } from "../core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };
const sent: Record<string, unknown>[] = [];
beforeAll(() => {
  jupyter.lastWriteDisplayData = (msg: { data: Record<string, unknown> }) => sent.push(msg.data);
});
afterAll(() => {
  jupyter.lastWriteDisplayData = null;
});
beforeEach(() => (sent.length = 0));

describe("toDisplayable", () => {
  it("enlarges tiny images by an integer factor with nearest-neighbour pixels", () => {
    const img = fromRows([[0, 1], [0.5, 0.25]]);
    const big = toDisplayable(img, { scale: 3 });
    expect([big.width, big.height]).toEqual([6, 6]);
    expect(Array.from(big.data.subarray(0, 6))).toEqual([0, 0, 0, 1, 1, 1]);
    expect(toDisplayable(img).width).toBe(32); // auto: at most ×16
    expect(toDisplayable(randomImage(28, 28, 1, 1)).width).toBe(28 * 6); // auto: about 192 px
  });
  it("clips by default and stretches min…max with normalize", () => {
    const img = fromRows([[-1, 0.5, 3]]);
    expect(Array.from(toDisplayable(img, { scale: 1 }).data)).toEqual([0, 0.5, 1]);
    expect(Array.from(toDisplayable(img, { scale: 1, normalize: true }).data)).toEqual([0, 0.375, 1]);
  });
  it("shrinks images wider than maxWidth by area averaging, keeping the aspect ratio", () => {
    const img = randomImage(1000, 500, 3, 2);
    const small = toDisplayable(img, { maxWidth: 200 });
    expect([small.width, small.height, small.channels]).toEqual([200, 100, 3]);
    expect(toDisplayable(img, { maxWidth: 2000 }).width).toBe(1000);
  });
  it("rejects a 2-channel image, naming the argument", () => {
    expect(() => toDisplayable(randomImage(2, 2, 2, 1))).toThrow(/image: image must have 1 or 3 or 4 channels, got 2/);
  });
});

describe("show", () => {
  it("sends a PNG that decodes to the image (8-bit) with a text fallback", () => {
    const img = randomImage(100, 100, 3, 5);
    show(img, { scale: 1 });
    expect(sent).toHaveLength(1);
    const png = Buffer.from(sent[0]!["image/png"] as string, "base64");
    const back = decodeImage(png);
    expect(back).toBeCloseToImage(img, 0.5 / 255 + 1e-6);
    expect(sent[0]!["text/plain"]).toBe("[image 100×100×3]");
  });
  it("adds an HTML figure with the caption when titled", () => {
    show(randomImage(100, 80, 1, 6), { title: "noise <1>" });
    expect(sent[0]!["text/html"]).toContain("<figcaption style=\"font-weight:bold\">noise &lt;1&gt;</figcaption>");
    expect(sent[0]!["image/png"]).toBeDefined();
  });
});

describe("showGrid", () => {
  it("lays images out in rows of `columns` with captions", () => {
    const imgs = [1, 2, 3, 4, 5].map((s) => randomImage(8, 8, 1, s));
    showGrid(imgs, { titles: ["a", "b", "c", "d", "e"], columns: 2 });
    const html = sent[0]!["text/html"] as string;
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html.match(/<img /g)).toHaveLength(5);
    expect(sent[0]!["text/plain"]).toBe("[5 images — a, b, c, d, e]");
  });
  it("encodes each cell at no more than twice its display width", () => {
    showGrid([randomImage(1024, 768, 3, 1)], { cellWidth: 100 });
    const b64 = (sent[0]!["text/html"] as string).split("base64,")[1]!.split('"')[0]!;
    expect(decodeImage(Buffer.from(b64, "base64")).width).toBe(200);
  });
  it("rejects an empty list", () => {
    expect(() => showGrid([])).toThrow(/images: expected a non-empty array/);
  });
});
