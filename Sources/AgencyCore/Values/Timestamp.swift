import Foundation

/// An instant in time with microsecond precision, exactly as PostgreSQL stores `timestamptz`.
///
/// PostgreSQL keeps timestamps as 64-bit microsecond counts, so a `Date` (a `Double` of
/// seconds) cannot promise that a row read and written back is unchanged. `Timestamp`
/// stores the same integer PostgreSQL does: microseconds since 1970-01-01T00:00:00Z.
///
/// It encodes as PostgreSQL's JSON output, `2026-01-23T10:15:30.123456+00:00`, with
/// trailing fractional zeros dropped as PostgreSQL drops them, and decodes any ISO-8601
/// or PostgreSQL text form: `T` or space separator, 0–9 fractional digits (rounded to
/// the microsecond as PostgreSQL rounds input), `Z`, any `±HH`, `±HH:MM` or `±HHMM`
/// offset, or no offset at all (a `timestamp without time zone`, read as UTC).
public struct Timestamp: Hashable, Comparable, Sendable {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var microsecondsSinceEpoch: Int64

    /// Creates a timestamp from microseconds since the Unix epoch.
    public init(microsecondsSinceEpoch: Int64) {
        self.microsecondsSinceEpoch = microsecondsSinceEpoch
    }

    /// Creates a timestamp from a `Date`, rounded to the nearest microsecond.
    public init(_ date: Date) {
        self.microsecondsSinceEpoch = Self.microseconds(fromSeconds: date.timeIntervalSince1970)
    }

    /// Creates a timestamp from its UTC calendar fields.
    ///
    /// Returns `nil` when a field is out of range (month 13, 31 February, hour 24, …).
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, microsecond: Int = 0) {
        guard let date = LocalDate(year: year, month: month, day: day),
              (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second),
              (0..<1_000_000).contains(microsecond) else { return nil }
        let seconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
        self.microsecondsSinceEpoch = seconds * 1_000_000 + Int64(microsecond)
    }

    /// The Unix epoch, used by models as the value of a store-assigned timestamp that has
    /// not been assigned yet (see ``isUnassigned``).
    public static let unassigned = Timestamp(microsecondsSinceEpoch: 0)

    /// Whether this is the placeholder a store replaces on insert.
    public var isUnassigned: Bool { microsecondsSinceEpoch == 0 }

    /// The same instant as a Foundation `Date`.
    public var date: Date { Date(timeIntervalSince1970: Double(microsecondsSinceEpoch) / 1_000_000) }

    /// The UTC calendar date of this instant.
    public var utcDate: LocalDate {
        LocalDate(daysSinceEpoch: Int(Self.floorDiv(microsecondsSinceEpoch, 86_400_000_000)))
    }

    /// The UTC time of day of this instant.
    public var utcTimeOfDay: TimeOfDay {
        TimeOfDay(microsecondsSinceMidnight: Self.floorMod(microsecondsSinceEpoch, 86_400_000_000))
    }

    /// This instant moved by a number of microseconds.
    public func adding(microseconds: Int64) -> Timestamp {
        Timestamp(microsecondsSinceEpoch: microsecondsSinceEpoch &+ microseconds)
    }

    /// This instant moved by a number of seconds (fractions are kept to the microsecond).
    public func adding(seconds: Double) -> Timestamp {
        adding(microseconds: Self.microseconds(fromSeconds: seconds))
    }

    /// This instant moved by whole minutes.
    public func adding(minutes: Int) -> Timestamp { adding(microseconds: Int64(minutes) * 60_000_000) }

    /// This instant moved by whole hours.
    public func adding(hours: Int) -> Timestamp { adding(microseconds: Int64(hours) * 3_600_000_000) }

    /// This instant moved by whole days of 24 hours.
    public func adding(days: Int) -> Timestamp { adding(microseconds: Int64(days) * 86_400_000_000) }

    /// Microseconds from `other` to this instant (positive when this is later).
    public func microseconds(since other: Timestamp) -> Int64 {
        microsecondsSinceEpoch &- other.microsecondsSinceEpoch
    }

    /// Seconds from `other` to this instant, as a `Double`.
    public func seconds(since other: Timestamp) -> Double {
        Double(microseconds(since: other)) / 1_000_000
    }

    /// Whole days from `other` to this instant, rounded toward negative infinity
    /// (PostgreSQL's `date_part('day', a - b)` for positive intervals, Python's `timedelta.days`).
    public func wholeDays(since other: Timestamp) -> Int {
        Int(Self.floorDiv(microseconds(since: other), 86_400_000_000))
    }

    /// Orders two timestamps by instant.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.microsecondsSinceEpoch < rhs.microsecondsSinceEpoch
    }

    /// Seconds as whole microseconds (rounded to nearest), clamped to the `Int64` range so an
    /// extreme or non-finite input cannot trap.
    static func microseconds(fromSeconds seconds: Double) -> Int64 {
        let micros = (seconds * 1_000_000).rounded()
        if let exact = Int64(exactly: micros) { return exact }
        return micros < 0 ? .min : .max
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
        a - floorDiv(a, b) * b
    }
}

extension Timestamp: CustomStringConvertible {
    /// The PostgreSQL JSON form, e.g. `2026-01-23T10:15:30.123456+00:00`.
    public var description: String { postgresText }
}
