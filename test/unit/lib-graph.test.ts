import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// STYLE.md: the lib folders form a one-way graph — no folder imports one that imports it back,
// type-only imports and tests included — and lib never reaches into entrypoints or components.

const ROOT = path.join(import.meta.dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The import specifiers of a file; comments are dropped first, since they may name what the code avoids. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)].map((m) => m[1]!);
}

/** The project-relative target of a specifier, or undefined for a package. */
function resolveTarget(fromFile: string, spec: string): string | undefined {
  if (spec.startsWith('@/') || spec.startsWith('~/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.relative(ROOT, path.resolve(path.dirname(fromFile), spec));
  return undefined;
}

/** Folder graph: lib folder → the lib folders it imports (itself left out). */
function buildFolderGraph(files: { file: string; text: string }[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { file, text } of files) {
    const from = path.relative(LIB, file).split(path.sep)[0]!;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const spec of importsOf(text)) {
      const target = resolveTarget(file, spec)?.split(/[\\/]/);
      if (target?.[0] === 'lib' && target[1] && target[1] !== from) edges.add(target[1]);
    }
  }
  return graph;
}

/** One cycle of the graph as a path (a → b → … → a), or undefined when it has none. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const libFiles = sourcesUnder(LIB).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('lib import graph', () => {
  it('should have no lib folder that imports one importing it back (type-only imports count)', () => {
    const cycle = findCycle(buildFolderGraph(libFiles));
    expect(cycle?.join(' → ')).toBeUndefined();
  });

  it('should never import an entrypoint, a component or React from lib', () => {
    const offenders = libFiles.flatMap(({ file, text }) =>
      importsOf(text)
        .filter((spec) => /^(react|react-dom)(\/|$)/.test(spec) || /^(entrypoints|components)\//.test(resolveTarget(file, spec) ?? ''))
        .map((spec) => `${path.relative(ROOT, file)}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('should find a cycle through type-only imports and across three folders', () => {
    const lib = (folder: string, name: string) => path.join(LIB, folder, name);
    const graph = buildFolderGraph([
      { file: lib('a', 'x.ts'), text: "import type { B } from '../b/y';" },
      { file: lib('b', 'y.ts'), text: "export { C } from '@/lib/c/z';" },
      { file: lib('c', 'z.ts'), text: "const m = await import('../a/x');\n// import '../d/w' is only a comment" },
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    expect(graph.get('c')).toEqual(new Set(['a']));
  });

  it('should find no cycle in a one-way graph', () => {
    const graph = new Map([['a', new Set(['b', 'c'])], ['b', new Set(['c'])], ['c', new Set<string>()]]);
    expect(findCycle(graph)).toBeUndefined();
  });
});
