import Foundation
import Testing
@testable import Treffpunkt

@Suite("Tokens output")
struct TokensEncoderTests {
    static func tokenTexts(_ text: String, splitsCompounds: Bool) throws -> [String] {
        let document = TestSupport.segment(text)
        let bytes = TokensEncoder(splitsCompounds: splitsCompounds).encode(document)
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
        return (object["tokens"] as! [[String: Any]]).map { $0["text"] as! String }
    }

    @Test("compounds are written as UD German's parts and hyphens, or whole")
    func compounds() throws {
        let text = "Der US-Präsident traf 2013-2014 die Spa-/Wellness-Gäste."
        #expect(try Self.tokenTexts(text, splitsCompounds: true) ==
                ["Der", "US", "-", "Präsident", "traf", "2013-2014", "die", "Spa-/Wellness-Gäste", "."])
        #expect(try Self.tokenTexts(text, splitsCompounds: false) ==
                ["Der", "US-Präsident", "traf", "2013-2014", "die", "Spa-/Wellness-Gäste", "."])
    }
}
