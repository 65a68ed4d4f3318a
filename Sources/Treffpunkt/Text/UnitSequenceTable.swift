/// A read-only map from UTF-16 sequences (words, abbreviations, emoticons) to values, looked up
/// straight from a slice of a text's code units without building a `String`.
public struct UnitSequenceTable<Value: Sendable>: Sendable {
    private var entries: [(units: [UInt16], value: Value)] = []
    private var index: [UInt64: [Int32]] = [:]
    /// The length of the longest key, in UTF-16 units.
    public private(set) var maxLength = 0

    public init() {}

    /// Adds or replaces the value of a key.
    public mutating func insert(_ key: String, _ value: Value) {
        let units = Array(key.utf16)
        let h = Self.hash(units[...])
        if let slots = index[h] {
            for slot in slots where entries[Int(slot)].units == units {
                entries[Int(slot)].value = value
                return
            }
        }
        entries.append((units, value))
        index[h, default: []].append(Int32(entries.count - 1))
        maxLength = max(maxLength, units.count)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// The value of the key `text[start..<end]`, if any.
    @inline(__always)
    public func value(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Value? {
        let length = end - start
        if length <= 0 || length > maxLength { return nil }
        let slice = UnsafeBufferPointer(rebasing: text[start..<end])
        guard let slots = index[Self.hash(slice)] else { return nil }
        for slot in slots {
            let entry = entries[Int(slot)]
            if entry.units.count == length && entry.units.elementsEqual(slice) { return entry.value }
        }
        return nil
    }

    /// The value of a key given as a string.
    public func value(_ key: String) -> Value? {
        let units = Array(key.utf16)
        return units.withUnsafeBufferPointer { value($0, 0, $0.count) }
    }

    /// The longest key that starts at `start` and ends at or before `limit`: its end and value.
    public func longestMatch(_ text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> (end: Int, value: Value)? {
        var end = min(limit, start + maxLength)
        while end > start {
            if let v = value(text, start, end) { return (end, v) }
            end -= 1
        }
        return nil
    }

    /// FNV-1a over the units.
    @inline(__always)
    private static func hash<C: Collection>(_ units: C) -> UInt64 where C.Element == UInt16 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for u in units {
            h = (h ^ UInt64(u)) &* 0x100_0000_01b3
        }
        return h
    }
}
