import type { DeckSlide } from './citations.ts'

/** Part I: the claim of the 2012 post, stated and bounded, and the first comment it drew. */
export default [
  {
    id: 'title',
    layout: 'title',
    part: 'claim',
    timing: 30,
    title: 'A P2P mode of foreign relations?',
    subtitle: 'Reading Kees van der Pijl’s modes of foreign relations together with Michel Bauwens’s peer-to-peer theory',
    blocks: [
      {
        kind: 'text',
        size: 'small',
        text: 'A reading of a 2012 P2P Foundation post [@seed] and the comment it drew [@griffin2012].',
      },
    ],
    notes: `Welcome. This talk takes one short post from the P2P Foundation network, from May 2012, and asks whether its claim can be made to work: that a peer-to-peer mode of foreign relations is rising as the alternative to top-down global governance.

The post names no author, so I call it the post. A visible marker flags the slides that are our own proposal rather than a sourced claim. Thirty seconds, then on.`,
  },
  {
    id: 'the-claim',
    part: 'claim',
    timing: 50,
    title: 'A 2012 post: P2P foreign relations as the alternative to top-down governance',
    blocks: [
      {
        kind: 'text',
        size: 'lead',
        text: 'Drawing on van der Pijl and Bauwens, the post names a rising *P2P mode of foreign relations* [@seed].',
      },
      {
        kind: 'note',
        tone: 'caveat',
        text: '*Radical alternative* is the post’s framing. It put its argument on a slide its text does not include: the synthesis is the post’s idea, the details are ours.',
      },
    ],
    notes: `Here is the claim in one sentence, in our words. Drawing on van der Pijl and Bauwens, the author says they have identified a rising P2P mode of foreign relations, set against the top-down global governance mode.

Two cautions before we start. First, the post puts its argument on a slide that its text does not include, so what follows is a reconstruction, and we will be strict about who said what. Second, radical alternative is the post’s phrase. We will see that Bauwens himself wants to reform the state, not abolish it, so the alternative this talk defends changes how the hubs of world order work; it does not end the state.

Transition: first, the comment the post received. About fifty seconds.`,
    sources: `The post and its missing slide: [@seed]. The blog copy’s address carries the date 28 May 2012; Griffin’s comment on the Ning copy is dated 23 May 2012 [@griffin2012], so the Ning post probably came first (not confirmed). Bauwens on reforming the state: [@bauwens2012].`,
  },
  {
    id: 'griffin-comment',
    part: 'claim',
    timing: 45,
    title: 'Griffin welcomed the synthesis, with a reservation about teleological language',
    blocks: [
      {
        kind: 'quote',
        text: 'I think the peer production paradigm could really address some of the possibilities that Van der Pijl raises in the last chapter of Transnational Classes and International Relations',
        by: 'Tom Griffin',
        source: 'griffin2012',
      },
      {
        kind: 'points',
        items: ['His reservation: *teleological language*. So this deck speaks of tendencies, not destinations [@griffin2012].'],
      },
    ],
    notes: `Tom Griffin replied on 23 May 2012. He welcomed the attempt to bring van der Pijl and Bauwens together, and pointed to the closing chapter of van der Pijl’s 1998 book on transnational classes: peer production, he thought, could take up some of the openings that chapter describes.

He added a reservation about teleological language, language suggesting that history heads for a known end. We come back to it at the end, because it applies to Bauwens as much as to van der Pijl. It sets the tone: could, proposed and tendency, not will or inevitable.

Transition: the frame the post borrowed, van der Pijl’s modes. Forty-five seconds.`,
    sources: `Quotation verbatim from Griffin’s comment as reproduced in the seed text and on the Ning page, where the comment is dated 23 May 2012 at 2:42 [@seed; @griffin2012]; his reservation reads “some of the teleological language here”, placed before the passage he quotes from the last chapter of [@vdp1998]. Moved from part VI to stand next to the claim (issue 10).`,
  },
] satisfies DeckSlide[]
