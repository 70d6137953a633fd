/// Allocation-free scanning of UTF-8 text: blank checks, word splitting, ASCII lower-casing.
///
/// A word is a maximal run of ASCII letters, ASCII digits and non-ASCII bytes; everything
/// else (spaces, punctuation, `-`, `_`, `&`, `/`) separates words. ASCII letters are
/// lower-cased; other letters compare exactly. With `skippingDots`, `.` is dropped inside
/// a word instead of separating, so `U.S.A.` reads as the single word `usa`.
enum TextScan {
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 65 < 26 ? byte | 0x20 : byte
    }

    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 97 < 26 || byte &- 48 < 10 || byte >= 0x80
    }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Runs `body` over the UTF-8 bytes of `text` without copying a native string.
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Whether `text` is `nil`, empty or only whitespace: the reference's "absent".
    static func isBlank(_ text: String?) -> Bool {
        guard let text, !text.isEmpty else { return true }
        return withBytes(text) { bytes in
            for byte in bytes where !isWhitespace(byte) { return false }
            return true
        }
    }

    /// Calls `body` with each word of `text`, in order, until it returns `false`.
    static func forEachWord(in text: String, skippingDots: Bool = false, _ body: (WordKey) -> Bool) {
        withBytes(text) { bytes in
            var builder = WordKeyBuilder()
            for byte in bytes {
                if isWordByte(byte) {
                    builder.append(lowercased(byte))
                } else if skippingDots && byte == 0x2E {
                    continue
                } else if builder.length > 0 {
                    if !body(builder.key) { return }
                    builder = WordKeyBuilder()
                }
            }
            if builder.length > 0 { _ = body(builder.key) }
        }
    }

    /// The words of `text` joined by single spaces, as one key (`nil` when there are no
    /// words): "  United   States " and "united states" share a key.
    static func phraseKey(of text: String, skippingDots: Bool = false) -> WordKey? {
        withBytes(text) { bytes in
            var builder = WordKeyBuilder()
            var pendingSpace = false
            for byte in bytes {
                if isWordByte(byte) {
                    if pendingSpace {
                        builder.append(0x20)
                        pendingSpace = false
                    }
                    builder.append(lowercased(byte))
                } else if skippingDots && byte == 0x2E {
                    continue
                } else if builder.length > 0 {
                    pendingSpace = true
                }
            }
            return builder.length > 0 ? builder.key : nil
        }
    }

    /// The number of words of `text`.
    static func wordCount(of text: String, skippingDots: Bool = false) -> Int {
        var count = 0
        forEachWord(in: text, skippingDots: skippingDots) { _ in
            count += 1
            return true
        }
        return count
    }

    /// Runs `body` over the words of `text` (minus `dropping`), held in temporary storage
    /// that lives on the stack for ordinary lengths.
    static func withWords<R>(
        of text: String, skippingDots: Bool = false, dropping: WordKey? = nil,
        _ body: (UnsafeBufferPointer<WordKey>) -> R
    ) -> R {
        let count = wordCount(of: text, skippingDots: skippingDots)
        return withUnsafeTemporaryAllocation(of: WordKey.self, capacity: max(count, 1)) { buffer in
            var filled = 0
            forEachWord(in: text, skippingDots: skippingDots) { key in
                if key != dropping, filled < count {
                    buffer.initializeElement(at: filled, to: key)
                    filled += 1
                }
                return true
            }
            defer { buffer.baseAddress?.deinitialize(count: filled) }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<filled]))
        }
    }

    /// The words of `text` as an array (for building tables, off the hot path).
    static func words(of text: String, skippingDots: Bool = false, dropping: WordKey? = nil) -> [WordKey] {
        var result: [WordKey] = []
        forEachWord(in: text, skippingDots: skippingDots) { key in
            if key != dropping { result.append(key) }
            return true
        }
        return result
    }

    /// Whether `needle` occurs as a contiguous run of words in `haystack`.
    static func contains<Element: Equatable>(_ haystack: UnsafeBufferPointer<Element>,
                                             run needle: UnsafeBufferPointer<Element>) -> Bool {
        let n = needle.count
        guard n > 0, n <= haystack.count else { return false }
        var start = 0
        while start + n <= haystack.count {
            var offset = 0
            while offset < n && haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == n { return true }
            start += 1
        }
        return false
    }

    /// Whether `text`, trimmed of ASCII whitespace and ASCII-lower-cased, equals `lowered`.
    static func equalsTrimmedLowercased(_ text: String, _ lowered: [UInt8]) -> Bool {
        withBytes(text) { bytes in
            var start = 0
            var end = bytes.count
            while start < end && isWhitespace(bytes[start]) { start += 1 }
            while end > start && isWhitespace(bytes[end - 1]) { end -= 1 }
            guard end - start == lowered.count else { return false }
            var index = 0
            while start + index < end {
                if lowercased(bytes[start + index]) != lowered[index] { return false }
                index += 1
            }
            return true
        }
    }

    /// `text` trimmed of ASCII whitespace and ASCII-lower-cased, as bytes.
    static func trimmedLowercasedBytes(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        while let last = bytes.last, isWhitespace(last) { bytes.removeLast() }
        let leading = bytes.prefix { isWhitespace($0) }.count
        bytes.removeFirst(leading)
        return bytes.map(lowercased)
    }
}
