#if canImport(Glibc)
import Glibc
#endif

/// Writes a small file for a test; false when it cannot.
func writeFile(_ path: String, _ text: String) -> Bool {
    guard let f = fopen(path, "wb") else { return false }
    defer { fclose(f) }
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) } == bytes.count
}

func removeFile(_ path: String) { unlink(path) }

func removeDirectory(_ path: String) { rmdir(path) }
