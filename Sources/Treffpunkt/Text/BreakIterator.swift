import ICUBridge

/// ICU's rule-based break iteration over UTF-16 text.
///
/// Not thread-safe: each thread keeps its own (see `Pipeline.Worker`).
public final class BreakIterator {
    public enum Kind: Sendable {
        case character, word, line, sentence

        var bridged: tp_break_kind {
            switch self {
            case .character: TP_BREAK_CHARACTER
            case .word: TP_BREAK_WORD
            case .line: TP_BREAK_LINE
            case .sentence: TP_BREAK_SENTENCE
            }
        }
    }

    /// ICU's rule status ranges for word boundaries.
    public enum WordStatus {
        public static let none = 0..<100
        public static let number = 100..<200
        public static let letter = 200..<300
        public static let kana = 300..<400
        public static let ideographic = 400..<500
    }

    private let handle: OpaquePointer

    public init(_ kind: Kind, locale: String = "de") throws {
        var error = [CChar](repeating: 0, count: 256)
        guard let h = tp_breaker_open(kind.bridged, locale, &error, Int32(error.count)) else {
            throw TreffpunktError.icu(Self.message(error))
        }
        handle = h
    }

    /// An iterator from ICU break rules.
    public init(rules: String) throws {
        var error = [CChar](repeating: 0, count: 256)
        let units = Array(rules.utf16)
        guard let h = units.withUnsafeBufferPointer({
            tp_breaker_open_rules($0.baseAddress, Int32($0.count), &error, Int32(error.count))
        }) else {
            throw TreffpunktError.icu(Self.message(error))
        }
        handle = h
    }

    deinit { tp_breaker_close(handle) }

    /// The text of a NUL-terminated C message.
    private static func message(_ buffer: [CChar]) -> String {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every boundary of the text (UTF-16 offsets, from 0 to the end) and the rule status of the
    /// segment that ends at each.
    public func boundaries(of units: [UInt16]) -> (offsets: [Int32], statuses: [Int32]) {
        let capacity = units.count + 1
        var offsets = [Int32](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        let n = units.withUnsafeBufferPointer { text in
            offsets.withUnsafeMutableBufferPointer { o in
                statuses.withUnsafeMutableBufferPointer { s in
                    tp_breaker_boundaries(handle, text.baseAddress, Int32(text.count), o.baseAddress, s.baseAddress, Int32(capacity))
                }
            }
        }
        let count = max(0, Int(n))
        offsets.removeLast(capacity - count)
        statuses.removeLast(capacity - count)
        return (offsets, statuses)
    }

    /// Starts streaming the boundaries of `text`, which must stay valid and unchanged while the
    /// stream is read. Returns false when ICU refuses the text.
    func start(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        tp_breaker_set_text(handle, text.baseAddress, Int32(text.count)) == 0
    }

    /// Writes the next boundaries (after those already handed out) into `buffer`; returns how
    /// many, 0 at the end.
    func next(into buffer: UnsafeMutableBufferPointer<Int32>) -> Int {
        Int(tp_breaker_next_boundaries(handle, buffer.baseAddress, Int32(buffer.count)))
    }

    /// The number of boundaries, without storing them: the bare cost of ICU's iteration.
    public func countBoundaries(of units: [UInt16]) -> Int {
        Int(units.withUnsafeBufferPointer { tp_breaker_count(handle, $0.baseAddress, Int32($0.count)) })
    }

    /// The ICU version linked, such as "72.1".
    public static var icuVersion: String { String(cString: tp_icu_version()) }
}
