import type { DeckSlide } from './citations.ts'

/** Part I: the claim of the 2012 post, stated and bounded. */
export default [
  {
    id: 'title',
    layout: 'title',
    part: 'claim',
    timing: 35,
    title: 'A P2P mode of foreign relations?',
    subtitle: 'Reading Kees van der Pijl’s modes of foreign relations together with Michel Bauwens’s peer-to-peer theory',
    blocks: [
      {
        kind: 'text',
        size: 'small',
        text: 'A reading of a 2012 P2P Foundation post [@seed] and the comment it drew [@griffin2012].',
      },
    ],
    notes: `Welcome. This talk takes one short post from the P2P Foundation network, from May 2012, and asks whether its claim can be made to work: that a peer-to-peer mode of foreign relations is rising as the radical alternative to top-down global governance. It joins Kees van der Pijl’s history of foreign relations with Michel Bauwens’s theory of peer production.

The post names no author, so I simply call it the post. A visible marker flags the slides that are our own proposal rather than a sourced claim. About thirty-five seconds, then straight on.`,
  },
  {
    id: 'the-claim',
    part: 'claim',
    timing: 55,
    title: 'A 2012 post named a P2P mode as the radical alternative to top-down global governance',
    blocks: [
      {
        kind: 'text',
        size: 'lead',
        text: 'Drawing on van der Pijl and Bauwens, the post names a rising *P2P mode of foreign relations* [@seed].',
      },
      {
        kind: 'note',
        tone: 'caveat',
        text: 'The post’s argument slide is missing from our copy. The synthesis is the post’s, not van der Pijl’s or Bauwens’s; our reconstruction is marked as such.',
      },
    ],
    notes: `Here is the claim in one sentence, in our words. Drawing on van der Pijl and Bauwens, the author says they have identified a rising P2P mode of foreign relations, set against the top-down global governance mode. The blog version’s address dates it to 28 May 2012; Tom Griffin’s comment on the version posted to the Ning network is dated 23 May.

The post then promises that a slide below presents the argument, and that slide is not in the copy we have. So what follows is a reconstruction, and we will be strict about who said what. Van der Pijl supplies the frame, Bauwens the content; the pairing is the post’s, and the details are ours, marked as interpretation.

Transition: start with van der Pijl’s frame. About fifty-five seconds.`,
  },
] satisfies DeckSlide[]
