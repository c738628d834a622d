/** Jest runs every `*.test.ts` beside the code it tests (lib/, grader/). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/lib", "<rootDir>/grader", "<rootDir>/scripts"],
  testMatch: ["**/*.test.ts"],
  // .ts first: a stray compiled .js beside a source must never shadow it.
  moduleFileExtensions: ["ts", "js", "json"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  transform: { "^.+\\.ts$": ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }] },
  setupFilesAfterEnv: ["<rootDir>/lib/testing/setup.ts"],
  testTimeout: 60000,
};
