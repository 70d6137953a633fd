import Foundation
import Testing
import AgencyCore

@Suite("Timestamp parsing")
struct TimestampParsingTests {
    /// 2026-01-23T10:15:30.123456Z in microseconds (Python's `datetime`).
    static let reference: Int64 = 1_769_163_330_123_456

    @Test("every accepted spelling of the same instant", arguments: [
        "2026-01-23T10:15:30.123456+00:00",
        "2026-01-23 10:15:30.123456+00:00",
        "2026-01-23t10:15:30.123456+00:00",
        "2026-01-23T10:15:30.123456Z",
        "2026-01-23T10:15:30.123456z",
        "2026-01-23T10:15:30.123456",
        "2026-01-23 10:15:30.123456",
        "2026-01-23T10:15:30.123456-00:00",
        "2026-01-23T15:45:30.123456+05:30",
        "2026-01-23T15:45:30.123456+0530",
        "2026-01-23T02:15:30.123456-08",
        "2026-01-23T02:15:30.123456-08:00",
        "2026-01-23T02:15:30.123456-0800",
        "2026-01-24T01:15:30.123456+15",
        "2026-01-23T10:15:30.123456000Z",
        "2026-01-23T10:15:30.1234564Z",
        "2026-01-23T10:15:30.12345551Z",
    ])
    func acceptedForms(_ text: String) throws {
        #expect(try Timestamp(parsing: text).microsecondsSinceEpoch == Self.reference)
    }

    @Test("0 to 9 fractional digits", arguments: [
        ("", Int64(0)), (".1", 100_000), (".12", 120_000), (".123", 123_000), (".1234", 123_400),
        (".12345", 123_450), (".123456", 123_456), (".1234561", 123_456), (".12345612", 123_456),
        (".123456123", 123_456), (".000001", 1), (".999999", 999_999),
    ])
    func fractionalDigits(_ fraction: String, _ micros: Int64) throws {
        let parsed = try Timestamp(parsing: "1970-01-01T00:00:00\(fraction)Z")
        #expect(parsed.microsecondsSinceEpoch == micros)
    }

    /// PostgreSQL reads the fraction with `rint(strtod(".digits") * 1000000)`: ties go to the
    /// even microsecond on the nearest double (datetime.c, `ParseFractionalSecond`).
    @Test("the 7th digit rounds as PostgreSQL rounds", arguments: [
        ("0000004", Int64(0)), ("0000005", 0), ("0000006", 1), ("00000051", 1), ("0000015", 2),
        ("0000025", 2), ("1234564", 123_456), ("1234565", 123_456), ("1234566", 123_457),
        ("5555555", 555_556), ("999999499", 999_999), ("9999995", 1_000_000), ("9999999", 1_000_000),
    ])
    func seventhDigitRounding(_ digits: String, _ micros: Int64) throws {
        let parsed = try Timestamp(parsing: "1970-01-01T00:00:00.\(digits)Z")
        #expect(parsed.microsecondsSinceEpoch == micros)
    }

    @Test("rounding carries into the next second, day and year")
    func roundingCarries() throws {
        let parsed = try Timestamp(parsing: "2026-12-31T23:59:59.9999996Z")
        #expect(parsed.postgresText == "2027-01-01T00:00:00+00:00")
    }

    @Test("7 to 9 digits match PostgreSQL's formula for many seeded fractions")
    func roundingMatchesPostgresFormula() throws {
        var generator = SeededGenerator(seed: Seeds.timestamps)
        for _ in 0..<500 {
            let count = generator.int(in: 7...9)
            let digits = String((0..<count).map { _ in Character(String(generator.int(in: 0...9))) })
            // datetime.c: *fsec = rint(frac * 1000000), frac = strtod(".digits").
            let expected = try #require(Double("0." + digits)) * 1_000_000
            let parsed = try Timestamp(parsing: "1970-01-01T00:00:00.\(digits)Z")
            #expect(parsed.microsecondsSinceEpoch == Int64(expected.rounded(.toNearestOrEven)), "digits \(digits)")
        }
    }

    @Test("a date alone is midnight UTC")
    func dateOnly() throws {
        #expect(try Timestamp(parsing: "2026-01-23").microsecondsSinceEpoch == 1_769_126_400_000_000)
        #expect(try Timestamp(parsing: "1970-01-02").microsecondsSinceEpoch == 86_400_000_000)
    }

    @Test("24:00:00 is the end of the day, as in PostgreSQL")
    func endOfDay() throws {
        #expect(try Timestamp(parsing: "2026-01-23T24:00:00Z") == Timestamp(parsing: "2026-01-24"))
    }

    @Test("offsets up to 15:59 in both directions", arguments: [
        ("+15:00", Int64(54_000)), ("+15:59", 57_540), ("-15:59", -57_540), ("+1559", 57_540), ("-15", -54_000),
    ])
    func extremeOffsets(_ offset: String, _ seconds: Int64) throws {
        let local = try Timestamp(parsing: "2026-01-23T12:00:00Z")
        let parsed = try Timestamp(parsing: "2026-01-23T12:00:00\(offset)")
        #expect(parsed.microseconds(since: local) == -seconds * 1_000_000)
    }

    @Test("instants before 1970 parse to negative counts")
    func beforeEpoch() throws {
        #expect(try Timestamp(parsing: "1969-12-31T23:59:59.999999Z").microsecondsSinceEpoch == -1)
        #expect(try Timestamp(parsing: "1900-01-01T00:00:00Z").microsecondsSinceEpoch == -2_208_988_800_000_000)
        #expect(try Timestamp(parsing: "0001-01-01T00:00:00Z").microsecondsSinceEpoch == Range4DigitYears.first)
        #expect(try Timestamp(parsing: "9999-12-31T23:59:59.999999Z").microsecondsSinceEpoch == Range4DigitYears.last)
    }

    @Test("rejects what is not a timestamp", arguments: [
        "", "garbage", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-02-29T00:00:00Z",
        "2026-04-31T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-32", "2026-01-23T25:00:00Z",
        "2026-01-23T24:00:01Z", "2026-01-23T24:30:00Z", "2026-01-23T24:00:00.000001Z",
        "2026-01-23T10:60:00Z", "2026-01-23T10:15:60Z", "2026-01-23T10:15:30+16:00",
        "2026-01-23T10:15:30-16", "2026-01-23T10:15:30+15:60", "2026-01-23T10:15:30+5",
        "2026-01-23T10:15:30+05:3", "2026-01-23T10:15:30+05:30:00", "2026-01-23T10:15:30.1234567891Z",
        "2026-01-23T10:15:30.Z", "2026-01-23T10:15:30Z trailing", "2026-01-23T10:15:30ZZ",
        "2026-01-23T10:15:30 UTC", "2026-01-23T", "2026-01-23T10Z", "2026-1-23", "26-01-23",
        "2026/01/23", " 2026-01-23", "2026-01-23 ", "2026-01-23Z", "１２３４-01-01",
    ])
    func rejections(_ text: String) {
        #expect(throws: TemporalParseError(text: text, expected: "timestamp")) {
            try Timestamp(parsing: text)
        }
    }

    @Test("JSON decoding reports bad text as a DecodingError naming the text")
    func decodingErrors() {
        do {
            _ = try agencyDecode(Box<Timestamp>.self, #"{"value":"2026-02-30T00:00:00Z"}"#)
            Issue.record("decoded an impossible date")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("2026-02-30T00:00:00Z"))
            #expect(context.codingPath.map(\.stringValue) == ["value"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: DecodingError.self) { try agencyDecode(Box<Timestamp>.self, #"{"value":1769163330}"#) }
    }
}
