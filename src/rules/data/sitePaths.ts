import type { DataEffect } from './EffectSchema.js';

/**
 * The paths (relative to the effect) where an effect uses `"@site"`.
 *
 * @param effect - an effect of a data rule
 * @returns `region`, `side` and `regions[j]` paths holding `"@site"`, in that order
 * @example
 * sitePaths({ kind: 'avoid', region: '@site', side: 'left', message: 'Not over the site.' }); // [['region']]
 */
export function sitePaths(effect: DataEffect): (string | number)[][] {
  const paths: (string | number)[][] = [];
  if ('region' in effect && effect.region === '@site') paths.push(['region']);
  if ('side' in effect && effect.side === '@site') paths.push(['side']);
  if (effect.kind === 'addTechnique') effect.regions.forEach((r, j) => r === '@site' && paths.push(['regions', j]));
  return paths;
}
