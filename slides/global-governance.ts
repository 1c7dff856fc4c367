import type { DeckSlide } from './citations.ts'

/** Part III: global governance as the Commission on Global Governance defined governance, and "top-down" as a critique. */
export default [
  {
    id: 'global-governance-defined',
    part: 'governance',
    timing: 55,
    title: 'The Commission on Global Governance: governance is a continuing process of accommodation',
    blocks: [
      {
        kind: 'quote',
        text: 'It is a continuing process through which conflicting or diverse interests may be accommodated and co-operative action may be taken.',
        by: 'Commission on Global Governance',
        source: 'cgg1995',
        page: 'ch. 1',
      },
      {
        kind: 'points',
        items: [
          'A separate statement: global governance does not imply world government [@cgg1995].',
          'Rosenau: overlapping spheres of authority, not centralised rule [@rosenau2007].',
        ],
      },
    ],
    notes: `Before criticising global governance, take the definition most often quoted. The Commission on Global Governance, an independent commission of twenty-eight members co-chaired by Ingvar Carlsson and Shridath Ramphal, reported in 1995 as Our Global Neighbourhood.

In its first chapter, governance covers all the ways people and institutions, public or private, run their shared affairs, whether through formal regimes able to enforce compliance or through informal arrangements. The sentence on the slide continues that definition: a continuing process, in which diverse interests may be accommodated and cooperation may follow.

Elsewhere the report adds, as a separate point, that global governance does not imply world government. Rosenau, in 2007, pictured a proliferation of overlapping spheres of authority, with regulation spreading through norms and regimes rather than from a centre. Neither text describes a single command post. About fifty-five seconds.`,
    sources: `Quotation: Our Global Neighbourhood, chapter 1 (“A New World”) [@cgg1995]. No stored copy of chapter 1 was found; the wording, with both occurrences of “may be”, is checked against two quotations of the report: the policy-community.eu glossary entry “Governance”, which spells “co-operative” as the slide does, and an article of the Japanese Journal of Political Science (Cambridge Core, 2004), which prints “cooperative”; the Wikipedia version and Oxford Bibliographies drop the second “may be”. That global governance does not imply world government is the report’s separate point, paraphrased on the slide; the UIA encyclopedia entry on the Commission reads “Global governance is not global government.” The chapter 7 summary formerly quoted here (gdrc.org) is not in any stored copy, so it is no longer quoted. Members, co-chairs and year: the Commission’s site (web.archive.org copy of cgg.ch) and the UIA entry. Rosenau: the article’s abstract and introduction [@rosenau2007], Wiley Online Library.`,
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
          'Soederberg: global governance normalises ever more austere capitalist expansion, a deeper neoliberalism [@soederberg2006].',
          'Stephen: rising powers contest not the order but its most liberal features [@stephen2014].',
          'Van der Pijl: the modes show Western hegemony in its own right, not as capital’s superstructure [@vdp2010].',
        ],
      },
    ],
    notes: `Where, then, does top-down come from? From the critical readings. Soederberg, a Marxist, argues in 2006 that global governance normalises ever more austere forms of capitalist expansion, a deepening of neoliberalism, and that mainstream accounts miss the changing form of American empire.

Stephen, in 2014, finds that the rising powers do not contest the governance order as such, only its most liberal features, along what he calls a heartland–contender cleavage; the terms come from van der Pijl.

Van der Pijl’s own claim is about method: distinguishing the modes of foreign relations, global governance among them, lets us see the West’s continuing hegemony in its own right, not as a mere superstructure of transnational capital.

So top-down is a critique, and this deck presents it as one. Next, the raw material for an alternative: Michel Bauwens. Fifty-five seconds.`,
    sources: `Soederberg: the publisher’s description of the book [@soederberg2006], as reproduced by Barnes & Noble, and Misgeld’s review in Socialist Studies. Stephen: the article’s abstract [@stephen2014]. Van der Pijl: the last sentence of the 2010 abstract [@vdp2010], which credits distinguishing and specifying all four modes, not global governance alone; the bullet follows that wording.`,
  },
] satisfies DeckSlide[]
