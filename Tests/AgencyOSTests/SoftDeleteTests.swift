import Foundation
import Testing
import AgencyCore
import AgencyOS

/// Soft delete (Rule 14) as value operations, for every model with `deleted_at`.
@Suite("Soft delete and restore")
struct SoftDeleteTests {
    static let softDeletableTables = [
        "clients", "memberships", "campaigns", "leads", "conversion_patterns", "campaign_suggestions", "icp_refinement_log",
    ]

    @Test("soft delete keeps the first deleted_at; restore clears it", arguments: softDeletableTables)
    func softDeleteAndRestore(table: String) throws {
        switch table {
        case "clients": try check(Client.self)
        case "memberships": try check(Membership.self)
        case "campaigns": try check(Campaign.self)
        case "leads": try check(Lead.self)
        case "conversion_patterns": try check(ConversionPattern.self)
        case "campaign_suggestions": try check(CampaignSuggestion.self)
        case "icp_refinement_log": try check(IcpRefinementLog.self)
        default: Issue.record("no soft-delete check for \(table)")
        }
    }

    private func check<M: SoftDeletable>(_ type: M.Type) throws {
        let live = try Fixtures.row(M.self)
        #expect(!live.isDeleted)
        #expect(!M.schema.isSoftDeleted(live))
        let first = Instants.now
        let second = first.adding(hours: 1)

        var row = live
        row.softDelete(at: first)
        #expect(row.isDeleted)
        #expect(row.deletedAt == first)
        #expect(M.schema.isSoftDeleted(row))
        row.softDelete(at: second)
        #expect(row.deletedAt == first, "a second soft delete must keep the first deleted_at")
        #expect(live.softDeleted(at: first) == row)
        #expect(row.softDeleted(at: second).deletedAt == first)

        let restored = row.restored()
        #expect(!restored.isDeleted)
        #expect(restored == live)
        row.restore()
        #expect(row.deletedAt == nil)
        #expect(row == live)
        #expect(row.violations.isEmpty)
    }

    @Test("exactly the tables with deleted_at declare timestamp soft delete, and their models are SoftDeletable")
    func schemaDeclaresSoftDelete() throws {
        for model in AgencyOSSchema.target.models {
            let table = model.tableDescription
            let hasColumn = table.column(named: "deleted_at") != nil
            #expect(hasColumn == (table.softDelete == .timestamp(column: "deleted_at")), "\(table.name)")
            #expect(hasColumn == (model is any SoftDeletable.Type), "\(table.name)")
            if hasColumn { #expect(table.column(named: "deleted_at")?.isNullable == true) }
        }
        let declared = AgencyOSSchema.target.tables.filter { $0.softDelete != nil }.map(\.name)
        #expect(Set(Self.softDeletableTables).isSubset(of: Set(declared)))
    }
}
