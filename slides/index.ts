import type { Deck } from '../src/model.ts'
import { citations, type CitationKey } from './citations.ts'
import { parts, type PartId } from './parts.ts'
import claim from './claim.ts'
import foreignRelations from './foreign-relations.ts'
import modes from './modes.ts'
import globalGovernance from './global-governance.ts'
import peerProduction from './peer-production.ts'
import networks from './networks.ts'
import synthesis from './synthesis.ts'
import openQuestions from './open-questions.ts'
import backMatter from './back-matter.ts'
import backupBackground from './backup-background.ts'
import backupSynthesis from './backup-synthesis.ts'

/** The argument, in talk order. Section modules hold their slides in order; this file orders the sections. */
export const deck = {
  title: 'A P2P mode of foreign relations?',
  description:
    'Kees van der Pijl’s modes of foreign relations read together with Michel Bauwens’s peer-to-peer theory: a proposed P2P mode as the radical alternative to top-down global governance.',
  author: 'Anonymous P2P Foundation post (2012), presented as a reading of van der Pijl and Bauwens',
  lang: 'en',
  parts,
  citations,
  slides: [
    ...claim, // I
    ...foreignRelations, // II
    ...modes,
    ...globalGovernance, // III
    ...peerProduction, // IV
    ...networks,
    ...synthesis, // V
    ...openQuestions, // VI
    ...backMatter,
    ...backupBackground, // backup slides, for questions: after the closing slide, outside the talk's time
    ...backupSynthesis, // backup slides for questions
  ],
} satisfies Deck<CitationKey, PartId>

export default deck
