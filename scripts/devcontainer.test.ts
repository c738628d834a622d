/**
 * The Codespaces / Dev Container configuration, read by the Dev Containers CLI's own configuration
 * reader (JSONC parsing, Dockerfile resolution) and checked for what the course relies on.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

interface DevContainerConfig {
  build?: { dockerfile?: string; context?: string };
  forwardPorts?: number[];
  hostRequirements?: { gpu?: boolean | "optional" | object };
  postCreateCommand?: string;
  runArgs?: string[];
  customizations?: { vscode?: { extensions?: string[] } };
  configFilePath?: { fsPath: string };
}

function readConfiguration(): DevContainerConfig {
  // `--docker-path /bin/true`: the reader looks for a running container first; there is none.
  const out = execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/@devcontainers/cli/devcontainer.js"), "read-configuration", "--workspace-folder", ROOT, "--docker-path", "/bin/true"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  return (JSON.parse(out) as { configuration: DevContainerConfig }).configuration;
}

describe(".devcontainer/devcontainer.json", () => {
  const config = readConfiguration();

  it("is read by the Dev Containers CLI", () => {
    expect(config.configFilePath?.fsPath).toBe(join(ROOT, ".devcontainer/devcontainer.json"));
  });

  it("builds from the Dockerfile beside it, on a CUDA base image", () => {
    expect(config.build?.dockerfile).toBe("Dockerfile");
    const dockerfile = readFileSync(join(ROOT, ".devcontainer", config.build!.dockerfile!), "utf8");
    expect(dockerfile).toMatch(/^FROM nvidia\/cuda:12\.[0-9.]+-cudnn/m);
  });

  it("asks for a GPU as optional and never forces one (CPU hosts must start)", () => {
    expect(config.hostRequirements?.gpu).toBe("optional");
    expect((config.runArgs ?? []).join(" ")).not.toMatch(/--gpus/);
  });

  it("forwards JupyterLab's port and has the VS Code Jupyter extension", () => {
    expect(config.forwardPorts).toContain(8888);
    expect(config.customizations?.vscode?.extensions).toContain("ms-toolsai.jupyter");
  });

  it("runs the same set-up script as the README and CI after creation", () => {
    expect(config.postCreateCommand).toBe("bash scripts/setup.sh");
    expect(existsSync(join(ROOT, "scripts/setup.sh"))).toBe(true);
  });
});
