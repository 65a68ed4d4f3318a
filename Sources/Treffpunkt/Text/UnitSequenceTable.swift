/// A read-only map from UTF-16 sequences (words, abbreviations, emoticons) to values, looked up
/// straight from a slice of a text's code units without building a `String`.
///
/// Lookups that cannot match are rejected before hashing: by length (a bit mask of the key
/// lengths present) and by first unit (a 1024-bit filter). The rest go to an open-addressing
/// table of FNV-1a hashes.
public struct UnitSequenceTable<Value: Sendable>: Sendable {
    /// The table lives in an immutable box, so that a table (and the rules that hold several)
    /// is one reference wide: copies are free and lookups need no exclusivity checks.
    private final class Box: Sendable {
        let contents: Contents<Value>
        init(_ contents: Contents<Value>) { self.contents = contents }
    }

    private var box = Box(Contents<Value>())

    public init() {}

    public var count: Int { box.contents.count }
    public var isEmpty: Bool { box.contents.isEmpty }
    /// The length of the longest key, in UTF-16 units.
    public var maxLength: Int { box.contents.maxLength }

    /// Adds or replaces the value of a key (a copy of the table: meant for loading, not for hot paths).
    mutating func insert(_ key: String, _ value: Value) {
        var contents = box.contents
        contents.insert(key, value)
        box = Box(contents)
    }

    /// The value of the key `text[start..<end]`, if any.
    @inline(__always)
    func value(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Value? {
        box.contents.value(text, start, end)
    }

    /// The value of a key given as a string.
    func value(_ key: String) -> Value? { box.contents.value(key) }

    /// Whether some key starts with this unit (a quick test before `longestMatch`).
    @inline(__always)
    func mayStart(with unit: UInt16) -> Bool { box.contents.mayStart(with: unit) }

    /// Whether some key has `length` units and starts with `first`.
    @inline(__always)
    func mayMatch(length: Int, first: UInt16) -> Bool { box.contents.mayMatch(length: length, first: first) }

    /// Whether some key has `length` units and starts with `first`, `second` (pass 0 as
    /// `second` for a one-unit key).
    @inline(__always)
    func mayMatch(length: Int, first: UInt16, second: UInt16) -> Bool {
        box.contents.mayMatch(length: length, first: first, second: second)
    }

    /// The longest key that starts at `start` and ends at or before `limit`: its end and value.
    func longestMatch(_ text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> (end: Int, value: Value)? {
        box.contents.longestMatch(text, at: start, limit: limit)
    }
}

/// The keys, values and filters of a `UnitSequenceTable`.
private struct Contents<Value: Sendable>: Sendable {
    private var keys: [[UInt16]] = []
    private var values: [Value] = []
    /// Slots of a power-of-two table: index + 1 into `keys`, 0 when empty.
    private var slots: [Int32] = [0]
    private var hashes: [UInt64] = [0]
    /// Bit `n` is set when some key has `n` units (keys of 63 units and more share bit 63).
    private var lengths: UInt64 = 0
    /// Bit `u % 1024` is set when some key starts with unit `u`.
    private var firstUnits = [UInt64](repeating: 0, count: 16)
    /// Bit `pair(u, v)` is set when some key starts with units `u`, `v` (or is `u` alone).
    private var firstPairs = [UInt64](repeating: 0, count: 64)
    private(set) var maxLength = 0

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// Adds or replaces the value of a key.
    mutating func insert(_ key: String, _ value: Value) {
        let units = Array(key.utf16)
        guard !units.isEmpty else { return }
        if let i = units.withUnsafeBufferPointer({ index($0, 0, $0.count) }) {
            values[i] = value
            return
        }
        keys.append(units)
        values.append(value)
        lengths |= 1 << UInt64(min(units.count, 63))
        firstUnits[Int(units[0] & 1023) >> 6] |= 1 << UInt64(units[0] & 63)
        let pair = Self.pair(units[0], units.count > 1 ? units[1] : 0)
        firstPairs[pair >> 6] |= 1 << UInt64(pair & 63)
        maxLength = max(maxLength, units.count)
        if keys.count * 2 > slots.count { rebuild(capacity: slots.count * 4) } else { place(keys.count - 1) }
    }

    /// The value of the key `text[start..<end]`, if any.
    @inline(__always)
    func value(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Value? {
        guard let i = index(text, start, end) else { return nil }
        return values[i]
    }

    /// The value of a key given as a string.
    func value(_ key: String) -> Value? {
        let units = Array(key.utf16)
        return units.withUnsafeBufferPointer { value($0, 0, $0.count) }
    }

    /// Whether some key starts with this unit (a quick test before `longestMatch`).
    @inline(__always)
    func mayStart(with unit: UInt16) -> Bool {
        firstUnits[Int(unit & 1023) >> 6] & (1 << UInt64(unit & 63)) != 0
    }

    /// Whether some key has `length` units and starts with `unit` (a quick test before hashing).
    @inline(__always)
    func mayMatch(length: Int, first unit: UInt16) -> Bool {
        length > 0 && lengths & (1 << UInt64(min(length, 63))) != 0 && mayStart(with: unit)
    }

    /// Whether some key has `length` units and starts with `first`, `second` (a quicker test:
    /// pass 0 as `second` for a one-unit key).
    @inline(__always)
    func mayMatch(length: Int, first: UInt16, second: UInt16) -> Bool {
        guard mayMatch(length: length, first: first) else { return false }
        let pair = Self.pair(first, length > 1 ? second : 0)
        return firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    @inline(__always)
    private static func pair(_ first: UInt16, _ second: UInt16) -> Int {
        Int((UInt32(first) &* 31) ^ UInt32(second)) & 4095
    }

    /// The longest key that starts at `start` and ends at or before `limit`: its end and value.
    func longestMatch(_ text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> (end: Int, value: Value)? {
        guard start < limit, mayStart(with: text[start]) else { return nil }
        var end = min(limit, start + maxLength)
        while end > start {
            if let v = value(text, start, end) { return (end, v) }
            end -= 1
        }
        return nil
    }

    @inline(__always)
    private func index(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Int? {
        let length = end - start
        guard length > 0, lengths & (1 << UInt64(min(length, 63))) != 0, mayStart(with: text[start]) else { return nil }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end { h = (h ^ UInt64(text[i])) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let slot = Int(slots[s])
            if slot == 0 { return nil }
            if hashes[s] == h {
                let key = keys[slot - 1]
                if key.count == length {
                    var equal = true
                    for j in 0..<length where key[j] != text[start + j] {
                        equal = false
                        break
                    }
                    if equal { return slot - 1 }
                }
            }
            s = (s + 1) & mask
        }
    }

    private mutating func rebuild(capacity: Int) {
        slots = [Int32](repeating: 0, count: capacity)
        hashes = [UInt64](repeating: 0, count: capacity)
        for i in keys.indices { place(i) }
    }

    private mutating func place(_ i: Int) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in keys[i] { h = (h ^ UInt64(unit)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(i + 1)
        hashes[s] = h
    }
}
