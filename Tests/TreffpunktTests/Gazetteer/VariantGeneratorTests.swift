import Testing
@testable import Treffpunkt

@Suite struct VariantGeneratorTests {
    let generator = try! VariantGenerator(configuration: TestSupport.configuration)

    @Test func russianNamesInThreeStyles() {
        #expect(generator.transliterations(of: "Рябков, Сергей") == ["Sergej Rjabkow", "Sergey Ryabkov", "Sergej Rjabkov"])
    }

    @Test func germanRules() {
        let cases = ["Лавров": "Lawrow", "Ельцин": "Jelzin", "Горбачёв": "Gorbatschow", "Шойгу": "Schoigu",
                     "Толстой": "Tolstoi", "Дмитрий": "Dmitri", "Василий": "Wassili", "Соловьёв": "Solowjow",
                     "Песков": "Peskow", "Захарова": "Sacharowa", "Александр": "Alexandr", "Юрий": "Juri"]
        for (cyrillic, german) in cases {
            #expect(generator.transliterations(of: cyrillic).first == german, "\(cyrillic)")
        }
    }

    @Test func adjectiveForms() {
        #expect(VariantGenerator.adjectiveForms("russisch") == ["russisch", "russische", "russischen", "russischem", "russischer", "russisches"])
        #expect(VariantGenerator.adjectiveForms("Minsker") == ["Minsker"])
    }
}

@Suite struct TransliteratorTests {
    @Test func ruleErrorsNameFileAndLine() {
        let rules = "# Kommentar\nа > a;\nб > > b;\n"
        #expect {
            try Transliterator(rules: rules, name: "test", origin: "rules/transliteration-xx.txt")
        } throws: { error in
            "\(error)".hasPrefix("rules/transliteration-xx.txt:3: ")
        }
    }
}
