/// A line-oriented data file of the `Gazetteers/` folder: UTF-8 text, `#` starts a comment line,
/// blank lines are skipped, fields are separated by tabs.
///
/// Every reader of project data goes through this type, so that every error names the file and
/// the line.
public struct DataFile: Sendable {
    /// One non-blank, non-comment line.
    public struct Line: Sendable {
        public var number: Int
        public var text: Substring
        /// The tab-separated fields, trimmed of surrounding spaces.
        public var fields: [Substring] {
            text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        }
    }

    public let path: String
    public let lines: [Line]

    /// Reads a file; throws `TreffpunktError.unreadable` when it cannot be read or is not UTF-8.
    public init(path: String) throws {
        guard let bytes = FileBytes.read(path) else {
            throw TreffpunktError.unreadable(path: path, reason: "cannot be read")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw TreffpunktError.unreadable(path: path, reason: "is not valid UTF-8")
        }
        self.init(path: path, text: text)
    }

    /// Parses text as if it were the file at `path`.
    public init(path: String, text: String) {
        self.path = path
        var lines: [Line] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = raw
            if line.last == "\r" { line = line.dropLast() }
            if number == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            lines.append(Line(number: number, text: line))
        }
        self.lines = lines
    }

    /// "path:line: message", the form of every data error.
    public func error(_ line: Int, _ message: String) -> String { "\(path):\(line): \(message)" }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
