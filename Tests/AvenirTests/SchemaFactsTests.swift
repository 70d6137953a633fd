import Testing
import AgencyCore
import Avenir

/// The schema descriptions say what the seed says (and what AgencyKit decided).
@Suite("Avenir schema facts")
struct SchemaFactsTests {
    @Test("the tenant is clients.client_id, a unique non-primary column")
    func tenantKey() {
        let clients = Client.tableDescription
        #expect(clients.tenancy == .tenantRoot(keyColumn: "client_id"))
        #expect(clients.primaryKey == "id")
        #expect(clients.uniqueConstraints.map(\.columns) == [["client_id"], ["email"], ["api_key"]])
        #expect(clients.uniqueConstraints.allSatisfy { !$0.liveRowsOnly && $0.caseInsensitiveColumns.isEmpty })
    }

    @Test("every foreign key of the seed, with ON DELETE CASCADE")
    func foreignKeys() {
        let keys = AvenirSchema.target.tables.flatMap { table in table.foreignKeys.map { (table.name, $0) } }
        let described = keys.map { "\($0.0).\($0.1.column) → \($0.1.table).\($0.1.referencedColumn) \($0.1.onDelete.rawValue)" }
        #expect(described == [
            "lead_memory.client_id → clients.client_id CASCADE",
            "lead_actions.lead_id → lead_memory.id CASCADE",
            "lead_actions.client_id → clients.client_id CASCADE",
            "growth_brain.client_id → clients.client_id CASCADE",
            "api_key_rotation_log.client_id → clients.client_id CASCADE",
            "prospect_outreach_log.prospect_id → prospect_candidates.id CASCADE",
        ])
    }

    @Test("tenancy of every table")
    func tenancy() {
        let tenancy = Dictionary(uniqueKeysWithValues: AvenirSchema.target.tables.map { ($0.name, $0.tenancy) })
        for owned in ["lead_memory", "lead_actions", "growth_brain", "api_key_rotation_log"] {
            #expect(tenancy[owned] == .owned(column: "client_id"), "\(owned)")
        }
        #expect(tenancy["prospect_candidates"] == .global)
        #expect(tenancy["prospect_outreach_log"] == .global)
    }

    @Test("leads soft-delete by the deleted flag; archived is an ordinary column")
    func softDelete() {
        #expect(LeadMemory.tableDescription.softDelete == .flag(column: "deleted"))
        #expect(LeadMemory.tableDescription.timestamps == TimestampColumns(createdAt: "timestamp", updatedAt: "last_updated"))
        let others = AvenirSchema.target.tables.filter { $0.name != "lead_memory" }
        #expect(others.allSatisfy { $0.softDelete == nil })
    }

    @Test("the logs are append-only")
    func appendOnly() {
        let appendOnly = AvenirSchema.target.tables.filter { $0.mutability == .appendOnly }.map(\.name)
        #expect(appendOnly == ["lead_actions", "api_key_rotation_log"])
    }

    @Test("database defaults of the seed")
    func defaults() {
        func defaultValue<M: Model>(_ type: M.Type, _ column: String) -> ColumnDefault? {
            M.tableDescription.column(named: column)?.defaultValue
        }
        #expect(defaultValue(Client.self, "language") == .value(.text("en")))
        #expect(defaultValue(Client.self, "email_tone") == .value(.text("Friendly")))
        #expect(defaultValue(Client.self, "followup_speed") == .value(.text("Instant")))
        #expect(defaultValue(Client.self, "ai_personalized_reply") == .value(.bool(true)))
        #expect(defaultValue(Client.self, "is_test") == .value(.bool(false)))
        #expect(defaultValue(Client.self, "created_at") == .now)
        #expect(defaultValue(LeadMemory.self, "current_tag") == .value(.text("Active")))
        #expect(defaultValue(LeadMemory.self, "tone_history") == .value(.json(.emptyArray)))
        #expect(defaultValue(LeadMemory.self, "last_updated") == .now)
        #expect(defaultValue(LeadAction.self, "conversion_outcome") == .value(.bool(false)))
        #expect(defaultValue(ProspectOutreachLog.self, "status") == .value(.text("sent")))
        #expect(defaultValue(ProspectCandidate.self, "contacted") == .value(.bool(false)))
        let lead = LeadMemory(email: "a@b.co", name: "A", clientId: ClientID.avenirInternal)
        #expect(lead.currentTag == .active && !lead.archived && !lead.deleted && lead.toneHistory.isEmpty && lead.language == "en")
    }

    @Test("secret columns")
    func secrets() {
        let secret = AvenirSchema.target.tables.flatMap { table in table.columns.filter(\.isSecret).map { "\(table.name).\($0.name)" } }
        #expect(secret == ["clients.password_hash", "clients.api_key", "clients.smtp_password"])
    }

    @Test("growth_brain.event_type is open: no CHECK, unknown values kept")
    func openEventType() throws {
        #expect(GrowthBrainEvent.tableDescription.column(named: "event_type")?.rules == [])
        let event = try Fixtures.row(GrowthBrainEvent.self, changing: ["event_type": "churn_risk"])
        #expect(event.eventType.rawValue == "churn_risk" && !event.eventType.isKnown)
        #expect(try Fixtures.encodedObject(event)["event_type"] == "churn_risk")
    }
}
