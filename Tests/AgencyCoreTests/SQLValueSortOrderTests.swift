import Foundation
import Testing
import AgencyCore

@Suite("SQLValue sort order")
struct SQLValueSortOrderTests {
    static let pool: [SQLValue] = [
        .null, .bool(false), .bool(true), .int(-2), .int(0), .int(3), .double(-.infinity), .double(-1.5), .double(0),
        .double(2.5), .double(.infinity), .double(.nan), Samples.numeric("-1.5"), Samples.numeric("0.25"),
        Samples.numeric("3"), .text(""), .text("B"), .text("a"), .text("é"), .uuid(Samples.uuidA), .uuid(Samples.uuidB),
        .date(Samples.day), .date(Samples.day.adding(days: 1)), .timestamp(Samples.day.startOfDayUTC),
        .timestamp(Samples.day.startOfDayUTC.adding(hours: 1)), .time(TimeOfDay(microsecondsSinceMidnight: 0)),
        .time(TimeOfDay(microsecondsSinceMidnight: 1)), .json(1), .json(["k": 1]), .array([.int(1)]),
        .array([.int(1), .int(2)]),
    ]

    @Test("sortsBefore is a strict weak order over values of every kind")
    func strictWeakOrder() {
        let pool = Self.pool
        func equivalent(_ a: SQLValue, _ b: SQLValue) -> Bool { !a.sortsBefore(b) && !b.sortsBefore(a) }
        for a in pool {
            #expect(!a.sortsBefore(a), "irreflexive: \(a)")
            for b in pool {
                if a.sortsBefore(b) { #expect(!b.sortsBefore(a), "asymmetric: \(a), \(b)") }
                for c in pool {
                    if a.sortsBefore(b) && b.sortsBefore(c) { #expect(a.sortsBefore(c), "transitive: \(a), \(b), \(c)") }
                    if equivalent(a, b) && equivalent(b, c) { #expect(equivalent(a, c), "equivalence: \(a), \(b), \(c)") }
                }
            }
        }
    }

    @Test("sorting is independent of the input order")
    func deterministicSort() {
        var generator = SeededGenerator(seed: Seeds.values ^ 3)
        let reference = Self.pool.sorted { $0.sortsBefore($1) }
        for _ in 0..<20 {
            let sorted = Self.pool.shuffled(using: &generator).sorted { $0.sortsBefore($1) }
            #expect(zip(sorted, reference).allSatisfy { !$0.sortsBefore($1) && !$1.sortsBefore($0) })
        }
        #expect(SQLValue.double(2.5).sortsBefore(.double(.nan)))
        #expect(SQLValue.int(3).sortsBefore(.double(.infinity)))
    }
}
