/// Turns input bytes into text the way every command does.
public enum TextDecoding {
    /// Decodes UTF-8; invalid sequences become U+FFFD and are counted so the caller can warn.
    /// A byte-order mark and CR LF line ends are kept, so offsets match the text as given.
    public static func decode(_ bytes: [UInt8]) -> (text: String, invalidSequences: Int) {
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, 0) }
        var invalid = 0
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error:
                invalid += 1
                scalars.append("\u{FFFD}")
            }
        }
        return (String(scalars), invalid)
    }
}
