import type { DeckSlide } from './citations.ts'

/**
 * Backup slides for the background parts: shown after the closing slide, for questions, outside the
 * talk's time. The modes in detail (the succession-of-modes diagram links its boxes here) and the
 * arithmetic of networks. Only sourced cells; a dash leaves a cell open rather than filling it in.
 */
export default [
  {
    id: 'tribal-and-imperial',
    part: 'vdp',
    backup: true,
    timing: 60,
    title: 'Backup: the tribal and imperial modes in van der Pijl’s own headings',
    blocks: [
      {
        kind: 'table',
        head: ['', 'Tribal', 'Empire / nomad'],
        rows: [
          ['Space', 'Ancestry, tribal spaces, neutral zones', 'The frontier as mainspring of empire'],
          ['Protection', 'Feud; “shouting matches”', 'Foreign auxiliaries at the frontier'],
          ['Exchange', 'Endogamy and exogamy; mythical exchanges', 'Trade diasporas, incorporation, tribute'],
        ],
        caption: 'Our reading of section headings in Volumes I and II [@vdp2007; @vdp2010vol2].',
        interpretedRows: [0, 1, 2],
      },
    ],
    notes: `For questions on the first two modes. Van der Pijl’s 2010 article specifies space, protection and exchange for each mode; the cells here put his own section headings into that grid, so both rows are marked as our reading.

In the tribal mode, space is tied to ancestry, with neutral zones between tribal territories; protection is the feud; and marriage rules, endogamy and exogamy, are for him the bedrock of foreign relations, alongside mythical exchanges. In the empire and nomad mode, the frontier is the mainspring of empire, defended partly by foreign auxiliaries, and exchange runs through trade diasporas, the incorporation of outsiders, and tribute. The Sussex page gives China’s thousand years of dealings with Inner Asian nomads as an example.`,
    sources: `Volume I [@vdp2007], published contents: chapter 2, “Space, Protection, and Exchange in the Tribal Mode” (p. 44); chapter 3, “The Frontier as the Mainspring of Empire” (p. 76), read in the front matter (docslib.org/doc/5578304). Sub-headings (“Ancestry, Tribal Spaces and Neutral Zones”, “Shouting Matches in the Jungle”, “Endogamy/Exogamy as the Bedrock of Foreign Relations”, “Trade Diasporas, Incorporation, and Tribute”, “Foreign Auxiliaries for Frontier …”): a draft table of contents, docsford.com/document/4272437; the last heading is cut off there. “Mythical exchanges”: Volume II [@vdp2010vol2], chapter 1, “Tribal Foreign Relations and Mythical Ancestry”, published contents. China and the Inner Asian frontier as an “imperial mode”: the Sussex page [@sussex]. That the 2010 article specifies the three dimensions for every mode: its abstract [@vdp2010].`,
  },
  {
    id: 'sovereign-and-governance',
    part: 'vdp',
    backup: true,
    timing: 60,
    title: 'Backup: the modern modes, sovereign equality and global governance',
    blocks: [
      {
        kind: 'table',
        head: ['', 'Sovereign equality', 'Global governance'],
        rows: [
          ['Space', 'Formally equal states [@unCharter1945]', 'Nation-states formed under the English-speaking West [@vdp2014]'],
          ['Protection', 'No force against territorial integrity [@unCharter1945]', 'Western intervention, peaceful or military [@sussex]'],
          ['Exchange', '—', 'Ever more austere capitalist expansion [@soederberg2006]'],
        ],
        caption: 'Our mapping onto the three dimensions [@vdp2010]; a dash leaves a cell open.',
        interpretedRows: [0, 1, 2],
      },
    ],
    notes: `For questions on the two modern modes. Van der Pijl’s 2010 article names both and specifies the three dimensions for each; the cells are our mapping of the sources listed in the handout, so both rows carry the marker.

Sovereign equality is the principle on which the United Nations Charter rests: states of formally equal standing, which refrain from force against one another’s territorial integrity. For exchange under this mode we leave the cell open.

For global governance, space follows the description of his third volume: nation-states formed under the English-speaking West. Protection, on the Sussex page, takes the form of Western intervention, peaceful or military. Exchange, in Soederberg’s reading, is an ever more austere capitalist expansion. The next backup slide says whose reading each of these cells is.`,
    sources: `Sovereign equality: Charter of the United Nations, Article 2(1) (“the sovereign equality of all its Members”) and 2(4) (no “threat or use of force against the territorial integrity or political independence of any state”) [@unCharter1945]. Space under global governance: the publisher’s description of Volume III [@vdp2014] (“Nation-state formation under the auspices of the English-speaking West has henceforth informed thinking about international affairs”). The heartland–contender pair formerly in this cell, cited to [@vdp1998] and [@stephen2014], is Stephen’s application of the 1998 book to today; it is now on the backup slide “backup-governance-column”, as his. Intervention: the Sussex page [@sussex]. Exchange: Soederberg, publisher’s description [@soederberg2006]. Mapping these onto the three dimensions is the deck’s reading.`,
  },
  {
    id: 'link-counts',
    part: 'bauwens',
    backup: true,
    timing: 60,
    title: 'Backup: counting possible ties is not measuring a network’s value',
    blocks: [
      {
        kind: 'columns',
        columns: [
          [
            { kind: 'math', tex: 'E_{\\text{hub}} = n-1 \\qquad E_{\\max} = \\frac{n(n-1)}{2}', caption: 'Hub ties; possible ties.' },
            { kind: 'math', tex: 'G = 2^{n} - n - 1', caption: 'Possible groups.' },
          ],
          [
            {
              kind: 'table',
              head: ['Members', 'Hub', 'Possible ties', 'Groups'],
              rows: [
                ['5', '4', '10', '26'],
                ['10', '9', '45', '1,013'],
                ['50', '49', '1,225', '$\\approx 1.13 \\times 10^{15}$'],
              ],
            },
          ],
        ],
      },
      {
        kind: 'note',
        tone: 'caveat',
        text: 'Metcalfe values a network as $n^2$, Reed by its possible groups; Odlyzko and Tilly argue both overstate value and propose $n \\log n$ [@odlyzko2005; @reed2001].',
      },
    ],
    notes: `For questions on the arithmetic. Through one hub, n members need n minus one ties. A full mesh, where everyone links to everyone, has n times n minus one, over two; a distributed network uses only some of these. Groups of two or more number two to the n, minus n, minus one.

Metcalfe’s law turns the count of pairs into value, growing as n squared; Reed argued that networks that let members form groups grow in value exponentially. Odlyzko and Tilly answer that both overstate value, and that n log n is a better rough rule. These are rules of thumb, not measurements, so the table is no evidence that a P2P foreign policy is worth more.`,
    sources: `Counts: simple combinatorics, computed here (n = 5, 10, 50; the last group count rounded). Metcalfe’s law and the critique of both laws: Odlyzko and Tilly’s abstract and conclusion [@odlyzko2005], read in the preliminary version of 2 March 2005. Reed: “The Law of the Pack”, Harvard Business Review, February 2001, publisher’s page [@reed2001] (group-forming networks need a new way of measuring value); that Reed’s law is exponential in network size is also stated in Odlyzko and Tilly’s abstract.`,
  },
] satisfies DeckSlide[]
