import Foundation
import Testing
import AgencyCore

@Suite("Query builder")
struct QueryBuilderTests {
    @Test("where on a key path names the column and ANDs conditions")
    func keyPathsBecomeColumns() {
        let query = Query<Widget>()
            .where(\.score, .atLeast(3))
            .where(\.rank, .equals(2))
            .where(\.seenAt, .isNull)
            .where(\.label, .hasPrefix("a"))
        #expect(query.predicate == .and([
            .compare(.column("score"), .greaterOrEqual, .value(.int(3))),
            .compare(.column("rank"), .equal, .value(.int(2))),
            .isNull(.column("seen_at")),
            .hasPrefix(.column("label"), "a"),
        ]))
    }

    @Test("every condition renders its predicate", arguments: [
        (Condition<Int?>.equals(1), SQLPredicate.compare(.column("rank"), .equal, .value(.int(1)))),
        (.notEquals(1), .compare(.column("rank"), .notEqual, .value(.int(1)))),
        (.lessThan(1), .compare(.column("rank"), .less, .value(.int(1)))),
        (.atMost(1), .compare(.column("rank"), .lessOrEqual, .value(.int(1)))),
        (.greaterThan(1), .compare(.column("rank"), .greater, .value(.int(1)))),
        (.atLeast(1), .compare(.column("rank"), .greaterOrEqual, .value(.int(1)))),
        (.between(1, 3), .and([.compare(.column("rank"), .greaterOrEqual, .value(.int(1))),
                               .compare(.column("rank"), .lessOrEqual, .value(.int(3)))])),
        (.isIn([1, nil]), .isIn(.column("rank"), [.int(1), .null])),
        (.isNull, .isNull(.column("rank"))),
        (.isNotNull, .isNotNull(.column("rank"))),
        (.equals(nil), .compare(.column("rank"), .equal, .value(.null))),
    ])
    func conditions(_ condition: Condition<Int?>, _ expected: SQLPredicate) {
        #expect(Query<Widget>().where(\.rank, condition).predicate == expected)
    }

    @Test("filters on optional and non-optional fields select the right rows")
    func filtering() throws {
        let rows = [Widget(id: ID(Samples.uuidA), rank: 1, score: 5, label: "Ada"),
                    Widget(id: ID(Samples.uuidB), rank: nil, score: 7, label: "bob")]
        func ids(_ query: Query<Widget>) throws -> [UUID] { try query.compiled().apply(to: rows).map(\.id.uuid) }
        #expect(try ids(Query().where(\.rank, .equals(1))) == [Samples.uuidA])
        #expect(try ids(Query().where(\.rank, .notEquals(1))) == [])
        #expect(try ids(Query().where(\.rank, .isNull)) == [Samples.uuidB])
        #expect(try ids(Query().where(\.score, .between(6, 9))) == [Samples.uuidB])
        #expect(try ids(Query().where(\.label, .equalsIgnoringCase("ADA"))) == [Samples.uuidA])
        #expect(try ids(Query().filter(.any([.field(\.rank, .equals(1)), .field(\.score, .equals(7))]))) ==
            [Samples.uuidA, Samples.uuidB])
        #expect(try ids(Query().filter(.not(.field(\.rank, .equals(1))))) == [])
        #expect(try ids(Query().filter(.all([.field(\.score, .atLeast(5)), .column("label", .hasPrefix("b"))]))) ==
            [Samples.uuidB])
        #expect(try ids(Query().where(column: "score", .isIn([.int(5), .double(7)]))) == [Samples.uuidA, Samples.uuidB])
    }

    @Test("a key path that is not a column fails at resolve with unknownColumn")
    func unknownKeyPath() throws {
        let query = Query<Widget>().where(\.doubledScore, .equals(4))
        let column = Widget.schema.columnName(for: \Widget.doubledScore)
        #expect(Widget.schema.column(named: column) == nil)
        #expect(throws: QueryError.unknownColumn(table: "widgets", column: column)) { try query.resolvedPredicate() }
        #expect(throws: QueryError.self) { try query.compiled() }
        let sorted = Query<Widget>().sorted(by: \.doubledScore)
        #expect(throws: QueryError.unknownColumn(table: "widgets", column: column)) { try sorted.validatePagination() }
        #expect(throws: QueryError.unknownColumn(table: "widgets", column: "ghost")) {
            try Query<Widget>().where(column: "ghost", .isNull).resolvedPredicate()
        }
    }

    @Test("the effective sort ends with the primary key, once")
    func effectiveSort() {
        #expect(Query<Widget>().effectiveSort == [SortKey("id")])
        #expect(Query<Widget>().sorted(by: \.rank, .descending).effectiveSort ==
            [SortKey("rank", .descending), SortKey("id", .ascending)])
        #expect(Query<Widget>().sorted(by: \.id, .descending).sorted(by: \.rank).effectiveSort ==
            [SortKey("id", .descending), SortKey("rank")])
        #expect(Query<Widget>().sorted(by: \.rank).sort == [SortKey("rank")])
    }

    @Test("unpaged drops limit, offset and cursor but keeps filters and sort")
    func unpaged() {
        let row = Widget(id: ID(Samples.uuidA))
        let query = Query<Widget>().where(\.score, .equals(1)).sorted(by: \.rank).limit(5).offset(2).after(row)
        let unpaged = query.unpaged
        #expect(unpaged.limit == nil && unpaged.offset == 0 && unpaged.cursor == nil)
        #expect(unpaged.predicate == query.predicate && unpaged.sort == query.sort)
    }

    @Test("the resolved predicate adds soft delete and the cursor")
    func resolvedPredicate() throws {
        #expect(try Query<Widget>().resolvedPredicate() == .isNull(.column("deleted_at")))
        #expect(try Query<Widget>().includingDeleted().resolvedPredicate() == .and([]))
        #expect(try Query<Keyed>().resolvedPredicate() == .and([]))
        let cursor = KeysetCursor(values: [.int(1), .uuid(Samples.uuidA)])
        let predicate = try Query<Widget>().sorted(by: \.rank).includingDeleted().after(cursor: cursor).resolvedPredicate()
        #expect(predicate == .or([
            .or([.compare(.column("rank"), .greater, .value(.int(1))), .isNull(.column("rank"))]),
            .and([.compare(.column("rank"), .equal, .value(.int(1))),
                  .or([.compare(.column("id"), .greater, .value(.uuid(Samples.uuidA))), .isNull(.column("id"))])]),
        ]))
    }
}
