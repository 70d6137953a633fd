import Foundation
import Testing
import AgencyCore

@Suite("Query pagination")
struct QueryPaginationTests {
    static let rows: [Widget] = (1...10).map { index in
        Widget(id: ID(UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", index)) ?? .unassigned),
               score: index)
    }

    static func scores(_ query: Query<Widget>) throws -> [Int] {
        try query.compiled().apply(to: rows.reversed()).map(\.score)
    }

    @Test("limit and offset", arguments: [
        (Int?.none, 0, Array(1...10)), (3, 0, [1, 2, 3]), (3, 8, [9, 10]), (0, 0, []), (5, 10, []), (nil, 12, []),
        (Int.max, 1, Array(2...10)), (nil, 9, [10]),
    ])
    func limitOffset(_ limit: Int?, _ offset: Int, _ expected: [Int]) throws {
        var query = Query<Widget>().sorted(by: \.score).offset(offset)
        if let limit { query = query.limit(limit) }
        #expect(try Self.scores(query) == expected)
        #expect(query.limit == limit && query.offset == offset)
    }

    @Test("negative limit or offset is an error")
    func invalidPagination() {
        #expect(throws: QueryError.invalidPagination(detail: "limit -1 is negative")) {
            try Query<Widget>().limit(-1).compiled()
        }
        #expect(throws: QueryError.invalidPagination(detail: "offset -2 is negative")) {
            try Query<Widget>().offset(-2).resolvedPredicate()
        }
    }

    @Test("JSON and array columns cannot be sorted")
    func unsortable() {
        #expect(throws: QueryError.unsortableColumn(table: "widgets", column: "payload")) {
            try Query<Widget>().sorted(by: \.payload).compiled()
        }
        #expect(throws: QueryError.unsortableColumn(table: "widgets", column: "tags")) {
            try Query<Widget>().sorted(byColumn: "tags").validatePagination()
        }
    }

    @Test("a cursor must have one value per effective sort key")
    func cursorMismatch() {
        #expect(throws: QueryError.cursorMismatch(expected: 2, found: 1)) {
            try Query<Widget>().sorted(by: \.score).after(cursor: KeysetCursor(values: [.int(1)])).compiled()
        }
    }
}
