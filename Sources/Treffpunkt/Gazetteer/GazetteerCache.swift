#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The compiled gazetteer on disk, so that loading a large gazetteer costs one file read.
///
/// The cache file lives in `$TREFFPUNKT_CACHE`, else `$XDG_CACHE_HOME/treffpunkt`, else
/// `~/.cache/treffpunkt`; its name is a hash of the source files' paths, sizes and modification
/// times and of the layout version, and the file repeats that key in full, so any change to a
/// source compiles afresh. `TREFFPUNKT_CACHE=off` disables it. A cache that cannot be written is
/// skipped silently (the gazetteer still loads, only slower); a damaged cache file is ignored.
/// Sources smaller than `minimumSourceBytes` in all compile faster than a file is read and are
/// not cached. The folder keeps the `keptFiles` most recently written cache files; older ones are
/// removed when a new one is written.
struct GazetteerCache {
    static let minimumSourceBytes = 256 << 10
    static let keptFiles = 8

    let directory: String
    let key: String

    /// The cache for a set of source files, in `directory` or the folder the environment names;
    /// nil when caching is off or the sources are small or missing.
    init?(sources: [String], directory given: String? = nil) {
        let env = { (name: String) -> String? in getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } }
        if let given {
            directory = given
        } else if let explicit = env("TREFFPUNKT_CACHE") {
            if explicit == "off" { return nil }
            directory = explicit
        } else if let xdg = env("XDG_CACHE_HOME") {
            directory = xdg + "/treffpunkt"
        } else if let home = env("HOME") {
            directory = home + "/.cache/treffpunkt"
        } else {
            return nil
        }
        var key = "treffpunkt-gazetteer \(CompiledGazetteer.formatVersion)\n"
        var total = 0
        for path in sources {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            total += Int(st.st_size)
            let absolute = GazetteerLoader.canonicalPath(path)
            key += "\(absolute)\t\(st.st_size)\t\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)\n"
        }
        guard total >= GazetteerCache.minimumSourceBytes else { return nil }
        self.key = key
    }

    var path: String {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
        return directory + "/gazetteer-" + String(h, radix: 16) + ".bin"
    }

    /// The compiled gazetteer of the cache file, or nil when there is none or it does not fit.
    /// The file is mapped into memory and its arrays copied out, so no second copy of the whole
    /// file stays on the heap.
    func read() -> CompiledGazetteer? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, size) }
        var reader = BinaryReader(UnsafeRawBufferPointer(start: base, count: size))
        guard let stored: [UInt8] = reader.array(), stored.elementsEqual(key.utf8) else { return nil }
        return CompiledGazetteer(reading: &reader)
    }

    func write(_ g: CompiledGazetteer) {
        var writer = BinaryWriter()
        writer.array(Array(key.utf8))
        g.write(to: &writer)
        makeDirectories(directory)
        let temporary = path + ".\(getpid()).tmp"
        guard let f = fopen(temporary, "wb") else { return }
        let ok = writer.bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) } == writer.bytes.count
        fclose(f)
        if ok { rename(temporary, path) } else { unlink(temporary) }
        removeOldFiles()
    }

    /// Removes all but the `keptFiles` newest cache files of the folder.
    private func removeOldFiles() {
        let files = FileBytes.contents(of: directory).filter { $0.hasPrefix("gazetteer-") && $0.hasSuffix(".bin") }
        guard files.count > GazetteerCache.keptFiles else { return }
        let dated = files.map { name -> (path: String, time: Int) in
            let full = directory + "/" + name
            return (full, FileBytes.modificationTime(full) ?? 0)
        }
        for old in dated.sorted(by: { $0.time > $1.time }).dropFirst(GazetteerCache.keptFiles) { unlink(old.path) }
    }

    private func makeDirectories(_ path: String) {
        var prefix = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            prefix += prefix.isEmpty && part.isEmpty ? "/" : (prefix.hasSuffix("/") || prefix.isEmpty ? "" : "/") + part
            if !prefix.isEmpty && prefix != "/" { mkdir(prefix, 0o755) }
        }
    }
}

/// Appends flat arrays of plain values to a byte buffer: a count, then the raw bytes.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func array<T: BitwiseCopyable>(_ values: [T]) {
        var n = UInt64(values.count)
        withUnsafeBytes(of: &n) { bytes.append(contentsOf: $0) }
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func integer(_ value: Int) { array([UInt64(value)]) }
}

/// Reads what `BinaryWriter` wrote from memory the caller keeps valid; nil on any inconsistency.
struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func array<T: BitwiseCopyable>() -> [T]? {
        guard position + 8 <= bytes.count else { return nil }
        var n: UInt64 = 0
        withUnsafeMutableBytes(of: &n) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + 8)])) }
        position += 8
        guard n < UInt64(Int.max / 16) else { return nil }
        let size = Int(n) * MemoryLayout<T>.stride
        guard position + size <= bytes.count else { return nil }
        let result = [T](unsafeUninitializedCapacity: Int(n)) { buffer, count in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + size)]))
            count = Int(n)
        }
        position += size
        return result
    }

    mutating func integer() -> Int? {
        guard let a: [UInt64] = array(), a.count == 1 else { return nil }
        return Int(a[0])
    }
}

extension CompiledGazetteer {
    func write(to w: inout BinaryWriter) {
        for table in [entryIDs, entryNames, entryAttributes, exactForms] {
            w.array(table.bytes)
            w.array(table.offsets)
        }
        w.array(entryTypes)
        w.array(entryGenders)
        w.array(entryFlags)
        w.array(startKeys)
        w.array(keys.bytes)
        w.array(keys.offsets)
        w.array(keys.slots)
        w.array(keys.filter)
        w.array(edges.slots)
        w.integer(edges.count)
        w.array(terminalStart)
        w.array(terminalPatterns)
        w.array(patternEntry)
        w.array(patternKind)
        w.array(patternCase)
        w.array(exactPatterns)
        w.array(fuzzyKeys)
        w.array(fuzzyPrefixes)
    }

    init?(reading r: inout BinaryReader) {
        self.init()
        var tables: [StringTable] = []
        for _ in 0..<4 {
            guard let b: [UInt8] = r.array(), let o: [UInt32] = r.array(), o.last.map({ Int($0) == b.count }) ?? false else { return nil }
            tables.append(StringTable(bytes: b, offsets: o))
        }
        (entryIDs, entryNames, entryAttributes, exactForms) = (tables[0], tables[1], tables[2], tables[3])
        guard let types: [UInt8] = r.array(), let genders: [UInt8] = r.array(), let flags: [UInt8] = r.array(), let starts: [UInt64] = r.array(),
              let kb: [UInt8] = r.array(), let ko: [UInt32] = r.array(), let ks: [UInt64] = r.array(), let kf: [UInt64] = r.array(),
              let es: [UInt64] = r.array(), let en = r.integer(),
              let ts: [UInt32] = r.array(), let tp: [Int32] = r.array(),
              let pe: [Int32] = r.array(), let pk: [UInt8] = r.array(), let pc: [UInt32] = r.array(),
              let xp: [Int32] = r.array(), let fk: [Int32] = r.array(), let fp: [UInt64] = r.array(),
              ks.count.nonzeroBitCount == 1, kf.count.nonzeroBitCount == 1, es.count.nonzeroBitCount == 1,
              pe.count == pk.count, pe.count == pc.count, types.count == entryIDs.count, genders.count == types.count, flags.count == types.count,
              starts.count == (ko.count - 1) / 64 + 1
        else { return nil }
        entryTypes = types
        entryGenders = genders
        entryFlags = flags
        startKeys = starts
        keys = KeyTable(bytes: kb, offsets: ko, slots: ks, filter: kf)
        edges = EdgeTable(slots: es, count: en)
        terminalStart = ts
        terminalPatterns = tp
        patternEntry = pe
        patternKind = pk
        patternCase = pc
        exactPatterns = xp
        fuzzyKeys = fk
        fuzzyPrefixes = fp
    }
}
