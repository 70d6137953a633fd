import Foundation

/// A time of day without a date or zone, as PostgreSQL stores `TIME` (`09:00:00`).
public struct TimeOfDay: Hashable, Comparable, Sendable {
    /// Microseconds since midnight, 0 ... 86 400 000 000 (24:00:00 is allowed, as in PostgreSQL).
    public let microsecondsSinceMidnight: Int64

    /// Creates a time from microseconds since midnight.
    public init(microsecondsSinceMidnight: Int64) {
        self.microsecondsSinceMidnight = microsecondsSinceMidnight
    }

    /// Creates a time from its fields, or `nil` when they are out of range.
    public init?(hour: Int, minute: Int = 0, second: Int = 0, microsecond: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second),
              (0..<1_000_000).contains(microsecond) else { return nil }
        microsecondsSinceMidnight = Int64(hour * 3_600 + minute * 60 + second) * 1_000_000 + Int64(microsecond)
    }

    /// The hour, 0–23 (24 only for the end-of-day value 24:00:00).
    public var hour: Int { Int(microsecondsSinceMidnight / 3_600_000_000) }

    /// The minute, 0–59.
    public var minute: Int { Int(microsecondsSinceMidnight / 60_000_000 % 60) }

    /// The second, 0–59.
    public var second: Int { Int(microsecondsSinceMidnight / 1_000_000 % 60) }

    /// `HH:MM:SS[.ffffff]`, trailing fractional zeros dropped as PostgreSQL drops them.
    public var isoText: String {
        let micros = Int(microsecondsSinceMidnight % 1_000_000)
        var text = LocalDate.pad(hour, 2) + ":" + LocalDate.pad(minute, 2) + ":" + LocalDate.pad(second, 2)
        if micros != 0 {
            var fraction = LocalDate.pad(micros, 6)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }

    /// Parses `HH:MM[:SS[.fraction]]`.
    ///
    /// - Throws: ``TemporalParseError`` when the text is not a time.
    public init(parsing text: String) throws {
        var scanner = DigitScanner(text)
        guard let micros = scanner.time(), scanner.isAtEnd else {
            throw TemporalParseError(text: text, expected: "time")
        }
        microsecondsSinceMidnight = micros
    }

    /// Orders times within a day.
    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.microsecondsSinceMidnight < rhs.microsecondsSinceMidnight
    }
}

extension TimeOfDay: Codable, CustomStringConvertible {
    /// Decodes `HH:MM[:SS[.fraction]]`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try TimeOfDay(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "\"\(text)\" is not a valid PostgreSQL time",
                underlyingError: error))
        }
    }

    /// Encodes as ``isoText``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoText)
    }

    /// ``isoText``.
    public var description: String { isoText }
}
