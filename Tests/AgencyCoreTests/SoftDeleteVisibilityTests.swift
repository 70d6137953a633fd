import Foundation
import Testing
import AgencyCore

@Suite("Soft-delete visibility")
struct SoftDeleteVisibilityTests {
    @Test("timestamp style: excluded by default, included, or only deleted")
    func timestampStyle() throws {
        let live = Widget(id: CompiledQueryOrderingTests.id(1))
        let deleted = Widget(id: CompiledQueryOrderingTests.id(2), deletedAt: Timestamp(microsecondsSinceEpoch: 5))
        let deletedAtEpoch = Widget(id: CompiledQueryOrderingTests.id(3), deletedAt: .unassigned)
        let rows = [live, deleted, deletedAtEpoch]
        #expect(try Query<Widget>().compiled().apply(to: rows) == [live])
        #expect(try Query<Widget>().includingDeleted().compiled().apply(to: rows) == rows)
        #expect(try Query<Widget>().onlyDeleted().compiled().apply(to: rows) == [deleted, deletedAtEpoch])
        #expect(Query<Widget>().deletedRows == .excluded)
        #expect(rows.map(Widget.schema.isSoftDeleted) == [false, true, true])
        #expect(rows.map(\.isDeleted) == [false, true, true])
    }

    @Test("flag style: false and NULL are live, true is deleted")
    func flagStyle() throws {
        let rows = [Flagged(id: ID(1), name: "live", deleted: false), Flagged(id: ID(2), name: "gone", deleted: true),
                    Flagged(id: ID(3), name: "unset", deleted: nil)]
        func names(_ query: Query<Flagged>) throws -> [String] { try query.compiled().apply(to: rows).map(\.name) }
        #expect(try names(Query()) == ["live", "unset"])
        #expect(try names(Query().includingDeleted()) == ["live", "gone", "unset"])
        #expect(try names(Query().onlyDeleted()) == ["gone"])
        #expect(try names(Query().onlyDeleted().where(\.name, .equals("live"))) == [])
        #expect(rows.map(Flagged.schema.isSoftDeleted) == [false, true, false])
        #expect(Query<Flagged>.livePredicate(.flag(column: "deleted")) ==
            .or([.isNull(.column("deleted")), .compare(.column("deleted"), .equal, .value(.bool(false)))]))
    }

    @Test("soft delete and restore are value operations that keep the first deleted_at")
    func valueOperations() {
        let row = Widget(id: CompiledQueryOrderingTests.id(1))
        let first = Timestamp(microsecondsSinceEpoch: 10)
        let deleted = row.softDeleted(at: first).softDeleted(at: first.adding(days: 1))
        #expect(deleted.deletedAt == first && deleted.isDeleted)
        #expect(deleted.restored() == row && !deleted.restored().isDeleted)
        var mutable = row
        mutable.softDelete(at: first)
        mutable.restore()
        #expect(mutable == row)
    }
}
