import Foundation
import Testing
import AgencyCore

@Suite("Keyset pagination")
struct KeysetPaginationTests {
    /// Rows with many NULLs and repeated values in every sort column, some soft-deleted.
    static func randomRows(_ generator: inout SeededGenerator, count: Int) -> [Widget] {
        (0..<count).map { _ in
            Widget(
                id: ID(UUID.version4(using: &generator)),
                rank: generator.chance(0.4) ? nil : generator.int(in: 1...3),
                score: generator.int(in: 0...2),
                label: generator.chance(0.3) ? nil : generator.pick(["a", "B", "b", "é"]),
                amount: generator.chance(0.5) ? nil : SQLNumeric(Decimal(generator.int(in: 0...2)) / 2),
                ratio: generator.chance(0.5) ? nil : generator.pick([-1.5, 0, 0.5]),
                day: generator.chance(0.5) ? nil : LocalDate(daysSinceEpoch: generator.int(in: 0...2)),
                seenAt: generator.chance(0.5) ? nil : Timestamp(microsecondsSinceEpoch: Int64(generator.int(in: 0...2))),
                deletedAt: generator.chance(0.1) ? .unassigned : nil)
        }
    }

    static let sorts: [[SortKey]] = [
        [], [SortKey("rank")], [SortKey("rank", .descending)],
        [SortKey("rank"), SortKey("label", .descending)], [SortKey("label", .descending), SortKey("rank")],
        [SortKey("score", .descending), SortKey("amount"), SortKey("ratio", .descending)],
        [SortKey("day"), SortKey("seen_at", .descending), SortKey("label")],
        [SortKey("id", .descending)], [SortKey("rank", .descending), SortKey("id", .descending), SortKey("score")],
    ]

    /// The order PostgreSQL gives, written independently of the implementation: NULLs last
    /// ascending and first descending, text by UTF-8 bytes, then the key ascending.
    static func expectedOrder(_ rows: [Widget], _ sort: [SortKey]) -> [Widget] {
        func before(_ a: SQLValue, _ b: SQLValue) -> Bool? {
            switch (a, b) {
            case (.null, .null): return nil
            case (.null, _): return false
            case (_, .null): return true
            case (.text(let x), .text(let y)):
                return Array(x.utf8) == Array(y.utf8) ? nil : Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
            case (.uuid(let x), .uuid(let y)):
                let (p, q) = (x.uuidString.lowercased(), y.uuidString.lowercased())
                return p == q ? nil : p < q
            default:
                let order = a.compare(to: b)
                return order == .orderedSame ? nil : order == .orderedAscending
            }
        }
        let keys = sort.contains { $0.column == "id" } ? sort : sort + [SortKey("id")]
        return rows.filter { $0.deletedAt == nil }.sorted { lhs, rhs in
            for key in keys {
                let (a, b) = (Widget.schema.value(key.column, in: lhs), Widget.schema.value(key.column, in: rhs))
                guard let ascending = before(a, b) else { continue }
                // A NULL is "after" in ascending order; descending reverses it (NULLS FIRST).
                return key.direction == .ascending ? ascending : !ascending
            }
            return false
        }
    }

    @Test("every live row appears exactly once across all pages (seeded)", arguments: [1, 3, 7])
    func pagesCoverEveryRowOnce(_ pageSize: Int) throws {
        var generator = SeededGenerator(seed: Seeds.keyset &+ UInt64(pageSize))
        for round in 0..<3 {
            let rows = Self.randomRows(&generator, count: 30)
            for sort in Self.sorts {
                var base = Query<Widget>()
                for key in sort { base = base.sorted(byColumn: key.column, key.direction) }
                let expected = Self.expectedOrder(rows, sort).map(\.id)
                #expect(try base.compiled().apply(to: rows).map(\.id) == expected, "round \(round) sort \(sort)")

                var seen: [ID<Widget>] = []
                var page = try base.limit(pageSize).compiled().apply(to: rows)
                while !page.isEmpty {
                    seen += page.map(\.id)
                    guard let last = page.last, seen.count <= rows.count else { break }
                    page = try base.limit(pageSize).after(last).compiled().apply(to: rows)
                }
                #expect(seen == expected, "round \(round) sort \(sort) page \(pageSize)")
                #expect(Set(seen).count == seen.count)
            }
        }
    }

    @Test("a cursor from a row works with a filter and skips rows equal to it")
    func cursorWithFilter() throws {
        var generator = SeededGenerator(seed: Seeds.keyset)
        let rows = Self.randomRows(&generator, count: 60)
        let base = Query<Widget>().where(\.score, .notEquals(1)).sorted(by: \.label).sorted(by: \.rank, .descending)
        let all = try base.compiled().apply(to: rows)
        for (index, row) in all.enumerated() {
            #expect(try base.after(row).compiled().apply(to: rows) == Array(all[(index + 1)...]))
        }
    }
}
