/**
 * The course as a student sees it: JupyterLab (started like `npm start`) offers the TypeScript
 * kernel, and the first notebook, run in a real browser (Debian's Chromium, headless), shows the
 * raccoon as an inline PNG and an interactive Plotly chart, with no error output.
 *
 * Needs Chromium (`apt-get install chromium`; .ci/run installs it). Autosave is off and the
 * notebook's bytes are compared before and after, so the committed file is never modified.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";

const ROOT = join(__dirname, "..");
const NOTEBOOK = "w01/d01-digital-images.ipynb";
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
const SCREENSHOTS = join(ROOT, ".cache", "browser");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`JupyterLab did not answer at ${url} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const describeWithBrowser = CHROMIUM ? describe : describe.skip;
if (!CHROMIUM) console.warn("Chromium not found: the browser check of JupyterLab is not run (apt-get install chromium).");

describeWithBrowser("JupyterLab in a browser", () => {
  let lab: ChildProcess;
  let browser: Browser;
  let base: string;
  const token = randomBytes(16).toString("hex");
  const nbPath = join(ROOT, "notebooks", NOTEBOOK);
  const before = createHash("sha256").update(readFileSync(nbPath)).digest("hex");

  beforeAll(async () => {
    const port = await freePort();
    const settings = mkdtempSync(join(tmpdir(), "cvr-lab-settings-"));
    mkdirSync(join(settings, "@jupyterlab", "docmanager-extension"), { recursive: true });
    writeFileSync(join(settings, "@jupyterlab", "docmanager-extension", "plugin.jupyterlab-settings"), JSON.stringify({ autosave: false }));
    lab = spawn(
      "bash",
      [join(ROOT, "scripts/start.sh"), "--no-browser", `--IdentityProvider.token=${token}`, `--LabApp.user_settings_dir=${settings}`,
        `--LabApp.workspaces_dir=${settings}`],
      { env: { ...process.env, JUPYTER_PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"] },
    );
    base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/api/status?token=${token}`, 60_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    lab?.kill("SIGTERM");
  });

  it("offers the TypeScript (tslab) kernel", async () => {
    const specs = (await (await fetch(`${base}/api/kernelspecs?token=${token}`)).json()) as { kernelspecs: Record<string, { spec: { display_name: string; language: string } }> };
    expect(specs.kernelspecs["tslab"]?.spec).toMatchObject({ display_name: "TypeScript", language: "typescript" });
  });

  it("runs the first notebook and shows the image and the chart", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${base}/lab/tree/${NOTEBOOK}?token=${token}`);
    await page.waitForSelector(".jp-NotebookPanel-toolbar .jp-KernelName", { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector(".jp-NotebookPanel-toolbar .jp-KernelName")?.textContent?.includes("TypeScript"), undefined, { timeout: 60_000 });
    await page.waitForSelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', { timeout: 60_000 });
    await page.click(".jp-Notebook");
    await page.getByRole("menuitem", { name: "Run" }).click();
    await page.getByRole("menuitem", { name: /^Run All Cells/ }).click();
    // Every code cell gets a number once it has run; the kernel is idle at the end.
    await page.waitForFunction(
      () => {
        const prompts = [...document.querySelectorAll(".jp-CodeCell .jp-InputArea-prompt")].map((p) => p.textContent ?? "");
        const idle = document.querySelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]');
        return prompts.length > 0 && prompts.every((p) => /\[\d+\]/.test(p)) && idle !== null;
      },
      undefined,
      { timeout: 200_000, polling: 500 },
    );
    await page.waitForSelector(".jp-RenderedPlotly .main-svg", { timeout: 30_000 });
    const images = await page.locator('.jp-OutputArea-output[data-mime-type="image/png"] img').count();
    const htmlImages = await page.locator('.jp-OutputArea-output[data-mime-type="text/html"] img').count();
    const charts = await page.locator(".jp-RenderedPlotly .main-svg").count();
    const errors = await page.locator('[data-mime-type="application/vnd.jupyter.stderr"]').allTextContents();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "d01-digital-images.png"), fullPage: false });
    expect(errors).toEqual([]);
    expect(images + htmlImages).toBeGreaterThanOrEqual(3);
    expect(charts).toBeGreaterThanOrEqual(2);
    await page.close();
  }, 300_000);

  it("left the committed notebook untouched", () => {
    expect(createHash("sha256").update(readFileSync(nbPath)).digest("hex")).toBe(before);
  });
});
