/// Lower-cased UTF-8 bytes of a text, as Python's `str.lower()` would produce them for
/// substring matching against ASCII keywords.
///
/// ASCII letters are folded; the only two non-ASCII characters whose lower case contains
/// ASCII are folded too: U+0130 "İ" → "i̇" (`i` U+0307) and U+212A KELVIN SIGN → `k`.
/// Every other byte is kept, which gives the same matches as full lower-casing because the
/// keywords are ASCII. Works on bytes, without allocating a lower-cased `String`.
enum FoldedText {
    /// Calls `emit` with each folded byte of `text`.
    @inline(__always)
    static func forEachByte(of text: String, _ emit: (UInt8) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    emit(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                    index += 1
                } else if byte == 0xC4, index + 1 < count, bytes[index + 1] == 0xB0 {
                    emit(0x69); emit(0xCC); emit(0x87)
                    index += 2
                } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x84, bytes[index + 2] == 0xAA {
                    emit(0x6B)
                    index += 3
                } else {
                    emit(byte)
                    index += 1
                }
            }
        }
    }

    /// Replaces the contents of `buffer` with the folded bytes of `text`.
    static func fold(_ text: String, into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        var text = text
        let ascii = text.withUTF8 { bytes -> Bool in
            buffer.append(contentsOf: bytes)
            return !bytes.contains { $0 >= 0x80 }
        }
        if ascii {
            for index in buffer.indices where buffer[index] &- 0x41 < 26 { buffer[index] |= 0x20 }
        } else {
            buffer.removeAll(keepingCapacity: true)
            forEachByte(of: text) { buffer.append($0) }
        }
    }

    /// The length in bytes of the Python `\s` whitespace character starting at `index`, or 0.
    ///
    /// Python's `\s` on `str` matches ASCII whitespace, U+001C–U+001F, U+0085, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    static func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let byte = bytes[index]
        switch byte {
        case 0x09...0x0D, 0x1C...0x20: return 1
        case 0xC2:
            guard index + 1 < bytes.count else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1:
            return matches(bytes, index, [0xE1, 0x9A, 0x80]) ? 3 : 0
        case 0xE2:
            guard index + 2 < bytes.count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) {
                return 3
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return matches(bytes, index, [0xE3, 0x80, 0x80]) ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether `literal` occurs in `bytes` at `index`.
    static func matches(_ bytes: [UInt8], _ index: Int, _ literal: [UInt8]) -> Bool {
        guard index >= 0, index + literal.count <= bytes.count else { return false }
        for offset in 0..<literal.count where bytes[index + offset] != literal[offset] { return false }
        return true
    }

    /// The first index ≥ `start` where `literal` occurs before `end`, or `nil`.
    static func firstIndex(of literal: [UInt8], in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        guard !literal.isEmpty else { return start }
        var index = start
        while index + literal.count <= end {
            if bytes[index] == literal[0] && matches(bytes, index, literal) { return index }
            index += 1
        }
        return nil
    }
}
