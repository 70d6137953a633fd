import Foundation
import Testing
import AgencyCore

@Suite("Timestamp calendar fields")
struct TimestampCalendarTests {
    @Test("calendar init gives the epoch count")
    func calendarInit() {
        #expect(Timestamp(year: 2026, month: 1, day: 23, hour: 10, minute: 15, second: 30, microsecond: 123_456)?
            .microsecondsSinceEpoch == 1_769_163_330_123_456)
        #expect(Timestamp(year: 1970, month: 1, day: 1) == .unassigned)
        #expect(Timestamp(year: 2000, month: 2, day: 29)?.microsecondsSinceEpoch == 951_782_400_000_000)
        #expect(Timestamp(year: 1, month: 1, day: 1)?.microsecondsSinceEpoch == Range4DigitYears.first)
    }

    @Test("calendar init rejects fields that name no instant", arguments: [
        [2026, 0, 1, 0, 0, 0, 0], [2026, 13, 1, 0, 0, 0, 0], [2026, 2, 29, 0, 0, 0, 0], [2026, 4, 31, 0, 0, 0, 0],
        [2026, 1, 0, 0, 0, 0, 0], [2026, 1, 1, 24, 0, 0, 0], [2026, 1, 1, -1, 0, 0, 0], [2026, 1, 1, 0, 60, 0, 0],
        [2026, 1, 1, 0, 0, 60, 0], [2026, 1, 1, 0, 0, 0, 1_000_000], [2026, 1, 1, 0, 0, 0, -1],
    ])
    func calendarInitRejects(_ f: [Int]) {
        #expect(Timestamp(year: f[0], month: f[1], day: f[2], hour: f[3], minute: f[4], second: f[5], microsecond: f[6]) == nil)
    }

    @Test("calendar init agrees with Foundation's Gregorian calendar (seeded, 1600–2399)")
    func calendarInitMatchesFoundation() throws {
        var generator = SeededGenerator(seed: Seeds.dates)
        for _ in 0..<500 {
            let parts = DateComponents(year: generator.int(in: 1600...2399), month: generator.int(in: 1...12),
                                       day: generator.int(in: 1...28), hour: generator.int(in: 0...23),
                                       minute: generator.int(in: 0...59), second: generator.int(in: 0...59))
            let micros = generator.int(in: 0...999_999)
            let date = try #require(utcCalendar.date(from: parts))
            let timestamp = try #require(Timestamp(
                year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0, hour: parts.hour ?? 0,
                minute: parts.minute ?? 0, second: parts.second ?? 0, microsecond: micros))
            #expect(timestamp.microsecondsSinceEpoch == Int64(date.timeIntervalSince1970) * 1_000_000 + Int64(micros))
        }
    }

    @Test("UTC date and time of day floor before 1970")
    func utcFields() {
        let justBefore = Timestamp(microsecondsSinceEpoch: -1)
        #expect(justBefore.utcDate == LocalDate(year: 1969, month: 12, day: 31))
        #expect(justBefore.utcTimeOfDay == TimeOfDay(hour: 23, minute: 59, second: 59, microsecond: 999_999))
        let reference = Timestamp(microsecondsSinceEpoch: 1_769_163_330_123_456)
        #expect(reference.utcDate.isoText == "2026-01-23")
        #expect(reference.utcTimeOfDay.isoText == "10:15:30.123456")
    }

    @Test("wholeDays(since:) rounds toward negative infinity", arguments: [
        (Int64(0), 0), (1, 0), (86_399_999_999, 0), (86_400_000_000, 1), (863_999_999_999, 9), (864_000_000_001, 10),
        (-1, -1), (-86_399_999_999, -1), (-86_400_000_000, -1), (-86_400_000_001, -2),
    ])
    func wholeDaysFloors(_ delta: Int64, _ days: Int) {
        let start = Timestamp(microsecondsSinceEpoch: 1_769_163_330_123_456)
        #expect(start.adding(microseconds: delta).wholeDays(since: start) == days)
    }

    @Test("arithmetic moves by exact microseconds")
    func arithmetic() {
        let start = Timestamp(microsecondsSinceEpoch: 1_000_000)
        #expect(start.adding(seconds: 1.5).microsecondsSinceEpoch == 2_500_000)
        #expect(start.adding(seconds: -0.0000016).microsecondsSinceEpoch == 999_998)
        #expect(start.adding(minutes: 2).microsecondsSinceEpoch == 121_000_000)
        #expect(start.adding(hours: -1).microsecondsSinceEpoch == -3_599_000_000)
        #expect(start.adding(days: 1).microsecondsSinceEpoch == 86_401_000_000)
        #expect(start.adding(days: 3).microseconds(since: start) == 259_200_000_000)
        #expect(start.adding(microseconds: 250_000).seconds(since: start) == 0.25)
        #expect(start < start.adding(microseconds: 1))
        #expect(Timestamp.unassigned.isUnassigned && !start.isUnassigned)
    }
}
