import Foundation
import Testing
import AgencyCore

@Suite("SQLValue equality and hashing")
struct SQLValueHashingTests {
    @Test("equal numbers of every kind are one Set element", arguments: [
        [SQLValue.int(1), .double(1.0), .numeric(1), Samples.numeric("1.00")],
        [.double(0.5), Samples.numeric("0.50")],
        [.double(0.1), Samples.numeric("0.1")],
        [.int(9_007_199_254_740_993), Samples.numeric("9007199254740993")],
        [.double(1e30), Samples.numeric("1000000000000000000000000000000")],
        [.int(0), .double(0.0), .double(-0.0), Samples.numeric("0")],
        [.double(.nan), .double(-.nan), .double(0.0 / 0.0)],
        [.date(Samples.day), .timestamp(Samples.day.startOfDayUTC)],
        [.text("ok"), .text("ok")],
    ])
    func equalValuesCollapse(_ values: [SQLValue]) {
        for a in values { for b in values { #expect(a == b, "\(a) == \(b)") } }
        #expect(Set(values).count == 1)
    }

    @Test("distinct values stay distinct", arguments: [
        [SQLValue.text("é"), .text("e\u{301}")], [.int(1), .double(1.5), Samples.numeric("1.01")],
        [.null, .int(0), .text(""), .bool(false)], [.int(9_007_199_254_740_993), Samples.numeric("9007199254740992")],
    ])
    func distinctValues(_ values: [SQLValue]) {
        #expect(Set(values).count == values.count)
    }

    @Test("== implies equal hashes for seeded mixed numbers")
    func hashConsistency() {
        var generator = SeededGenerator(seed: Seeds.values ^ 2)
        var values: [SQLValue] = []
        for _ in 0..<300 {
            let quarters = generator.int(in: -12...12)
            let decimal = Decimal(quarters) / 4
            switch generator.int(in: 0...2) {
            case 0 where quarters % 4 == 0: values.append(.int(Int64(quarters / 4)))
            case 1: values.append(.double(Double(quarters) / 4))
            default: values.append(.numeric(SQLNumeric(decimal)))
            }
        }
        for a in values {
            for b in values where a == b { #expect(a.hashValue == b.hashValue, "\(a) vs \(b)") }
        }
        #expect(Set(values).count == Set(values.compactMap(\.numericValue)).count)
    }

    @Test("NULL equals NULL for hashing only; SQL equality with NULL is unknown")
    func nullEquality() {
        #expect(SQLValue.null == .null)
        #expect(SQLValue.null.compare(to: .null) == nil)
        #expect(SQLValue.null.isNull && !SQLValue.int(0).isNull)
    }
}
