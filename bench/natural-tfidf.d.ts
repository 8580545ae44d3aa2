// Types for natural's TfIdf, imported by deep path in the baselines (never natural's root,
// which loads its databases and WordNet).
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  class TfIdf {
    constructor();
    addDocument(document: string | string[], key?: string, restoreCache?: boolean): void;
    tfidfs(terms: string | string[], callback?: (i: number, measure: number, key: string) => void): number[];
    tfidf(terms: string | string[], d: number): number;
  }
  export default TfIdf;
}
