// A readable page of the OpenAPI description, rendered on the server as plain
// HTML (no script, no CDN, nothing inline the page's CSP would refuse): each
// path with its parameters, their types, allowed values and whether required.
import { html } from 'hono/html';

type Doc = ReturnType<import('@hono/zod-openapi').OpenAPIHono['getOpenAPI31Document']>;
type Schema = { type?: string | string[]; enum?: unknown[]; items?: Schema; description?: string; pattern?: string; maximum?: number; minimum?: number };
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema; description?: string };

const typeOf = (s: Schema | undefined): string => {
  if (!s) return '';
  if (s.enum) return `one of ${s.enum.join(', ')}`;
  if (s.type === 'array') return `list (comma-separated) of ${typeOf(s.items)}`;
  return [Array.isArray(s.type) ? s.type.join(' or ') : s.type, s.pattern ? `matching ${s.pattern}` : ''].filter(Boolean).join(' ');
};

export function docsPage(doc: Doc) {
  const paths = Object.entries(doc.paths ?? {});
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${doc.info.title}</title></head>
<body><main>
<h1>${doc.info.title}</h1>
<p>${doc.info.description ?? ''} The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${doc.openapi}).</p>
${paths.flatMap(([path, item]) => Object.entries(item as Record<string, { summary?: string; parameters?: Parameter[] }>).map(([method, op]) => html`
<section><h2><code>${method.toUpperCase()} /api${path}</code></h2><p>${op.summary ?? ''}</p>
${(op.parameters ?? []).length ? html`<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>required</th></tr></thead><tbody>
${(op.parameters ?? []).map((p) => html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td>${typeOf(p.schema)}</td><td>${p.required ? 'yes' : 'no'}</td></tr>`)}
</tbody></table>` : ''}</section>`))}
</main></body></html>`;
}
