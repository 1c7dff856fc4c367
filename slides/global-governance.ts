import type { DeckSlide } from './citations.ts'

/** Part III: global governance defined by its own architects, and "top-down" as a critique. */
export default [
  {
    id: 'global-governance-defined',
    part: 'governance',
    timing: 55,
    title: 'Its architects defined global governance as a continuing process of accommodation, not world government',
    blocks: [
      {
        kind: 'quote',
        text: 'It is a continuing process through which conflicting or diverse interests may be accommodated and co-operative action taken.',
        by: 'Commission on Global Governance',
        source: 'cgg1995',
      },
      {
        kind: 'points',
        items: [
          'Actors: individuals and institutions, public and private, managing common affairs [@cgg1995].',
          'Means: formal regimes that can enforce compliance, and informal arrangements [@cgg1995].',
          'Explicitly not world government [@cgg1995]; for Rosenau, overlapping spheres of authority [@rosenau2007].',
        ],
      },
    ],
    notes: `Before criticising global governance, define it as its own architects did. The Commission on Global Governance, twenty-eight members co-chaired by Ingvar Carlsson and Shridath Ramphal, was set up in 1992 and reported in 1995 as Our Global Neighbourhood.

It called governance the sum of the ways in which individuals and institutions, public and private, manage their common affairs, through formal regimes that can enforce compliance and through informal arrangements. Read the quotation: a continuing process of accommodation. The Commission insisted that this was not world government.

Rosenau went further. In 2007 he pictured overlapping spheres of authority rather than rule from a centre, and he thought US dominance overstated. So Rosenau is no top-down theorist, and we should not cite him as one. About fifty-five seconds.`,
  },
  {
    id: 'top-down-critique',
    part: 'governance',
    timing: 55,
    title: '“Top-down” is a critique of global governance, not its definition',
    blocks: [
      {
        kind: 'points',
        items: [
          'Soederberg: global governance normalises harsher neoliberal expansion and a changing American empire [@soederberg2006].',
          'Stephen: the BRICs contest its most liberal features along a heartland–contender cleavage [@stephen2014].',
          'Van der Pijl: the West entangles itself by intervening in non-Western societies [@sussex].',
        ],
      },
    ],
    notes: `Where, then, does top-down come from? It belongs to the critical readings. Soederberg, writing from a Marxist angle in 2006, reads global governance as normalising a harsher neoliberal expansion and the changing form of American empire. Stephen, in 2014, finds a heartland–contender cleavage in the way the BRICs contest the most liberal features of global governance, which links straight back to van der Pijl’s categories. And van der Pijl’s own project page speaks of the West’s entanglement as it intervenes in non-Western societies.

The post’s word top-down sits with these critiques. That is a legitimate position, but it is a critique, and this deck presents it as one, not as the definition.

Transition: now to the raw material for an alternative, Michel Bauwens. About fifty-five seconds.`,
  },
] satisfies DeckSlide[]
