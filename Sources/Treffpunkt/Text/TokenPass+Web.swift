/// The rules of the token pass for text of the web: URLs and e-mail addresses.
extension TokenPass {
    /// The end of a URL that starts at `p` (ICU's first segment ends at `b`), if one does.
    @inline(__always)
    func urlStart(_ p: Int, _ b: Int) -> Int? {
        let first = u[p] | 0x20
        guard first == 0x68 || first == 0x77 || first == 0x66 else { return nil }  // h w f
        let length = b - p
        if (length == 4 || length == 5 || length == 3), unit(b) == 0x3A, unit(b + 1) == 0x2F, unit(b + 2) == 0x2F {
            let scheme = (0..<length).map { u[p + $0] | 0x20 }
            if scheme == [0x68, 0x74, 0x74, 0x70] || scheme == [0x68, 0x74, 0x74, 0x70, 0x73] || scheme == [0x66, 0x74, 0x70] {
                return urlEnd(p)
            }
            return nil
        }
        if length > 4, first == 0x77, u[p + 1] | 0x20 == 0x77, u[p + 2] | 0x20 == 0x77, u[p + 3] == 0x2E {
            return urlEnd(p)
        }
        return nil
    }

    /// Where a URL that starts at `p` ends: at a space, angle bracket or double quote, without
    /// trailing punctuation (a closing bracket stays when the URL opened one).
    @inline(__always)
    func urlEnd(_ p: Int) -> Int {
        var q = p
        var brackets = 0
        while q < n {
            let x = u[q]
            if c(q).hasAny(.space) { break }
            if x == 0x3C || x == 0x3E || x == 0x22 || x == 0x201E || x == 0x201C || x == 0x201D || x == 0xAB || x == 0xBB { break }
            if x == 0x28 { brackets += 1 } else if x == 0x29 { brackets -= 1 }
            q += 1
        }
        while q > p + 1 {
            let x = u[q - 1]
            switch x {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x2019, 0x5D, 0x7D:
                q -= 1
            case 0x29 where brackets > 0:
                brackets -= 1
                q -= 1
            default:
                return q
            }
        }
        return q
    }

    /// The end of an e-mail address starting at `p`, if one does.
    mutating func email(_ p: Int) -> Int? {
        @inline(__always) func isLocal(_ x: UInt16) -> Bool {
            (x >= 0x61 && x <= 0x7A) || (x >= 0x41 && x <= 0x5A) || (x >= 0x30 && x <= 0x39)
                || x == 0x2E || x == 0x5F || x == 0x25 || x == 0x2B || x == 0x2D
        }
        var q = p
        while q < n, isLocal(u[q]) { q += 1 }
        guard q < n, u[q] == 0x40 else {
            noEmailBefore = q
            return nil
        }
        var r = q + 1
        var lastDot = -1
        while r < n {
            let x = u[r]
            if x == 0x2E {
                lastDot = r
            } else if !((x >= 0x61 && x <= 0x7A) || (x >= 0x41 && x <= 0x5A) || (x >= 0x30 && x <= 0x39) || x == 0x2D) {
                break
            }
            r += 1
        }
        while r > q + 1, u[r - 1] == 0x2E || u[r - 1] == 0x2D { r -= 1 }
        if lastDot >= r { lastDot = -1 }
        guard lastDot > q + 1, r - lastDot >= 3 else {
            noEmailBefore = q + 1
            return nil
        }
        return r
    }
}
