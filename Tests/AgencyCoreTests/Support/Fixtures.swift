import Foundation
import AgencyCore

/// Sample values of every kind.
enum Samples {
    static let uuidA = UUID(uuidString: "00000000-0000-4000-8000-000000000001") ?? .unassigned
    static let uuidB = UUID(uuidString: "F0000000-0000-4000-8000-000000000000") ?? .unassigned
    static let day = LocalDate(daysSinceEpoch: 20_476)

    static let everyKind: [SQLValue] = [
        .bool(true), .int(1), .double(1.5), .numeric(SQLNumeric(2)), .text("a"), .uuid(uuidA),
        .timestamp(Timestamp(microsecondsSinceEpoch: 5)), .date(day), .time(TimeOfDay(microsecondsSinceMidnight: 5)),
        .json(["k": 1]), .array([.int(1)]),
    ]

    static func numeric(_ text: String) -> SQLValue {
        .numeric(SQLNumeric(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0))
    }
}

/// The rules a row broke, as `column:rule` strings.
func brokenRules<Row: Model>(_ row: Row) -> [String] {
    row.violations.map { "\($0.columns.joined(separator: ",")):\($0.rule)" }
}

/// Microseconds since the epoch of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z
/// (computed independently with Python's `datetime`).
enum Range4DigitYears {
    static let first: Int64 = -62_135_596_800_000_000
    static let last: Int64 = 253_402_300_799_999_999
}

/// The UTC Gregorian calendar of Foundation, an independent oracle for dates after 1582.
let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
    return calendar
}()

/// Encodes through the AgencyKit coder and returns the JSON text.
func agencyJSON(_ value: some Encodable) throws -> String {
    String(decoding: try JSONEncoder.agencyKit.encode(value), as: UTF8.self)
}

/// Decodes through the AgencyKit coder.
func agencyDecode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder.agencyKit.decode(T.self, from: Data(json.utf8))
}

/// A one-field wrapper, so scalars are tested inside an object as rows carry them.
struct Box<Value: Codable & Hashable>: Codable, Hashable {
    var value: Value
}
