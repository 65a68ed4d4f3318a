/// A document's text in UTF-16, as ICU wants it, with the way back to code point offsets.
///
/// Built once per document; `codePoint(at:)` is O(1).
public struct UTF16Text: Sendable {
    public let units: [UInt16]
    /// Code point offset of each UTF-16 offset (count + 1 entries); empty when every code point
    /// is one unit, so that the offsets coincide.
    private let codePoints: [Int32]

    public init(_ scalars: [Unicode.Scalar]) {
        // One narrow pass, which is all it takes when every code point is in the BMP.
        var wide: UInt32 = 0
        var narrow = [UInt16](unsafeUninitializedCapacity: scalars.count) { buffer, initialized in
            scalars.withUnsafeBufferPointer { source in
                for i in 0..<source.count {
                    let v = source[i].value
                    buffer[i] = UInt16(truncatingIfNeeded: v)
                    wide |= v >> 16
                }
            }
            initialized = scalars.count
        }
        var astral = 0
        if wide != 0 {
            for s in scalars where s.value > 0xFFFF { astral += 1 }
            let count = scalars.count + astral
            narrow = [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
                var i = 0
                for s in scalars {
                    let v = s.value
                    if v <= 0xFFFF {
                        buffer[i] = UInt16(truncatingIfNeeded: v)
                        i += 1
                    } else {
                        let w = v - 0x10000
                        buffer[i] = UInt16(0xD800 + (w >> 10))
                        buffer[i + 1] = UInt16(0xDC00 + (w & 0x3FF))
                        i += 2
                    }
                }
                initialized = count
            }
        }
        units = narrow
        isBMP = astral == 0
        let count = narrow.count
        if astral == 0 {
            codePoints = []
        } else {
            var table = [Int32](repeating: 0, count: count + 1)
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
            table[count] = cp
            codePoints = table
        }
    }

    /// Whether every code point is one UTF-16 unit, so that the offsets coincide.
    public let isBMP: Bool

    /// The code point offset of a UTF-16 offset.
    @inline(__always)
    public func codePoint(at utf16Offset: Int) -> Int {
        codePoints.isEmpty ? utf16Offset : Int(codePoints[utf16Offset])
    }
}
