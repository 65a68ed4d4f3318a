import ArgumentParser
import Foundation
import Treffpunkt

/// Time for benchmarks: CPU time of the calling thread, which a machine shared with other work
/// does not inflate the way it inflates wall-clock time (the benchmarks are single-threaded).
enum BenchClock {
    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
    static func since(_ t: UInt64) -> Double { Double(now() - t) / 1e9 }
}

/// The resident memory of this process.
enum BenchMemory {
    static func residentBytes() -> Int {
        guard let bytes = FileBytes.read("/proc/self/statm"),
              let text = String(validating: bytes, as: UTF8.self) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// One JSON object on standard output.
enum BenchJSON {
    static func print(_ object: [String: Any]) {
        if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
            Swift.print(String(decoding: data, as: UTF8.self))
        }
    }
}

/// Documents of a JSON Lines corpus.
enum BenchCorpus {
    static func read(_ path: String) throws -> [Document] {
        guard let reader = LineReader(path: path) else {
            throw ValidationError("\(path): cannot be read")
        }
        var documents: [Document] = []
        while let line = reader.next() {
            if case .success(let record) = JSONLRecord.parse(line, lineNumber: reader.lineNumber, maxBytes: 1 << 30) {
                documents.append(Document(id: record.id, text: record.text, date: record.date))
            }
        }
        return documents
    }
}
