// Counts hand-mirrored API types (top-level interfaces/type literals not named *Props) and try/catch blocks.
import ts from 'typescript';
import fs from 'node:fs';
import path from 'node:path';
const root = process.argv[2];
const skip = (process.argv[3] ?? '').split(',').filter(Boolean);
const files = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) {
      if (!skip.some((s) => p.includes(s))) walk(p);
    } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
  }
})(root);
let typeLines = 0,
  tries = 0,
  tryFetch = 0,
  effFetch = 0;
const per = {};
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  const sf = ts.createSourceFile(f, src, ts.ScriptTarget.Latest, true);
  for (const st of sf.statements) {
    let name, node;
    if (ts.isInterfaceDeclaration(st)) {
      name = st.name.text;
      node = st;
    } else if (ts.isTypeAliasDeclaration(st) && ts.isTypeLiteralNode(st.type)) {
      name = st.name.text;
      node = st;
    }
    if (!node || /Props$/.test(name)) continue;
    const a = sf.getLineAndCharacterOfPosition(node.getStart()).line,
      b = sf.getLineAndCharacterOfPosition(node.end).line;
    typeLines += b - a + 1;
    (per[f] ??= []).push(`${name}:${b - a + 1}`);
  }
  const visit = (n) => {
    if (ts.isTryStatement(n)) {
      tries++;
      if (/\b(api|fetch|client\.(GET|POST|PUT|PATCH|DELETE)|call)\s*[<(]/.test(n.tryBlock.getText())) tryFetch++;
    }
    if (ts.isCallExpression(n) && n.expression.getText() === 'useEffect') {
      const t = n.arguments[0]?.getText() ?? '';
      if (/\b(api|fetch|client\.GET)\s*[<(]/.test(t)) effFetch++;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
console.log(JSON.stringify({ files: files.length, typeLines, tries, tryFetch, effFetch }));
if (process.argv[4] === '-v') for (const [f, l] of Object.entries(per)) console.log(f, l.join(' '));
