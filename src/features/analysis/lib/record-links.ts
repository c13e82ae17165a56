import { defaultUrlState, formatUrlState, pathOfMode, type UrlState } from '../../../lib/url-state';

/** What a record link keeps of where the reader is: their place on the drill path, language and theme. */
export type LinkContext = Pick<UrlState, 'place' | 'lang' | 'theme'>;

/** A violation on the map, selected (the map's own URL: `/?at=…&sel=violation:…`), at the reader's place. */
export function violationMapHref(violationId: string, context: LinkContext): string {
  return `${pathOfMode('')}${formatUrlState({ ...defaultUrlState(), ...context, selection: { kind: 'violation', id: violationId } })}`;
}

/**
 * An issue where it can be seen: its violation on the map, or (an issue of another source, which the
 * map has no selection for) the issue open in the issues workspace.
 */
export function issueHref(issue: { id: string; violationId: string | null }, context: LinkContext): string {
  if (issue.violationId) return violationMapHref(issue.violationId, context);
  const state = defaultUrlState();
  return `${pathOfMode('issues')}${formatUrlState({ ...state, ...context, issues: { ...state.issues, open: issue.id } })}`;
}

