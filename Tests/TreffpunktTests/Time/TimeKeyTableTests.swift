import Testing
@testable import Treffpunkt

/// The key ids the atoms of a text get on their fast paths (packed short keys, filtered long keys)
/// agree with a plain lookup of the atom's lower-cased code points.
@Suite struct TimeKeyTableTests {
    static let lexicon = TestSupport.pipeline.timeTagger.lexicon

    /// The id a plain lookup gives an atom's text (lower-cased for a word).
    static func plainID(_ atom: TimeAtom, _ document: Document) -> Int32 {
        let units = document.scalars[atom.start..<atom.end].map { atom.kind == .word ? LetterCase.lowercase($0).value : $0.value }
        return lexicon.wordIndex.find(units)
    }

    @Test func atomsGetTheIdsOfAPlainLookup() {
        // Short and long words, words of exactly eight and nine letters, capitals, a compound of
        // weekday and day part, non-Latin letters, digit runs up to twelve digits, marks inside
        // and beyond Latin-1.
        let text = "Am MITTWOCHNACHMITTAG, dem 15. Dezember 2021, trafen sich – laut „Spiegel“ – die Vertreter "
            + "im vergangenen Sommer um 14:30 Uhr in Zürich (Straße 123456789012) mit Ђорђе am Donnerstag; "
            + "Mitte Oktober, Silvester, Neujahrstag, übermorgen, Wochenende und Vorjahr ÜBER § 5."
        let document = TestSupport.segment(text)
        let atoms = TimeAtoms.atoms(of: document, lexicon: Self.lexicon)
        #expect(atoms.count > 50)
        for atom in atoms {
            let word = String(String.UnicodeScalarView(document.scalars[atom.start..<atom.end]))
            #expect(atom.word == Self.plainID(atom, document), "\(word)")
        }
        let known = atoms.filter { $0.word >= 0 }.map { String(String.UnicodeScalarView(document.scalars[$0.start..<$0.end])) }
        for word in ["MITTWOCHNACHMITTAG", "Dezember", "vergangenen", "Donnerstag", "ÜBER", "–", "„", ":", "§"] {
            #expect(known.contains(word), "\(word) is a key of the lexicon")
        }
    }

    @Test func packedKeysAreFoundAndOthersNot() throws {
        var table = TimeKeyTable()
        let keys = ["am", "dezember", "vergangenen", "mittwochnachmittag", "–", "ђорђе", ","]
        let ids = keys.map { table.intern(TimeLexicon.units($0)) }
        table.seal(facts: [UInt64](repeating: 0, count: keys.count + 1))
        for (key, id) in zip(keys, ids) {
            #expect(table.find(TimeLexicon.units(key)) == id)
        }
        #expect(TimeShortKeyTable.pack(TimeLexicon.units("dezember")) != nil)
        #expect(TimeShortKeyTable.pack(TimeLexicon.units("vergangen")) == nil)
        #expect(TimeShortKeyTable.pack(TimeLexicon.units("–")) == nil)
        #expect(table.find(TimeLexicon.units("dezembe")) == -1)
        #expect(table.find(TimeLexicon.units("vergangene")) == -1)
    }
}
