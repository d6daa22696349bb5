/**
 * Where a reader can check a source: its address, else its DOI as a
 * `https://doi.org/` link, else its PubMed page; `undefined` when the
 * catalogue records none of them. A summary prints it next to the citation,
 * so a source with only a DOI is never shown without a locator.
 *
 * @param source - the source's address, DOI and PubMed id, as the catalogue records them
 * @returns the link, or `undefined`
 * @example
 * sourceLink({ doi: '10.2519/jospt.2020.9971' }); // 'https://doi.org/10.2519/jospt.2020.9971'
 * sourceLink({ pmid: '32438853' }); // 'https://pubmed.ncbi.nlm.nih.gov/32438853/'
 */
export function sourceLink(source: { url?: string | undefined; doi?: string | undefined; pmid?: string | undefined }): string | undefined {
  if (source.url !== undefined) return source.url;
  if (source.doi !== undefined) return `https://doi.org/${source.doi}`;
  if (source.pmid !== undefined) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  return undefined;
}
