/// Many strings stored as one UTF-8 byte array and an offset array (no per-string objects).
struct StringTable: Sendable {
    private(set) var bytes: [UInt8] = []
    /// `offsets[i]..<offsets[i + 1]` are the bytes of string `i`.
    private(set) var offsets: [UInt32] = [0]

    init() {}

    init(bytes: [UInt8], offsets: [UInt32]) {
        self.bytes = bytes
        self.offsets = offsets
    }

    var count: Int { offsets.count - 1 }

    mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        offsets.append(UInt32(bytes.count))
    }

    subscript(i: Int) -> String {
        String(decoding: bytes[Int(offsets[i])..<Int(offsets[i + 1])], as: UTF8.self)
    }
}
