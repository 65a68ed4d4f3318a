/// Errors that stop a command: each names what and where.
public enum TreffpunktError: Error, CustomStringConvertible, Sendable {
    /// ICU refused a request.
    case icu(String)
    /// A data file has errors; each message names the file and line.
    case invalidData([String])
    /// A file could not be read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .icu(let message): "ICU: \(message)"
        case .invalidData(let messages): messages.joined(separator: "\n")
        case .unreadable(let path, let reason): "\(path): \(reason)"
        }
    }
}
