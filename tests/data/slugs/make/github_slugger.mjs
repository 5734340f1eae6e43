// Packages are loaded from NPM_DIR (default /tmp/slugs-npm), a folder where
// `npm install github-slugger markdown-it` was run (run_all.sh does that), so
// nothing is installed inside the repository.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL, fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const npmDir = path.resolve(process.env.NPM_DIR || '/tmp/slugs-npm');
const require = createRequire(path.join(npmDir, 'package.json'));
const load = async (p) => (await import(pathToFileURL(require.resolve(p)).href)).default;
const ver = (p) => JSON.parse(fs.readFileSync(path.join(npmDir, 'node_modules', p, 'package.json'), 'utf8')).version;
const GithubSlugger = await load('github-slugger');
const MarkdownIt = await load('markdown-it');

// The one document, built by common.py exactly as for the other generators.
const doc = execFileSync('python3', [path.join(here, 'common.py'), 'doc'], { encoding: 'utf8' });
const nHeadings = fs.readFileSync(path.join(here, '..', 'headings.txt'), 'utf8').replace(/\n$/, '').split('\n').length;

// CommonMark-ish defaults of markdown-it ('default' preset: html off, linkify off, typographer off).
const md = new MarkdownIt();
const tokens = md.parse(doc, {});

// Text content of an inline token tree: text (entities already decoded), code_inline
// content, image alt text; markup (backticks, *, _, ~~, link syntax, link URLs) is dropped.
function textContent(children) {
  let s = '';
  for (const t of children || []) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'text_special') s += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') s += '\n';
    else if (t.type === 'image') s += textContent(t.children);
  }
  return s;
}

const slugger = new GithubSlugger();   // one instance over the whole document
const anchors = [];
const texts = [];
for (let i = 0; i < tokens.length; i++) {
  if (tokens[i].type === 'heading_open' && tokens[i].tag === 'h2') {
    const text = textContent(tokens[i + 1].children);
    texts.push(text);
    anchors.push(slugger.slug(text));
  }
}
if (anchors.length !== nHeadings) throw new Error(`got ${anchors.length} h2, want ${nHeadings}`);

const out = {
  generator: 'github-slugger',
  tool: `github-slugger ${ver('github-slugger')} (npm), text content via markdown-it ${ver('markdown-it')} (npm), node ${process.version}`,
  command: "node make/github_slugger.mjs: markdown-it (new MarkdownIt(), default preset) parses the one document; for each h2 the text content is the concatenation of the inline tokens' text + code_inline content + image alt (entities decoded; backticks, emphasis markers, link syntax and URLs dropped); one GithubSlugger instance's .slug(text) over all headings in order",
  anchors,
};
fs.writeFileSync(path.join(here, '..', 'github-slugger.json'), JSON.stringify(out, null, 2) + '\n');
if (process.env.SHOW_TEXT) texts.forEach((t, i) => console.log(JSON.stringify(t), '->', anchors[i]));
console.log(`wrote github-slugger.json (${anchors.length} anchors)`);
