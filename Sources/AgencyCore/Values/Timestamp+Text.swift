import Foundation

/// Why a string is not a PostgreSQL/ISO-8601 date, time or timestamp.
public struct TemporalParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that failed to parse.
    public let text: String
    /// What was expected (`timestamp`, `date`, `time`).
    public let expected: String

    /// Creates the error for `text` that is not a valid `expected` value.
    public init(text: String, expected: String) {
        self.text = text
        self.expected = expected
    }

    /// A sentence naming the text and the expected form.
    public var description: String { "\"\(text)\" is not a valid PostgreSQL \(expected)" }
}

extension Timestamp {
    /// Parses PostgreSQL or ISO-8601 text (see ``Timestamp`` for the accepted forms).
    ///
    /// - Throws: ``TemporalParseError`` when the text is not a timestamp.
    public init(parsing text: String) throws {
        var scanner = DigitScanner(text)
        guard let value = scanner.timestamp(), scanner.isAtEnd else {
            throw TemporalParseError(text: text, expected: "timestamp")
        }
        self = value
    }

    /// The text PostgreSQL's `row_to_json` emits for a `timestamptz` in UTC.
    public var postgresText: String {
        let date = utcDate
        let micros = utcTimeOfDay.microsecondsSinceMidnight
        var out = date.isoText
        out.append("T")
        out.append(TimeOfDay(microsecondsSinceMidnight: micros).isoText)
        out.append("+00:00")
        return out
    }
}

extension Timestamp: Codable {
    /// Decodes PostgreSQL/ISO-8601 text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Timestamp(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "\"\(text)\" is not a valid PostgreSQL timestamp",
                underlyingError: error))
        }
    }

    /// Encodes as ``postgresText``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(postgresText)
    }
}

/// A small allocation-free scanner over the UTF-8 bytes of temporal text.
struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var isAtEnd: Bool { index == bytes.count }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    /// Reads exactly `count` decimal digits.
    private mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    mutating func date() -> LocalDate? {
        guard let year = digits(4), take(0x2D), let month = digits(2), take(0x2D), let day = digits(2) else {
            return nil
        }
        return LocalDate(year: year, month: month, day: day)
    }

    /// Reads `HH:MM[:SS[.fraction]]` and returns microseconds since midnight, allowing 24:00:00.
    mutating func time() -> Int64? {
        guard let hour = digits(2), take(0x3A), let minute = digits(2) else { return nil }
        var second = 0
        var micros: Int64 = 0
        if take(0x3A) {
            guard let s = digits(2) else { return nil }
            second = s
            if take(0x2E) {
                guard let fraction = fraction() else { return nil }
                micros = fraction
            }
        }
        guard minute < 60, second < 60 else { return nil }
        let total = Int64(hour * 3_600 + minute * 60 + second) * 1_000_000 + micros
        guard hour < 24 || total == 86_400_000_000 else { return nil }
        return total
    }

    /// Reads 1–9 fractional digits and rounds them to microseconds exactly as PostgreSQL
    /// does: `rint(strtod(".digits") * 1000000)`, i.e. half-to-even on the `Double` nearest
    /// the fraction (so `.0000005` becomes 0 µs and `.0000015` becomes 2 µs).
    private mutating func fraction() -> Int64? {
        var value: Int64 = 0
        var count = 0
        while let byte = peek(), byte >= 0x30, byte <= 0x39 {
            if count < 9 { value = value * 10 + Int64(byte - 0x30) }
            count += 1
            index += 1
        }
        guard count >= 1, count <= 9 else { return nil }
        if count <= 6 {
            for _ in count..<6 { value *= 10 }
            return value
        }
        // value and 10^count are exact doubles, so their quotient is the correctly rounded
        // double strtod returns for the same digits.
        var scale: Int64 = 1
        for _ in 0..<count { scale *= 10 }
        let micros = (Double(value) / Double(scale) * 1_000_000).rounded(.toNearestOrEven)
        return Int64(micros)
    }

    /// Reads `Z`, `±HH`, `±HH:MM`, `±HHMM` (or nothing) and returns the offset in seconds.
    mutating func offset() -> Int? {
        if take(0x5A) || take(0x7A) { return 0 }
        let sign: Int
        if take(0x2B) { sign = 1 } else if take(0x2D) { sign = -1 } else { return 0 }
        guard let hours = digits(2) else { return nil }
        var minutes = 0
        if take(0x3A) {
            guard let m = digits(2) else { return nil }
            minutes = m
        } else if let m = digits(2) {
            minutes = m
        }
        guard hours <= 15, minutes < 60 else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }

    mutating func timestamp() -> Timestamp? {
        guard let date = date() else { return nil }
        guard take(0x54) || take(0x20) || take(0x74) else {
            return isAtEnd ? Timestamp(microsecondsSinceEpoch: Int64(date.daysSinceEpoch) * 86_400_000_000) : nil
        }
        guard let micros = time(), let offset = offset() else { return nil }
        let local = Int64(date.daysSinceEpoch) * 86_400_000_000 + micros
        return Timestamp(microsecondsSinceEpoch: local - Int64(offset) * 1_000_000)
    }
}
