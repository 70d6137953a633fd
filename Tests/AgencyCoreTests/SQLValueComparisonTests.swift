import Foundation
import Testing
import AgencyCore

@Suite("SQLValue comparison")
struct SQLValueComparisonTests {
    @Test("comparing with NULL is unknown", arguments: Samples.everyKind + [.null])
    func nullIsUnknown(_ value: SQLValue) {
        #expect(value.compare(to: .null) == nil)
        #expect(SQLValue.null.compare(to: value) == nil)
    }

    @Test("text compares bytewise (C collation)", arguments: [
        ("B", "a", ComparisonResult.orderedAscending), ("a", "B", .orderedDescending), ("Z", "a", .orderedAscending),
        ("z", "é", .orderedAscending), ("é", "e\u{301}", .orderedDescending), ("ab", "abc", .orderedAscending),
        ("", "a", .orderedAscending), ("same", "same", .orderedSame), ("a b", "a_b", .orderedAscending),
        ("\u{1F600}", "\u{FFFD}", .orderedDescending),
    ])
    func textBytewise(_ lhs: String, _ rhs: String, _ expected: ComparisonResult) {
        #expect(SQLValue.text(lhs).compare(to: .text(rhs)) == expected)
    }

    @Test("text order is UTF-8 byte order for seeded random strings")
    func textMatchesBytes() {
        var generator = SeededGenerator(seed: Seeds.values)
        let alphabet: [String] = ["a", "B", "z", "Z", "0", " ", "é", "e\u{301}", "ß", "\u{1F600}", "_", "~"]
        for _ in 0..<1_000 {
            let a = (0..<generator.int(in: 0...4)).map { _ in generator.pick(alphabet) }.joined()
            let b = (0..<generator.int(in: 0...4)).map { _ in generator.pick(alphabet) }.joined()
            let expected: ComparisonResult = Array(a.utf8) == Array(b.utf8) ? .orderedSame
                : (Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) ? .orderedAscending : .orderedDescending)
            #expect(SQLValue.text(a).compare(to: .text(b)) == expected, "\(a) vs \(b)")
        }
    }

    @Test("canonically equivalent but different bytes are different text")
    func textNotNormalized() {
        #expect("é" == "e\u{301}")
        #expect(SQLValue.text("é") != .text("e\u{301}"))
    }

    @Test("UUIDs compare bytewise, which is the order of their lower-case text")
    func uuidBytewise() {
        #expect(SQLValue.uuid(Samples.uuidA).compare(to: .uuid(Samples.uuidB)) == .orderedAscending)
        var generator = SeededGenerator(seed: Seeds.values ^ 1)
        for _ in 0..<500 {
            let (a, b) = (UUID.version4(using: &generator), UUID.version4(using: &generator))
            let (x, y) = (a.uuidString.lowercased(), b.uuidString.lowercased())
            let expected: ComparisonResult = x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
            #expect(SQLValue.uuid(a).compare(to: .uuid(b)) == expected)
        }
    }

    @Test("numbers compare across integer, double and numeric", arguments: [
        (SQLValue.int(1), SQLValue.double(1.0), ComparisonResult.orderedSame),
        (.int(1), Samples.numeric("1.00"), .orderedSame),
        (.double(0.5), Samples.numeric("0.5"), .orderedSame),
        (.double(0.1), Samples.numeric("0.1"), .orderedSame),
        (.int(2), .double(2.5), .orderedAscending),
        (Samples.numeric("2.50"), .double(2.5), .orderedSame),
        (Samples.numeric("-3"), .int(-2), .orderedAscending),
        (.int(9_007_199_254_740_993), Samples.numeric("9007199254740992"), .orderedDescending),
        (.double(-0.0), .double(0.0), .orderedSame),
        (.double(-0.0), .int(0), .orderedSame),
        (.int(Int64.max), Samples.numeric("9223372036854775808"), .orderedAscending),
    ])
    func numbers(_ lhs: SQLValue, _ rhs: SQLValue, _ expected: ComparisonResult) {
        #expect(lhs.compare(to: rhs) == expected)
        #expect(rhs.compare(to: lhs) == Self.flipped(expected))
    }

    /// PostgreSQL casts int and numeric to float8 to compare with a float8:
    /// `0.3::numeric < 0.1::float8 + 0.2::float8`.
    @Test("a double compares as float8, as in PostgreSQL")
    func doubleSemantics() {
        #expect(Samples.numeric("0.3").compare(to: .double(0.1 + 0.2)) == .orderedAscending)
        #expect(SQLValue.int(9_007_199_254_740_993).compare(to: .double(9_007_199_254_740_992)) == .orderedSame)
    }

    @Test("NaN equals NaN and sorts above every number; infinities bound the rest", arguments: [
        (SQLValue.double(.nan), SQLValue.double(.nan), ComparisonResult.orderedSame),
        (.double(.nan), .double(.infinity), .orderedDescending),
        (.double(.nan), .int(Int64.max), .orderedDescending),
        (.double(.nan), Samples.numeric("1000000000"), .orderedDescending),
        (.double(.infinity), .int(Int64.max), .orderedDescending),
        (.double(-.infinity), .int(Int64.min), .orderedAscending),
        (.double(.infinity), Samples.numeric("1000000000000000000000000000000"), .orderedDescending),
    ])
    func nonFinite(_ lhs: SQLValue, _ rhs: SQLValue, _ expected: ComparisonResult) {
        #expect(lhs.compare(to: rhs) == expected)
        #expect(rhs.compare(to: lhs) == Self.flipped(expected))
    }

    @Test("a date compares with a timestamp as its midnight UTC")
    func dateVersusTimestamp() {
        let midnight = Samples.day.startOfDayUTC
        #expect(SQLValue.date(Samples.day).compare(to: .timestamp(midnight)) == .orderedSame)
        #expect(SQLValue.date(Samples.day).compare(to: .timestamp(midnight.adding(microseconds: 1))) == .orderedAscending)
        #expect(SQLValue.timestamp(midnight.adding(microseconds: -1)).compare(to: .date(Samples.day)) == .orderedAscending)
        #expect(SQLValue.date(Samples.day) == .timestamp(midnight))
    }

    @Test("other same-kind orders")
    func otherKinds() {
        #expect(SQLValue.bool(false).compare(to: .bool(true)) == .orderedAscending)
        #expect(SQLValue.time(TimeOfDay(microsecondsSinceMidnight: 1)).compare(to: .time(TimeOfDay(microsecondsSinceMidnight: 2)))
            == .orderedAscending)
        #expect(SQLValue.array([.int(1), .int(2)]).compare(to: .array([.int(1), .int(3)])) == .orderedAscending)
        #expect(SQLValue.array([.int(1), .int(2)]).compare(to: .array([.int(1), .int(2), .int(0)])) == .orderedAscending)
        #expect(SQLValue.array([.int(1), .null]).compare(to: .array([.int(1), .int(2)])) == nil)
    }

    @Test("different kinds do not compare", arguments: [
        (SQLValue.text("1"), SQLValue.int(1)), (.bool(true), .int(1)), (.uuid(Samples.uuidA), .text("x")),
        (.date(Samples.day), .time(TimeOfDay(microsecondsSinceMidnight: 0))), (.json(1), .json(1)), (.json(1), .int(1)),
    ])
    func incomparable(_ lhs: SQLValue, _ rhs: SQLValue) {
        #expect(lhs.compare(to: rhs) == nil)
    }

    static func flipped(_ result: ComparisonResult) -> ComparisonResult {
        switch result {
        case .orderedAscending: return .orderedDescending
        case .orderedDescending: return .orderedAscending
        case .orderedSame: return .orderedSame
        }
    }
}
