import { citations, type CitationKey, type DeckSlide } from './citations.ts'
import type { Citation } from '../src/model.ts'

/** Files a reference under its author as printed: lower case, letters and digits only ("van der Pijl" under V). */
const sortKey = (key: CitationKey) => citations[key].author.toLowerCase().replace(/[^a-z0-9 ]/g, '')
const initial = (key: CitationKey) => citations[key].author.trim().charAt(0).toUpperCase()

/**
 * The bibliography, alphabetically by author, split into lists that each fit a phone's narrow
 * slide: at most nine works and about 1,300 characters of reference text each (measured: a list of
 * nine long entries, 1,475 characters, ran 55 px past a 390 px phone's page). Built from
 * slides/citations.ts, so a new entry needs no edit here; slides/content.test.ts checks that every
 * entry is cited somewhere in the argument.
 */
const PER_SLIDE_MAX = 9
const CHARS_PER_SLIDE = 1300
const byAuthor = (Object.keys(citations) as CitationKey[]).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
const weight = (key: CitationKey) => {
  const c: Citation = citations[key]
  return c.author.length + c.title.length + c.venue.length + (c.url?.length ?? 0)
}

/** Splits `keys`, in order, into lists within the two limits (greedy: fill each list up to `chars`). */
function split(keys: readonly CitationKey[], limit = CHARS_PER_SLIDE): CitationKey[][] {
  const lists: CitationKey[][] = [[]]
  let chars = 0
  for (const key of keys) {
    const list = lists[lists.length - 1]!
    if (list.length > 0 && (list.length === PER_SLIDE_MAX || chars + weight(key) > limit)) {
      lists.push([key])
      chars = weight(key)
    } else {
      list.push(key)
      chars += weight(key)
    }
  }
  return lists
}
/** As few lists as the limits allow, then evened out: the smallest limit that needs no more lists. */
function balanced(keys: readonly CitationKey[]): CitationKey[][] {
  const count = split(keys).length
  const total = keys.reduce((n, k) => n + weight(k), 0)
  for (let limit = Math.ceil(total / count); limit < CHARS_PER_SLIDE; limit += 10) {
    const lists = split(keys, limit)
    if (lists.length <= count) return lists
  }
  return split(keys)
}
const lists = balanced(byAuthor)

const NOTES = [
  'References, first part. Every work cited on the slides or in their source notes is listed; the 2012 post has no named author, so it is listed as anonymous. Move on quickly.',
  'References, continued. Undated web pages, such as the P2P Foundation wiki pages, are marked n.d. rather than given a guessed year.',
  'References, last part: among them van der Pijl’s own works. Then the closing slide.',
]

const references: DeckSlide[] = lists.map((keys, i) => ({
  id: i === 0 ? 'references' : `references-${i + 1}`,
  part: 'open',
  layout: 'references',
  backMatter: true,
  timing: 10,
  title: `References (${initial(keys[0]!)}–${initial(keys[keys.length - 1]!)})`,
  blocks: [{ kind: 'cite', keys }],
  notes: NOTES[i === 0 ? 0 : i === lists.length - 1 ? 2 : 1]!,
}))

/**
 * Back matter: the references and the closing slide. Outside the content-slide count and word rules.
 */
export default [
  ...references,
  {
    id: 'closing',
    part: 'open',
    layout: 'closing',
    backMatter: true,
    timing: 30,
    title: 'A P2P mode of foreign relations: to be tested, not forecast',
    blocks: [
      {
        kind: 'text',
        size: 'lead',
        text: 'Thank you. Questions and discussion welcome.',
      },
    ],
    notes: `To close: van der Pijl gives us a way to see the state system as one passing mode of foreign relations, and Bauwens gives us concepts for organising production, governance and property among peers. The 2012 post put the two together; we have tried to make that pairing explicit, mark what is ours, and show where it is thin, above all on protection between communities. Thank you. Thirty seconds, then questions.`,
  },
] satisfies DeckSlide[]
