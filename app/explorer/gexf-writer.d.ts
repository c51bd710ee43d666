// graphology-gexf's writer on its own: the package's entries also load a parser the exports never use (and the
// browser entry's parser needs DOMParser at load, which Node lacks).
declare module 'graphology-gexf/common/writer.js' {
  const write: typeof import('graphology-gexf/browser').write;
  export default write;
}
