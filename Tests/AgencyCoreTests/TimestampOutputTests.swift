import Foundation
import Testing
import AgencyCore

@Suite("Timestamp output")
struct TimestampOutputTests {
    @Test("PostgreSQL's row_to_json form, trailing fractional zeros trimmed", arguments: [
        (Int64(1_769_163_330_123_456), "2026-01-23T10:15:30.123456+00:00"),
        (1_769_163_330_123_400, "2026-01-23T10:15:30.1234+00:00"),
        (1_769_163_330_500_000, "2026-01-23T10:15:30.5+00:00"),
        (1_769_163_330_000_001, "2026-01-23T10:15:30.000001+00:00"),
        (1_769_163_330_000_000, "2026-01-23T10:15:30+00:00"),
        (0, "1970-01-01T00:00:00+00:00"),
        (-1, "1969-12-31T23:59:59.999999+00:00"),
        (-2_208_988_800_000_000, "1900-01-01T00:00:00+00:00"),
        (Range4DigitYears.first, "0001-01-01T00:00:00+00:00"),
        (Range4DigitYears.last, "9999-12-31T23:59:59.999999+00:00"),
    ])
    func postgresText(_ micros: Int64, _ text: String) throws {
        let timestamp = Timestamp(microsecondsSinceEpoch: micros)
        #expect(timestamp.postgresText == text)
        #expect(timestamp.description == text)
        #expect(try agencyJSON(Box(value: timestamp)) == #"{"value":"\#(text)"}"#)
    }

    @Test("the date and time fields agree with Foundation's Gregorian calendar")
    func fieldsMatchFoundation() throws {
        var generator = SeededGenerator(seed: Seeds.timestamps)
        // 1600-01-01 ... 2400-01-01, where Foundation's calendar is proleptic Gregorian too.
        let range: ClosedRange<Int64> = -11_676_096_000...13_569_465_600
        for _ in 0..<500 {
            let seconds = Int64.random(in: range, using: &generator)
            let micros = generator.int(in: 0...999_999)
            let text = Timestamp(microsecondsSinceEpoch: seconds * 1_000_000 + Int64(micros)).postgresText
            let parts = utcCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                                   from: Date(timeIntervalSince1970: Double(seconds)))
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0,
                                  parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
            #expect(text.hasPrefix(expected), "\(seconds)")
            #expect(text.hasSuffix("+00:00"))
        }
    }
}
