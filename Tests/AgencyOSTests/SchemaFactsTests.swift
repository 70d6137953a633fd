import Foundation
import Testing
import AgencyCore
import AgencyOS

/// The schema descriptions carry the spec's keys, tenancy and policies.
@Suite("Schema facts")
struct SchemaFactsTests {
    /// The tables of the spec's model index (§3).
    static let specTables: Set<String> = [
        "clients", "users", "memberships", "campaigns", "campaign_resources", "campaign_sequences", "leads",
        "lead_social_posts", "global_suppression", "client_suppression", "domain_suppression", "lead_pool", "activities",
        "activity_stats", "conversion_patterns", "conversion_pattern_history", "icp_refinement_log", "campaign_suggestions",
        "campaign_suggestion_history", "client_intelligence", "client_personas", "resource_pool", "client_resources",
        "client_linkedin_credentials", "linkedin_seats", "linkedin_connections", "sdk_usage_log", "digest_logs",
    ]

    static func table(_ name: String) throws -> TableDescription {
        try #require(AgencyOSSchema.target.table(named: name), "\(name) is not in the target")
    }

    static func unique(_ table: String, _ columns: [String]) throws -> UniqueConstraint {
        try #require(try Self.table(table).uniqueConstraints.first { $0.columns == columns },
                     "\(table) has no UNIQUE (\(columns.joined(separator: ", ")))")
    }

    @Test("every table belongs to the spec, and every foreign key names a spec table and an existing column")
    func foreignKeysStayInsideTheSpec() {
        for table in AgencyOSSchema.target.tables {
            #expect(Self.specTables.contains(table.name), "\(table.name)")
            for key in table.foreignKeys {
                #expect(Self.specTables.contains(key.table), "\(table.name).\(key.column) → \(key.table)")
                #expect(table.column(named: key.column)?.type == .uuid, "\(table.name).\(key.column)")
            }
            for constraint in table.uniqueConstraints {
                for column in constraint.columns { #expect(table.column(named: column) != nil, "\(constraint.name)") }
            }
            if let tenant = table.tenancy.tenantColumn { #expect(table.column(named: tenant) != nil, "\(table.name)") }
            if case .inherited(let through) = table.tenancy {
                #expect(table.foreignKey(on: through) != nil, "\(table.name) inherits through a foreign key")
                #expect(table.column(named: through)?.isNullable == false, "\(table.name).\(through) is NOT NULL")
            }
        }
    }

    @Test("models are listed parents first")
    func dependencyOrder() {
        let order = Models.tables
        for (index, table) in AgencyOSSchema.target.tables.enumerated() {
            for key in table.foreignKeys where key.table != table.name {
                if let parent = order.firstIndex(of: key.table) {
                    #expect(parent < index, "\(key.table) must come before \(table.name)")
                }
            }
        }
    }

    @Test("every timestamp column is timestamptz")
    func timestamptzEverywhere() {
        for table in AgencyOSSchema.target.tables {
            for column in table.columns { #expect(column.type != .timestamp, "\(table.name).\(column.name)") }
        }
    }

    @Test("columns that no modelled table backs stay plain UUIDs without a foreign key")
    func droppedForeignKeys() throws {
        let activities = try Self.table("activities")
        #expect(activities.foreignKey(on: "template_id") == nil)
        #expect(activities.foreignKey(on: "conversation_thread_id") == nil)
        #expect(activities.column(named: "template_id")?.type == .uuid)
    }

    @Test("memberships: one per user and client, tenant-owned, cascading")
    func memberships() throws {
        let table = try Self.table("memberships")
        #expect(table.tenancy == .owned(column: "client_id"))
        #expect(try Self.unique("memberships", ["user_id", "client_id"]).name == "unique_membership")
        #expect(table.foreignKey(on: "user_id")?.onDelete == .cascade)
        #expect(table.foreignKey(on: "client_id")?.onDelete == .cascade)
        #expect(table.foreignKey(on: "invited_by")?.table == "users")
        #expect(table.column(named: "role")?.defaultValue == .value(.text("member")))
    }

    @Test("campaign resources and sequences inherit the campaign's tenant and are unique per campaign")
    func campaignChildren() throws {
        let resources = try Self.table("campaign_resources")
        #expect(resources.tenancy == .inherited(through: "campaign_id"))
        _ = try Self.unique("campaign_resources", ["campaign_id", "channel", "resource_id"])
        #expect(resources.foreignKey(on: "client_resource_id")?.table == "client_resources")
        #expect(resources.foreignKey(on: "campaign_id")?.onDelete == .cascade)
        let sequences = try Self.table("campaign_sequences")
        #expect(sequences.tenancy == .inherited(through: "campaign_id"))
        #expect(try Self.unique("campaign_sequences", ["campaign_id", "step_number"]).name == "unique_sequence_step")
        let posts = try Self.table("lead_social_posts")
        #expect(posts.tenancy == .inherited(through: "lead_id"))
        #expect(posts.foreignKey(on: "lead_id")?.onDelete == .cascade)
    }

    @Test("suppression lists are retained, case-insensitive, and scoped as specified")
    func suppression() throws {
        for name in ["global_suppression", "client_suppression", "domain_suppression"] {
            #expect(try Self.table(name).purgePolicy == .retained, "\(name)")
        }
        #expect(try Self.table("global_suppression").tenancy == .global)
        #expect(try Self.table("domain_suppression").tenancy == .global)
        #expect(try Self.table("client_suppression").tenancy == .owned(column: "client_id"))
        #expect(try Self.unique("global_suppression", ["email"]).caseInsensitiveColumns == ["email"])
        #expect(try Self.unique("domain_suppression", ["domain"]).caseInsensitiveColumns == ["domain"])
        #expect(try Self.unique("client_suppression", ["client_id", "email"]).caseInsensitiveColumns == ["email"])
        let global = try Self.table("global_suppression")
        #expect(global.column(named: "metadata")?.type == .jsonb)
        #expect(global.column(named: "extra_data") == nil)
    }

    @Test("activity stats: one row per client, campaign, lead and day")
    func activityStats() throws {
        let table = try Self.table("activity_stats")
        #expect(table.tenancy == .owned(column: "client_id"))
        _ = try Self.unique("activity_stats", ["client_id", "campaign_id", "lead_id", "date"])
        #expect(table.timestamps.updatedAt == "updated_at")
        #expect(table.timestamps.createdAt == nil)
    }
}
