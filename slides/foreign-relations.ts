import type { DeckSlide } from './citations.ts'

/** Part II (first half): van der Pijl’s frame: foreign relations, the Marx analogy, three dimensions. */
export default [
  {
    id: 'foreign-relations',
    part: 'vdp',
    timing: 55,
    title: 'Van der Pijl: foreign relations run deeper than relations between states',
    blocks: [
      {
        kind: 'text',
        size: 'lead',
        text: 'A mode of foreign relations: all interactions between communities that occupy separate spaces and treat each other as outsiders [@sussex].',
      },
      {
        kind: 'points',
        items: [
          'As capitalism is one transient mode of production, inter-state relations are one transient form of foreign relations [@sussex].',
          'IR naturalises the inter-state order as economics naturalises capitalism [@vdp2010].',
        ],
      },
    ],
    notes: `Kees van der Pijl comes from the Amsterdam school of international political economy and later held the chair of International Relations at Sussex. A Leverhulme fellowship, 2006 to 2009, funded his project on modes of foreign relations, which became a trilogy.

He starts from a definition. Foreign relations are all dealings between communities that live in separate spaces and regard each other as outsiders. That is far wider than diplomacy: tribes, empires and nomads had foreign relations long before states.

The key word comes from Marx. Capitalism is one mode of production, with others before it and others to come; in the same way, the inter-state system is one passing form of foreign relations. His 2010 lecture adds the polemic: International Relations treats the inter-state order as natural, as economics treats capitalism. Fifty-five seconds.`,
    sources: `Definition, the Leverhulme fellowship (2006–2009) and the analogy with modes of production: the Sussex project page [@sussex]. The naturalisation of the inter-state order, and IR’s codification after Woodrow Wilson: the abstract of van der Pijl’s Deutscher Memorial Prize lecture [@vdp2010], read on sro.sussex.ac.uk/id/eprint/12729 and philpapers.org. The trilogy: Volumes I–III [@vdp2007; @vdp2010vol2; @vdp2014], checked against the front matter of Volumes I–III (Pluto Press, London; Volume III “First published 2014”). Biography (Amsterdam, Sussex): Wikipedia [@wikiVdp]. The post’s own sentence on the analogy repeats Wikipedia’s wording [@seed], so the slide paraphrases van der Pijl and the Sussex page instead.`,
  },
  {
    id: 'three-dimensions',
    part: 'vdp',
    timing: 50,
    title: 'Every mode organises three things: occupying space, protecting it, exchanging',
    blocks: [
      {
        kind: 'diagram',
        mermaid: `flowchart LR
  L["Level of civilisation (the post's wording)"] -.-> M["A mode of foreign relations"]
  M --> SP["Occupation of space"]
  M --> PR["Protection"]
  M --> EX["Exchange with others"]
  style L stroke-dasharray: 6 4`,
        caption: 'The three dimensions, after van der Pijl [@sussex; @vdp2010]; he specifies them for all four modes.',
        accTitle: 'The three dimensions of a mode of foreign relations',
        accDescr:
          'A mode of foreign relations branches into three dimensions: occupation of space, protection, and exchange with others. A dashed box, level of civilisation, marked as the post’s wording, points to the mode.',
      },
      {
        kind: 'note',
        tone: 'info',
        text: 'The post adds that a given *level of civilisation* makes each pattern possible [@seed]. The phrase is the post’s own.',
      },
    ],
    notes: `What makes a mode a mode? Van der Pijl names three dimensions. First, the way a community occupies a space. Second, the way it protects that space. Third, the broader character of its exchanges with others. His 2010 article says it specifies all three for each of the four modes: tribal, empire and nomad, sovereign equality, and global governance.

The post adds a condition of its own: each of these patterns, it says, is made possible by a given level of civilisation. That phrase belongs to the post, which is why the box is drawn dashed.

Keep the three dimensions in mind. The synthesis takes them one by one. About fifty seconds.`,
    sources: `The three dimensions: the Sussex project page [@sussex] and the 2010 abstract [@vdp2010], which says the article specifies occupation of space, protection and exchange for tribal and empire/nomad relations, sovereign equality and global governance. Volume I treats them in chapter 1, section “The Analysis of Modes of Foreign Relations” (p. 16 in the published contents); a draft table of contents (docsford.com/document/4272437) pairs them with “Space and the Interethnic Milieu”, “Protection and the Dialectic of Change” and “Exchange and Language” [@vdp2007]. “Level of civilisation” is the seed’s wording [@seed]; it does not occur in the 2010 abstract or on the Sussex page.`,
  },
] satisfies DeckSlide[]
