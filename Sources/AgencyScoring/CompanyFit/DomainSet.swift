/// A set of domains compared trimmed and ASCII-case-insensitively, probed without allocating.
///
/// Domains are keyed by their packed bytes (see ``WordKey``); a domain longer than 16
/// bytes is also compared byte by byte, so membership is exact.
struct DomainSet: Sendable {
    private let table: WordTable<Int>
    private let domains: [[UInt8]]

    init(_ domains: [String]) {
        let normalized = domains.map(TextScan.trimmedLowercasedBytes).filter { !$0.isEmpty }
        self.domains = normalized
        table = WordTable(normalized.enumerated().map { (key: Self.key(of: $0.element), value: $0.offset) })
    }

    func contains(_ domain: String?) -> Bool {
        guard !domains.isEmpty, let domain else { return false }
        let key = TextScan.withBytes(domain) { Self.key(of: Self.trimmed($0)) }
        guard let index = table[key] else { return false }
        return key.tail <= 16 || TextScan.equalsTrimmedLowercased(domain, domains[index])
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = 0
        var end = bytes.count
        while start < end && TextScan.isWhitespace(bytes[start]) { start += 1 }
        while end > start && TextScan.isWhitespace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    private static func key<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> WordKey {
        var builder = WordKeyBuilder()
        for byte in bytes { builder.append(TextScan.lowercased(byte)) }
        return builder.key
    }
}
