/**
 * Diagrams as text for documentation: Mermaid and AsyncAPI. Loaded when the Export dialog opens
 * (dynamic import), with the styles of the dialog's text previews.
 */
import './docsExport.css';

export { asyncApiDocument, toAsyncApi } from './asyncapi';
export { mermaidText, toMermaid } from './mermaid';
export { type DocsWord, docsWords, type Words } from './words';
export { type Json, toYaml } from './yaml';
