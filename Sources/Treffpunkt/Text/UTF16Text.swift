/// A document's text in UTF-16, as ICU wants it, with the way back to code point offsets.
///
/// Built once per document; `codePoint(at:)` is O(1).
public struct UTF16Text: Sendable {
    public let units: [UInt16]
    /// Code point offset of each UTF-16 offset (count + 1 entries); empty when every code point
    /// is one unit, so that the offsets coincide.
    private let codePoints: [Int32]

    public init(_ scalars: [Unicode.Scalar]) {
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count)
        var allBMP = true
        for s in scalars {
            if s.value <= 0xFFFF {
                units.append(UInt16(truncatingIfNeeded: s.value))
            } else {
                allBMP = false
                let v = s.value - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
            }
        }
        self.units = units
        if allBMP {
            codePoints = []
        } else {
            var table = [Int32](repeating: 0, count: units.count + 1)
            var cp: Int32 = 0
            var i = 0
            for s in scalars {
                table[i] = cp
                if s.value > 0xFFFF {
                    table[i + 1] = cp
                    i += 2
                } else {
                    i += 1
                }
                cp += 1
            }
            table[units.count] = cp
            codePoints = table
        }
    }

    /// The code point offset of a UTF-16 offset.
    @inline(__always)
    public func codePoint(at utf16Offset: Int) -> Int {
        codePoints.isEmpty ? utf16Offset : Int(codePoints[utf16Offset])
    }
}
