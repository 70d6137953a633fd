import Foundation
import Testing
import AgencyCore

@Suite("LocalDate")
struct LocalDateTests {
    @Test("known days since the epoch (Python's datetime)", arguments: [
        ("1970-01-01", 0), ("2026-01-23", 20_476), ("2000-02-29", 11_016), ("1969-12-31", -1),
        ("0001-01-01", -719_162),
    ])
    func knownDays(_ text: String, _ days: Int) throws {
        let date = try LocalDate(parsing: text)
        #expect(date.daysSinceEpoch == days)
        #expect(date.isoText == text)
        #expect(LocalDate(daysSinceEpoch: days).description == text)
    }

    @Test("every day in ±10000 days follows its predecessor in the civil calendar")
    func successorsAreContiguous() throws {
        var previous = LocalDate(daysSinceEpoch: -10_001).components
        for days in -10_000...10_000 {
            let date = LocalDate(daysSinceEpoch: days)
            let (year, month, day) = date.components
            let monthLength = Self.monthLength(month: previous.month, year: previous.year)
            if previous.day < monthLength {
                #expect((year, month, day) == (previous.year, previous.month, previous.day + 1), "day \(days)")
            } else if previous.month < 12 {
                #expect((year, month, day) == (previous.year, previous.month + 1, 1), "day \(days)")
            } else {
                #expect((year, month, day) == (previous.year + 1, 1, 1), "day \(days)")
            }
            #expect(LocalDate(year: year, month: month, day: day) == date)
            previous = (year, month, day)
        }
    }

    @Test("fields → days → fields round-trips for seeded dates in years 1–9999")
    func civilRoundTrip() throws {
        var generator = SeededGenerator(seed: Seeds.dates)
        for _ in 0..<2_000 {
            let days = generator.int(in: -719_162...2_932_896)
            let date = LocalDate(daysSinceEpoch: days)
            let (year, month, day) = date.components
            #expect(LocalDate(year: year, month: month, day: day)?.daysSinceEpoch == days)
            #expect(try LocalDate(parsing: date.isoText) == date)
        }
    }

    @Test("agrees with Foundation's Gregorian calendar, including the weekday (seeded)")
    func matchesFoundation() throws {
        var generator = SeededGenerator(seed: Seeds.dates ^ 1)
        for _ in 0..<500 {
            let days = generator.int(in: -135_140...157_054) // 1600 ... 2399
            let date = LocalDate(daysSinceEpoch: days)
            let parts = utcCalendar.dateComponents([.year, .month, .day, .weekday],
                                                   from: Date(timeIntervalSince1970: Double(days) * 86_400))
            #expect(date.components == (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0))
            // Foundation: Sunday = 1 … Saturday = 7.
            #expect(date.isoWeekday == ((parts.weekday ?? 0) + 5) % 7 + 1)
        }
    }

    @Test("leap years follow the Gregorian rule", arguments: [
        (1900, false), (2000, true), (2024, true), (2023, false), (2100, false), (1600, true), (4, true),
    ])
    func leapYears(_ year: Int, _ isLeap: Bool) {
        #expect((LocalDate(year: year, month: 2, day: 29) != nil) == isLeap)
        #expect(LocalDate(year: year, month: 2, day: 28) != nil)
        #expect(((try? LocalDate(parsing: String(format: "%04d-02-29", year))) != nil) == isLeap)
    }

    @Test("ISO weekday: Monday = 1 … Sunday = 7")
    func isoWeekday() throws {
        #expect(LocalDate(daysSinceEpoch: 0).isoWeekday == 4) // Thursday
        #expect(try LocalDate(parsing: "2026-01-19").isoWeekday == 1)
        #expect(try LocalDate(parsing: "2026-01-23").isoWeekday == 5)
        #expect(try LocalDate(parsing: "2026-01-25").isoWeekday == 7)
        #expect(try LocalDate(parsing: "1969-12-31").isoWeekday == 3)
        for days in -10_000...10_000 {
            let today = LocalDate(daysSinceEpoch: days).isoWeekday
            #expect((1...7).contains(today))
            #expect(LocalDate(daysSinceEpoch: days + 1).isoWeekday == today % 7 + 1)
        }
    }

    @Test("rejects text that is not yyyy-MM-dd", arguments: [
        "", "2026-1-23", "2026-01-3", "26-01-23", "2026-13-01", "2026-00-01", "2026-01-32", "2026-02-29",
        "2026-04-31", "2026-01-23T00:00:00", "2026-01-23 ", " 2026-01-23", "20260123", "2026/01/23", "abcd-ef-gh",
    ])
    func rejections(_ text: String) {
        #expect(throws: TemporalParseError(text: text, expected: "date")) { try LocalDate(parsing: text) }
    }

    @Test("arithmetic, ordering, midnight and JSON")
    func arithmeticAndCoding() throws {
        let date = try LocalDate(parsing: "2024-02-28")
        #expect(date.adding(days: 1).isoText == "2024-02-29")
        #expect(date.adding(days: 2).isoText == "2024-03-01")
        #expect(date.adding(days: 2).days(since: date) == 2)
        #expect(date < date.adding(days: 1))
        #expect(LocalDate(daysSinceEpoch: 1).startOfDayUTC.microsecondsSinceEpoch == 86_400_000_000)
        #expect(try agencyJSON(Box(value: date)) == #"{"value":"2024-02-28"}"#)
        #expect(try agencyDecode(Box<LocalDate>.self, #"{"value":"2024-02-28"}"#).value == date)
        #expect(throws: DecodingError.self) { try agencyDecode(Box<LocalDate>.self, #"{"value":"2024-02-30"}"#) }
    }

    static func monthLength(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
