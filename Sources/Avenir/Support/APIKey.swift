/// Avenir API keys: generation from a caller-supplied cryptographically secure generator,
/// timing-safe comparison, and the four characters an audit log may keep.
public enum APIKey {
    /// Random bytes in a key (256 bits).
    public static let byteCount = 32

    /// A new key: ``byteCount`` random bytes as lower-case hex (64 characters).
    ///
    /// Pass a cryptographically secure generator — in production
    /// `SystemRandomNumberGenerator()`, which reads the operating system's CSPRNG; a
    /// `SeededGenerator` only in tests. AgencyKit never picks one implicitly.
    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> String {
        var hex = ""
        hex.reserveCapacity(byteCount * 2)
        let digits = Array("0123456789abcdef")
        var remaining = byteCount
        while remaining > 0 {
            var word = generator.next()
            for _ in 0..<min(8, remaining) {
                let byte = Int(word & 0xFF)
                hex.append(digits[byte >> 4])
                hex.append(digits[byte & 0x0F])
                word >>= 8
                remaining -= 1
            }
        }
        return hex
    }

    /// Whether `presented` equals `stored`, in time that depends only on their lengths —
    /// never on how many leading characters match — so timing reveals nothing of a key.
    public static func matches(_ presented: String, _ stored: String) -> Bool {
        let a = Array(presented.utf8)
        let b = Array(stored.utf8)
        var difference = UInt64(a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= UInt64(x ^ y)
        }
        return difference == 0
    }

    /// The last (up to) four characters of `key`: all an audit row keeps of a replaced key.
    public static func lastFour(_ key: String) -> String { String(key.suffix(4)) }
}
