import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { appendTo, bin, git, repoRoot, runBin, siteFixture } from './workflow-helpers.js';

interface ActionInput {
  default?: string;
}
interface Step {
  id?: string;
  uses?: string;
  if?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number>;
}
interface Action {
  inputs: Record<string, ActionInput>;
  runs: { using: string; steps: Step[] };
}

const action = YAML.parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;
const lintStep = action.runs.steps.find((step) => step.id === 'lint') as Step;

let template: string | undefined;

/** A repository with the fixture articles under `content/` and a baseline of them (written once), committed. */
function contentRepository(): string {
  if (!template) {
    template = mkdtempSync(join(tmpdir(), 'healthlint-ci-template-'));
    cpSync(siteFixture, join(template, 'content'), { recursive: true });
    expect(runBin(['--write-baseline', '.healthlint-baseline.json', 'content'], template).code).toBe(0);
  }
  const root = mkdtempSync(join(tmpdir(), 'healthlint-ci-'));
  cpSync(template, root, { recursive: true });
  git(['init', '-q'], root);
  git(['add', '.'], root);
  git(['commit', '-q', '-m', 'Articles and their baseline'], root);
  return root;
}

/**
 * Runs the action's lint step as the runner would: `${{ inputs.* }}` in `env` replaced by the
 * inputs (defaults filled in), the script run by `bash --noprofile --norc -eo pipefail`.
 */
function runAction(inputs: Record<string, string>, cwd: string) {
  // `--jobs 1` through the action's own `args` input: worker start-up would dominate these small runs.
  const values = Object.fromEntries(
    Object.entries({ ...action.inputs, args: { default: '--jobs 1' } }).map(([name, input]) => [
      name,
      inputs[name] ?? input.default ?? '',
    ]),
  );
  const env: Record<string, string> = {};
  for (const [name, expression] of Object.entries(lintStep.env ?? {})) {
    env[name] = expression.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => {
      if (!(input in values)) throw new Error(`action.yml uses unknown input ${input}`);
      return values[input] as string;
    });
  }
  const outputFile = join(cwd, '.github-output');
  writeFileSync(outputFile, '');
  const script = join(cwd, '.lint-step.sh');
  writeFileSync(script, lintStep.run as string);
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: repoRoot, GITHUB_OUTPUT: outputFile },
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: readFileSync(outputFile, 'utf8'),
  };
}

describe('the GitHub Action', () => {
  it('is a composite action that sets up Node, installs from its checkout and uploads SARIF even after a failure', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0]?.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(action.runs.steps.filter((step) => step.run).every((step) => step.shell === 'bash')).toBe(true);
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toMatch(/always\(\)/);
    expect(upload?.with?.['sarif_file']).toBe('${{ steps.lint.outputs.report }}');
    // Inputs reach the script only through env: nothing is pasted into the shell text.
    expect(lintStep.run).not.toContain('${{');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['paths', 'format', 'baseline', 'max-warnings', 'changed-since']),
    );
  });

  it('annotates only new findings and fails on them with a baseline and max-warnings', { timeout: 90_000 }, () => {
    const root = contentRepository();
    const clean = runAction({ paths: 'content', baseline: '.healthlint-baseline.json', 'max-warnings': '0' }, root);
    expect(clean.stdout).toBe('');
    expect(clean.code).toBe(0);

    appendTo(join(root, 'content/flu-vaccine.md'), '\nIt helps 73% of patients.\n');
    const failed = runAction({ paths: 'content', baseline: '.healthlint-baseline.json', 'max-warnings': '0' }, root);
    expect(failed.code).toBe(1);
    const annotations = failed.stdout.trim().split('\n');
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::warning file=content\/flu-vaccine\.md,line=9,.*title=healthlint \(unsupported-statistic\)::/,
      ),
    );
    expect(annotations.every((line) => line.startsWith('::warning file=content/flu-vaccine.md,line=9,'))).toBe(true);
  });

  it(
    'writes SARIF to the report output, takes paths on several lines, and passes changed-since',
    { timeout: 90_000 },
    () => {
      const root = contentRepository();
      renameSync(join(root, 'content/walking.txt'), join(root, 'content/walking after meals.txt'));
      const sarif = runAction(
        { paths: 'content/walking after meals.txt\ncontent/cold-water.md', format: 'sarif' },
        root,
      );
      expect(sarif.code, sarif.stderr).toBe(0);
      expect(sarif.outputs).toBe('report=healthlint.sarif\n');
      const report = JSON.parse(readFileSync(join(root, 'healthlint.sarif'), 'utf8')) as {
        runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      };
      const uris = new Set(
        report.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri),
      );
      // A URI reference (RFC 3986): the space is percent-encoded; code scanning decodes it.
      expect([...uris].sort()).toEqual(['content/cold-water.md', 'content/walking%20after%20meals.txt']);

      git(['update-ref', 'refs/remotes/origin/main', 'HEAD'], root);
      appendTo(join(root, 'content/gut-health.md'), '\nThis miracle supplement cures bloating.\n');
      const changed = runAction({ paths: 'content', 'changed-since': 'origin/main', format: 'json' }, root);
      const files = JSON.parse(changed.stdout) as { path: string }[];
      expect(files.map((file) => file.path).sort()).toEqual([
        'content/gut-health.md',
        'content/walking after meals.txt',
      ]);
    },
  );

  it('has a workflow example whose healthlint steps use real inputs and run', { timeout: 90_000 }, () => {
    const workflow = YAML.parse(readFileSync(join(repoRoot, 'examples/github-workflow.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.filter((step) => step.uses?.startsWith('healthlint/healthlint@')),
    );
    expect(steps.length).toBeGreaterThanOrEqual(2);
    const root = contentRepository();
    git(['update-ref', 'refs/remotes/origin/main', 'HEAD'], root);
    for (const step of steps) {
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([name, value]) => [
          name,
          String(value).replace('${{ github.base_ref }}', 'main'),
        ]),
      );
      for (const name of Object.keys(inputs)) expect(Object.keys(action.inputs)).toContain(name);
      const result = runAction({ ...inputs, 'upload-sarif': 'false' }, root);
      expect(result.code, `${JSON.stringify(inputs)}\n${result.stderr}`).toBe(0);
    }
    expect(existsSync(join(root, 'healthlint-report.html'))).toBe(true);
  });
});

describe('the GitLab CI example', () => {
  it('runs its commands and produces the reports it declares', { timeout: 90_000 }, () => {
    const pipeline = YAML.parse(readFileSync(join(repoRoot, 'examples/gitlab-ci.yml'), 'utf8')) as Record<
      string,
      {
        variables: Record<string, string>;
        script: string[];
        after_script: string[];
        artifacts: { paths: string[]; reports: Record<string, string> };
      }
    >;
    const job = pipeline['healthlint'];
    expect(job?.variables['HEALTHLINT']).toMatch(/^npx --yes healthlint@\d+\.\d+\.\d+$/);
    const root = contentRepository();
    appendTo(join(root, 'content/flu-vaccine.md'), '\nIt helps 73% of patients.\n');
    // Only the variable differs from a real pipeline: the local build instead of the npm package.
    const env = { ...process.env, HEALTHLINT: `node ${bin} --jobs 1` };
    const [script, ...after] = [...(job?.script ?? []), ...(job?.after_script ?? [])].map((command) =>
      spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8', env }),
    );
    expect(script?.status).toBe(1); // the new statistic fails the job
    expect(after.every((result) => result.status === 0)).toBe(true);

    const quality = JSON.parse(readFileSync(join(root, job?.artifacts.reports['codequality'] as string), 'utf8')) as {
      check_name: string;
      location: { path: string };
    }[];
    expect(quality.map((issue) => issue.location.path)).toEqual(quality.map(() => 'content/flu-vaccine.md'));
    expect(quality.map((issue) => issue.check_name)).toContain('unsupported-statistic');
    expect(readFileSync(join(root, job?.artifacts.reports['junit'] as string), 'utf8')).toContain('<testsuites');
    for (const path of job?.artifacts.paths ?? []) expect(existsSync(join(root, path)), path).toBe(true);
  });
});

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit && !process.env['CI']) {
  console.warn('Skipping the pre-commit hook test: pre-commit is not installed (apt-get install pre-commit).');
}

describe.skipIf(!hasPreCommit && !process.env['CI'])('the pre-commit hook', () => {
  it('runs on staged articles only and blocks the commit on findings', { timeout: 90_000 }, () => {
    const [hook] = YAML.parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(hook).toMatchObject({ id: 'healthlint', entry: 'healthlint', language: 'node' });
    // Offline variant of the published hook: the same filters and args, run with this checkout's build.
    const local = { ...hook, language: 'system', entry: `${process.execPath} ${bin} --jobs 1` };
    const root = mkdtempSync(join(tmpdir(), 'healthlint-pre-commit-'));
    writeFileSync(
      join(root, '.pre-commit-config.yaml'),
      YAML.stringify({ repos: [{ repo: 'local', hooks: [local] }] }),
    );
    writeFileSync(join(root, 'clean.md'), '# Flu vaccine\n\nThe vaccine is offered to people over 65.\n');
    writeFileSync(join(root, 'notes.py'), '# This miracle cure treats every disease.\n');
    git(['init', '-q'], root);
    git(['add', '.'], root);
    const env = { ...process.env, PRE_COMMIT_HOME: join(root, '.cache') };
    const preCommit = (args: string[]) => spawnSync('pre-commit', args, { cwd: root, encoding: 'utf8', env });

    const passed = preCommit(['run', '--all-files']);
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout).toMatch(/healthlint\.+Passed/);

    cpSync(join(siteFixture, 'new-migraine-drug.md'), join(root, 'drug.md'));
    git(['add', 'drug.md'], root);
    const failed = preCommit(['run']);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/healthlint\.+Failed/);
    expect(failed.stdout).toContain('drug.md');
    expect(failed.stdout).toContain('`revolutionary`');
    expect(failed.stdout).not.toContain('notes.py');

    // Staged file names that look like options stay file names: the hook passes them after `--`.
    writeFileSync(join(root, 'README.md'), '# Readme\n');
    git(['add', 'README.md'], root);
    git(['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--no-verify', '-m', 'base'], root);
    cpSync(join(siteFixture, 'new-migraine-drug.md'), join(root, '--ignore-pattern=*.md'));
    writeFileSync(join(root, '--output=README.md'), '# Notes\n\nThe vaccine is offered to people over 65.\n');
    git(['add', '--', '--ignore-pattern=*.md', '--output=README.md'], root);
    const injected = preCommit(['run']);
    expect(injected.status, injected.stdout + injected.stderr).toBe(1);
    expect(injected.stdout).toMatch(/healthlint\.+Failed/);
    expect(injected.stdout).toContain('--ignore-pattern=*.md');
    expect(injected.stdout).toContain('`revolutionary`');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('# Readme\n');
  });
});
