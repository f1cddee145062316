import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate, jsonForHtml, portalTemplate } from './portal-pages.js';

describe('server-rendered portal pages: the HTML around the rendered page', () => {
  it('a service text cannot end the data block or open a script: `<` is escaped in the JSON', () => {
    const json = jsonForHtml({ text: '</script><script>alert(1)</script>', line: 'a\u2028b' });
    expect(json).not.toContain('<');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>', line: 'a\u2028b' });
  });

  it('fills lang, an escaped title, the page and its data into the built portal.html', () => {
    const template =
      '<!doctype html><html lang="de"><head><title>Bürgerportal Hannover</title></head><body><div id="portal"></div><script type="module" src="/assets/p.js"></script></body></html>';
    const html = fillTemplate(
      template,
      { html: '<main><h1>Apply</h1></main>', title: 'Fees & <b>dates</b>', lang: 'en' },
      { a: '</script>' },
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Fees &amp; &lt;b&gt;dates&lt;/b&gt;</title>');
    expect(html).toContain(
      '<div id="portal"><main><h1>Apply</h1></main></div><script type="application/json" id="portal-data">{"a":"\\u003c/script>"}</script>',
    );
    expect(html).toContain('<script type="module" src="/assets/p.js"></script>');
  });

  it('inlines the built stylesheets and keeps everything else', () => {
    const dist = mkdtempSync(join(tmpdir(), 'portal-template-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'portal-x.css'), 'main{color:red}');
    writeFileSync(
      join(dist, 'portal.html'),
      '<head><link rel="modulepreload" crossorigin href="/assets/a.js"><link rel="stylesheet" crossorigin href="/assets/portal-x.css"></head>',
    );
    expect(portalTemplate(dist)).toBe(
      '<head><link rel="modulepreload" crossorigin href="/assets/a.js"><style>main{color:red}</style></head>',
    );
  });
});
