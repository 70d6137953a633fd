/// One word of text, ASCII-lower-cased and packed into three integers so that words compare
/// and hash without allocating.
///
/// Bytes 0–7 and 8–15 are stored verbatim (word bytes are never 0, so zero padding cannot
/// collide). A word longer than 16 bytes also stores its length and a 48-bit FNV-1a hash of
/// the remaining bytes; two such words that share their first 16 bytes and length compare
/// equal only if their tails also hash equal (a collision chance of 2⁻⁴⁸, accepted; every
/// built-in keyword is shorter than 16 bytes).
struct WordKey: Hashable, Sendable {
    var head: UInt64
    var middle: UInt64
    var tail: UInt64

    /// The key of a single word given as text (used to build keyword tables, off the hot path).
    /// Returns `nil` when the text is not exactly one word.
    init?(word: String) {
        var found: WordKey?
        var count = 0
        TextScan.forEachWord(in: word) { key in
            found = key
            count += 1
            return true
        }
        guard count == 1, let key = found else { return nil }
        self = key
    }

    init(head: UInt64, middle: UInt64, tail: UInt64) {
        self.head = head
        self.middle = middle
        self.tail = tail
    }

    /// A cheap, well-mixed hash for open-addressing tables.
    var mixed: UInt64 {
        var h = head &* 0x9E37_79B9_7F4A_7C15
        h ^= middle &* 0xC2B2_AE3D_27D4_EB4F
        h ^= tail &* 0x1656_67B1_9E37_79F9
        return h ^ (h >> 29)
    }
}

/// Accumulates the bytes of one word into a ``WordKey``.
struct WordKeyBuilder {
    private var head: UInt64 = 0
    private var middle: UInt64 = 0
    private var restHash: UInt64 = 0xCBF2_9CE4_8422_2325
    private(set) var length = 0

    mutating func append(_ byte: UInt8) {
        if length < 8 {
            head |= UInt64(byte) << UInt64(8 * length)
        } else if length < 16 {
            middle |= UInt64(byte) << UInt64(8 * (length - 8))
        } else {
            restHash = (restHash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        length += 1
    }

    var key: WordKey {
        let tail = length <= 16 ? UInt64(length) : (restHash << 16) | UInt64(min(length, 0xFFFF))
        return WordKey(head: head, middle: middle, tail: tail)
    }
}
