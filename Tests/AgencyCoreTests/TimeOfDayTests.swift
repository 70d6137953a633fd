import Foundation
import Testing
import AgencyCore

@Suite("TimeOfDay")
struct TimeOfDayTests {
    @Test("parses and prints PostgreSQL's TIME text", arguments: [
        ("09:00", "09:00:00", Int64(32_400_000_000)), ("09:00:00", "09:00:00", 32_400_000_000),
        ("13:45:30.5", "13:45:30.5", 49_530_500_000), ("00:00:00.000001", "00:00:00.000001", 1),
        ("23:59:59.999999", "23:59:59.999999", 86_399_999_999), ("24:00:00", "24:00:00", 86_400_000_000),
        ("24:00", "24:00:00", 86_400_000_000), ("12:00:00.1234565", "12:00:00.123456", 43_200_123_456),
        ("23:59:59.9999996", "24:00:00", 86_400_000_000),
    ])
    func parsesAndPrints(_ text: String, _ printed: String, _ micros: Int64) throws {
        let time = try TimeOfDay(parsing: text)
        #expect(time.microsecondsSinceMidnight == micros)
        #expect(time.isoText == printed)
        #expect(time.description == printed)
        #expect(try agencyDecode(Box<TimeOfDay>.self, #"{"value":"\#(text)"}"#).value == time)
        #expect(try agencyJSON(Box(value: time)) == #"{"value":"\#(printed)"}"#)
    }

    @Test("rejects what is not a time of day", arguments: [
        "", "9:00", "24:00:01", "24:00:00.000001", "24:01", "25:00", "12:60", "12:00:60", "12:00:00Z",
        "12:00:00+01", "12:00:00.1234567891", "12:00:00.", "noon", "12", " 12:00",
    ])
    func rejections(_ text: String) {
        #expect(throws: TemporalParseError(text: text, expected: "time")) { try TimeOfDay(parsing: text) }
    }

    @Test("field init and accessors")
    func fields() throws {
        let time = try #require(TimeOfDay(hour: 17, minute: 5, second: 9, microsecond: 250_000))
        #expect((time.hour, time.minute, time.second) == (17, 5, 9))
        #expect(time.isoText == "17:05:09.25")
        #expect(TimeOfDay(hour: 24) == nil)
        #expect(TimeOfDay(hour: 9, minute: 60) == nil)
        #expect(TimeOfDay(hour: 9, second: 60) == nil)
        #expect(TimeOfDay(hour: 9, microsecond: 1_000_000) == nil)
        #expect(try TimeOfDay(parsing: "24:00:00").hour == 24)
        #expect(try TimeOfDay(parsing: "09:00") < TimeOfDay(parsing: "17:00"))
    }
}
