/** The part of a corpus claim that the page, the popup and exports show. */
import type { Claim } from './corpus';
import type { ClaimView } from './messages';

export function claimView(claim: Claim): ClaimView {
  return {
    id: claim.id,
    text: claim.text,
    ...(claim.quote ? { quote: claim.quote } : {}),
    speaker: claim.speaker,
    outlet: claim.source.outlet,
    title: claim.source.title,
    url: claim.source.url,
    date: claim.source.date,
    stance: claim.stance,
    lean: claim.lean,
  };
}
