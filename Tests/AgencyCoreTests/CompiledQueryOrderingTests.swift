import Foundation
import Testing
import AgencyCore

@Suite("CompiledQuery ordering")
struct CompiledQueryOrderingTests {
    static func id(_ n: Int) -> ID<Widget> {
        ID(UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n)) ?? .unassigned)
    }

    static let rows = [
        Widget(id: id(5), rank: nil, label: "b"), Widget(id: id(4), rank: 2, label: "B"),
        Widget(id: id(3), rank: 1, label: nil), Widget(id: id(2), rank: nil, label: "a"),
        Widget(id: id(1), rank: 2, label: "a"),
    ]

    static func ids(_ query: Query<Widget>) throws -> [ID<Widget>] { try query.compiled().apply(to: rows).map(\.id) }

    @Test("ascending puts NULLs last, the primary key breaks ties")
    func ascending() throws {
        #expect(try Self.ids(Query().sorted(by: \.rank)) == [Self.id(3), Self.id(1), Self.id(4), Self.id(2), Self.id(5)])
    }

    @Test("descending puts NULLs first, the primary key still ascending")
    func descending() throws {
        #expect(try Self.ids(Query().sorted(by: \.rank, .descending)) ==
            [Self.id(2), Self.id(5), Self.id(1), Self.id(4), Self.id(3)])
    }

    @Test("text sorts bytewise: upper case before lower case")
    func textOrder() throws {
        #expect(try Self.ids(Query().sorted(by: \.label)) == [Self.id(4), Self.id(1), Self.id(2), Self.id(5), Self.id(3)])
        #expect(try Self.ids(Query().sorted(by: \.label, .descending).sorted(by: \.rank, .descending)) ==
            [Self.id(3), Self.id(5), Self.id(2), Self.id(1), Self.id(4)])
    }

    @Test("without a sort, rows come in primary-key order")
    func primaryKeyOnly() throws {
        #expect(try Self.ids(Query()) == (1...5).map(Self.id))
        #expect(try Self.ids(Query().sorted(by: \.id, .descending)) == (1...5).reversed().map(Self.id))
    }

    @Test("areInIncreasingOrder is a strict order on the rows")
    func strictOrder() throws {
        let compiled = try Query<Widget>().sorted(by: \.rank).sorted(by: \.label, .descending).compiled()
        for a in Self.rows {
            #expect(!compiled.areInIncreasingOrder(a, a))
            for b in Self.rows where a != b {
                #expect(compiled.areInIncreasingOrder(a, b) != compiled.areInIncreasingOrder(b, a))
            }
        }
    }

    @Test("any page equals the same slice of a stable sort, on both the sorted-buffer and the full-sort paths")
    func pagesMatchAStableSort() throws {
        var generator = SeededGenerator(seed: 17)
        let labels: [String?] = [nil, "a", "B", "b", "ab"]
        let rows = (1...120).map { n in
            Widget(id: Self.id(n), rank: Int.random(in: 0..<6, using: &generator) == 0 ? nil : Int.random(in: 0..<4, using: &generator),
                   label: labels.randomElement(using: &generator) ?? nil)
        }.shuffled(using: &generator)
        let queries = [Query<Widget>().sorted(by: \.rank), Query<Widget>().sorted(by: \.label, .descending).sorted(by: \.rank)]
        for query in queries {
            let compiled = try query.compiled()
            let reference = rows.sorted(by: compiled.areInIncreasingOrder)
            #expect(compiled.apply(to: rows) == reference)
            for (offset, limit) in [(0, 1), (0, 10), (5, 20), (50, 59), (0, 70), (100, 50), (119, 5), (130, 3), (7, 0)] {
                let page = try query.offset(offset).limit(limit).compiled().apply(to: rows)
                let start = min(offset, reference.count)
                #expect(page == Array(reference[start..<min(start + limit, reference.count)]), "offset \(offset) limit \(limit)")
            }
        }
    }
}
