import { createDisplay, displayBundle, inNotebook } from "./display";

// The tslab kernel module whose `lastWriteDisplayData` is set while a cell runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };

describe("display outside a notebook", () => {
  it("prints the text/plain part of a bundle", () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    expect(inNotebook()).toBe(false);
    displayBundle({ "text/html": "<b>x</b>", "text/plain": "x" });
    expect(log).toHaveBeenCalledWith("x");
    log.mockRestore();
  });
});

describe("display inside a tslab kernel", () => {
  const sent: { data: Record<string, unknown>; transient: { display_id?: string }; update: boolean }[] = [];
  beforeAll(() => {
    jupyter.lastWriteDisplayData = (msg: { data: Record<string, unknown>; transient: { display_id?: string } }, update: boolean) =>
      sent.push({ ...msg, update });
  });
  afterAll(() => {
    jupyter.lastWriteDisplayData = null;
  });
  beforeEach(() => (sent.length = 0));

  it("sends every MIME type of the bundle in one display_data", () => {
    expect(inNotebook()).toBe(true);
    displayBundle({ "image/svg+xml": "<svg/>", "text/plain": "p" });
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0]!.data)).toEqual(["image/svg+xml", "text/plain"]);
    expect(sent[0]!.update).toBe(false);
  });

  it("updates a display in place under one display id", () => {
    const d = createDisplay();
    d.update({ "text/plain": "1" });
    d.update({ "text/plain": "2" });
    expect(sent.map((s) => s.update)).toEqual([false, true]);
    expect(sent[0]!.transient.display_id).toBeDefined();
    expect(sent[1]!.transient.display_id).toBe(sent[0]!.transient.display_id);
  });
});
