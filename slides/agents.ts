import type { DeckSlide } from './citations.ts'

/**
 * Part VI: who carries it. Griffin’s comment now stands next to the claim (slides/claim.ts) and
 * Gorz’s non-class has moved to a backup slide (slides/backup-synthesis.ts); what stays here is
 * van der Pijl’s cadre stratum, as it reaches us through Griffin’s quotation.
 */
export default [
  {
    id: 'cadre-stratum',
    part: 'agents',
    timing: 55,
    title: 'Van der Pijl’s candidate agent: a cadre stratum that looks beyond capital versus labour',
    blocks: [
      {
        kind: 'quote',
        text: 'the cadres are the class which historically performs the role of shaping the structures for a classless society in the context of class society',
        by: 'Kees van der Pijl',
        source: 'vdp1998',
        via: 'as quoted by Griffin [@griffin2012]; last chapter',
      },
      {
        kind: 'points',
        items: ['Griffin’s hint: peer producers might take up this role [@griffin2012].'],
      },
    ],
    notes: `Who would carry a P2P mode? Griffin’s comment points us to a long passage from the last chapter of van der Pijl’s 1998 book; one sentence of it is on the slide.

In that passage the cadres, the managers and professionals who run society’s organisations, express the socialising tendency of capitalism, though in an alienated form. More than once they have gone a way the ruling class did not want, and between capital and a resisting working class they have tended to look past the plain class antagonism. Van der Pijl concludes that they need to reunite with the working class.

Griffin’s suggestion, and it is only a suggestion, is that peer producers might take up this role. Notice the language he warned about: a historic subject, a classless society. About fifty-five seconds.`,
    sources: `Quotation and the passage paraphrased in the notes: van der Pijl 1998, last chapter [@vdp1998], as quoted by Griffin in the seed text [@seed; @griffin2012]; page not given there. The bullets formerly cited [@vdp1998] directly and [@denemark1999] for “must reunify”; Denemark’s review reads the rise of the “new middle” or “cadre” class as the book’s strongest answer to its three contradictions, but does not speak of reunification, so it is cited only on the backup slide for that reading. Glossing the cadres as managers and professionals is this deck’s paraphrase.`,
  },
] satisfies DeckSlide[]
