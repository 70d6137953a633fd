import Foundation
import Testing
import AgencyCore

@Suite("Timestamp and Date")
struct TimestampDateBridgingTests {
    @Test("a Date rounds to the nearest microsecond", arguments: [
        (1.0000014, Int64(1_000_001)), (1.0000016, 1_000_002), (-1.0000016, -1_000_002), (-1.0000014, -1_000_001),
        (1_769_163_330.123456, 1_769_163_330_123_456), (0, 0),
    ])
    func roundsToMicroseconds(_ seconds: Double, _ micros: Int64) {
        #expect(Timestamp(Date(timeIntervalSince1970: seconds)).microsecondsSinceEpoch == micros)
    }

    @Test("Timestamp → Date → Timestamp is exact within two centuries of 1970 (seeded)")
    func dateRoundTrip() {
        var generator = SeededGenerator(seed: Seeds.timestamps ^ 3)
        for _ in 0..<2_000 {
            let value = Timestamp(microsecondsSinceEpoch: Int64.random(
                in: -3_155_673_600_000_000...3_155_760_000_000_000, using: &generator))
            #expect(Timestamp(value.date) == value)
        }
        #expect(Timestamp(microsecondsSinceEpoch: 1_500_000).date == Date(timeIntervalSince1970: 1.5))
    }

    @Test("an extreme Date clamps instead of trapping")
    func extremeDates() {
        #expect(Timestamp(Date(timeIntervalSince1970: 1e300)).microsecondsSinceEpoch == .max)
        #expect(Timestamp(Date(timeIntervalSince1970: -1e300)).microsecondsSinceEpoch == .min)
        #expect(Timestamp.unassigned.adding(seconds: .infinity).microsecondsSinceEpoch == .max)
    }

    @Test("Date properties of caller types use PostgreSQL text through the AgencyKit coder")
    func foundationDates() throws {
        let decoded = try agencyDecode(Box<Date>.self, #"{"value":"2026-01-23 20:15:30.5+10:00"}"#)
        #expect(decoded.value == Date(timeIntervalSince1970: 1_769_163_330.5))
        #expect(try agencyJSON(decoded) == #"{"value":"2026-01-23T10:15:30.5+00:00"}"#)
        #expect(throws: DecodingError.self) { try agencyDecode(Box<Date>.self, #"{"value":"yesterday"}"#) }
    }
}
